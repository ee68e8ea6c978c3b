package nl.namens.register.portal;

/**
 * A failure shown to the portal user as a readable page (never JSON): the HTTP status and the key of the
 * message in {@link PortalMessages}.
 */
final class PortalError extends RuntimeException {

  private final int status;
  private final String messageKey;

  PortalError(int status, String messageKey) {
    super(messageKey, null, false, false);
    this.status = status;
    this.messageKey = messageKey;
  }

  static PortalError forbidden(String messageKey) {
    return new PortalError(403, messageKey);
  }

  static PortalError notFound() {
    return new PortalError(404, "error_not_found");
  }

  int status() {
    return status;
  }

  String messageKey() {
    return messageKey;
  }
}
