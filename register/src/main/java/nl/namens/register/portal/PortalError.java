package nl.namens.register.portal;

import nl.namens.register.problem.ProblemException;

/**
 * A failure shown to the portal user as a readable page (never JSON): the HTTP status and either the key of
 * the message in {@link PortalMessages} or the register's refusal, whose code chooses the words.
 */
final class PortalError extends RuntimeException {

  private final int status;
  private final String messageKey;
  private final transient ProblemException refusal;

  private PortalError(int status, String messageKey, ProblemException refusal) {
    super(messageKey, null, false, false);
    this.status = status;
    this.messageKey = messageKey;
    this.refusal = refusal;
  }

  static PortalError forbidden(String messageKey) {
    return new PortalError(403, messageKey, null);
  }

  static PortalError notFound() {
    return new PortalError(404, "error_not_found", null);
  }

  /** The register refused what the page needs (a mandate that is not the user's, ...). */
  static PortalError refused(ProblemException refusal) {
    return new PortalError(RefusalMessages.status(refusal), null, refusal);
  }

  int status() {
    return status;
  }

  /** The message key; {@code null} for a refusal. */
  String messageKey() {
    return messageKey;
  }

  /** The refusal; {@code null} unless {@link #refused}. */
  ProblemException refusal() {
    return refusal;
  }
}
