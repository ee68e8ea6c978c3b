package nl.namens.keycloak.register;

/**
 * Why the register could not give an answer. The detail is for logs: it never holds identifiers.
 */
public record Unavailability(Reason reason, String detail) {

  public enum Reason {
    /** The provider is not configured well (no client, no secret, no URL). */
    NOT_CONFIGURED,
    /** Connection refused, reset, unknown host. */
    CONNECTION,
    /** Connect or read timeout. */
    TIMEOUT,
    /** The register answered 5xx. */
    SERVER_ERROR,
    /** The register (or the token endpoint) refused our credentials: 401/403. */
    UNAUTHORIZED,
    /** The register refused the request: another 4xx (e.g. unknown service, 404). */
    REJECTED,
    /** The answer was not the JSON the contract describes. */
    BAD_RESPONSE,
    /**
     * The call failed on the Keycloak side before or after the exchange (a bug or missing context).
     */
    INTERNAL
  }

  @Override
  public String toString() {
    return reason + (detail == null ? "" : " (" + detail + ")");
  }
}
