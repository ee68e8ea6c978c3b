package nl.namens.keycloak.admin;

/** A request the admin endpoint refuses with 400; the message holds no identifier. */
final class InvalidRequestException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  InvalidRequestException(String message) {
    super(message, null, false, false);
  }
}
