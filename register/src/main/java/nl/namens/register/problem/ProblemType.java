package nl.namens.register.problem;

/** The {@code type} URIs of the register's problems ({@code urn:namens:problem:<slug>}) and their titles. */
enum ProblemType {
  INVALID_REQUEST("invalid-request", "Invalid request"),
  MALFORMED_REQUEST("malformed-request", "Malformed request body"),
  UNAUTHORIZED("unauthorized", "Authentication required"),
  FORBIDDEN("forbidden", "Forbidden"),
  NOT_FOUND("not-found", "Not found"),
  CONFLICT("conflict", "Conflict"),
  HTTP("http", "HTTP error"),
  INTERNAL("internal", "Internal server error");

  private final String slug;
  private final String title;

  ProblemType(String slug, String title) {
    this.slug = slug;
    this.title = title;
  }

  String uri() {
    return Problem.TYPE_PREFIX + slug;
  }

  String title() {
    return title;
  }
}
