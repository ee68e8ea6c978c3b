package nl.namens.register.problem;

import java.util.List;

/**
 * A failure the register reports to the caller as a problem; thrown by the domain services, turned into
 * {@code application/problem+json} by {@link ProblemMappers}. Messages never contain identifiers (BSN).
 */
public final class ProblemException extends RuntimeException {

  private final transient Problem problem;

  private ProblemException(Problem problem) {
    super(problem.title() + ": " + problem.detail(), null, false, false);
    this.problem = problem;
  }

  /** 400: a rule about the input that Bean Validation cannot express. */
  public static ProblemException invalid(String field, String message) {
    return new ProblemException(
        new Problem(
            ProblemType.INVALID_REQUEST.uri(),
            ProblemType.INVALID_REQUEST.title(),
            400,
            "The request is not valid: " + field + " " + message + ".",
            List.of(new Violation(field, message))));
  }

  /** 400: the body cannot be read at all (not JSON, not CSV, not UTF-8); {@code detail} names no value. */
  public static ProblemException malformed(String detail) {
    return of(ProblemType.MALFORMED_REQUEST, 400, detail);
  }

  /** 415: the body's media type (or its charset) is not one this endpoint reads. */
  public static ProblemException unsupportedMediaType(String detail) {
    return of(ProblemType.HTTP, 415, detail);
  }

  /** 403: the caller may not do this (but may know that the thing exists). */
  public static ProblemException forbidden(String detail) {
    return of(ProblemType.FORBIDDEN, 403, detail);
  }

  /** 404: the thing named in the request does not exist. */
  public static ProblemException notFound(String detail) {
    return of(ProblemType.NOT_FOUND, 404, detail);
  }

  /** 409: the request clashes with what the register holds. */
  public static ProblemException conflict(String detail) {
    return of(ProblemType.CONFLICT, 409, detail);
  }

  private static ProblemException of(ProblemType type, int status, String detail) {
    return new ProblemException(new Problem(type.uri(), type.title(), status, detail, null));
  }

  public Problem problem() {
    return problem;
  }
}
