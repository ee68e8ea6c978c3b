package nl.namens.register.http;

import nl.namens.register.problem.ProblemCode;

/** The HTTP status of each kind of refusal, for every channel that answers over HTTP. */
public final class Statuses {

  private Statuses() {}

  public static int of(ProblemCode.Kind kind) {
    return switch (kind) {
      case INVALID, MALFORMED -> 400;
      case UNAUTHORIZED -> 401;
      case FORBIDDEN -> 403;
      case NOT_FOUND -> 404;
      case CONFLICT -> 409;
      case TOO_MANY_REQUESTS -> 429;
      case UNSUPPORTED_MEDIA_TYPE -> 415;
      case OTHER, INTERNAL -> 500;
    };
  }
}
