package nl.namens.devstack;

/** A part of the local stack did not start; the message says which and where its log is. */
public final class StartFailedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public StartFailedException(String message) {
    super(message);
  }

  public StartFailedException(String message, Throwable cause) {
    super(message, cause);
  }
}
