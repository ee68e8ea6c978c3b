package nl.namens.register.http;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import nl.namens.register.problem.ProblemCode;

/**
 * An RFC 9457 problem detail, the body of every 4xx and 5xx answer of the JSON APIs: {@code type} is {@code
 * urn:namens:problem:<code>}, the code's parameters are extension members (e.g. {@code attemptsLeft}).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"type", "title", "status", "detail", "violations"})
public final class Problem {

  /** {@code {"field": "validUntil", "message": "must not be before validFrom"}}. */
  public record Violation(String field, String message) {}

  public static final String MEDIA_TYPE = "application/problem+json";

  private final String type;
  private final String title;
  private final int status;
  private final String detail;
  private final List<Violation> violations;
  private final Map<String, Object> extensions;

  Problem(
      ProblemCode code,
      int status,
      String detail,
      List<Violation> violations,
      Map<String, Object> extensions) {
    this.type = code.type();
    this.title = title(code);
    this.status = status;
    this.detail = detail;
    this.violations = violations == null || violations.isEmpty() ? null : violations;
    this.extensions = extensions;
  }

  public String getType() {
    return type;
  }

  public String getTitle() {
    return title;
  }

  public int getStatus() {
    return status;
  }

  public String getDetail() {
    return detail;
  }

  public List<Violation> getViolations() {
    return violations;
  }

  /** The code's parameters, written as members of the problem itself. */
  @JsonAnyGetter
  public Map<String, Object> getExtensions() {
    return extensions;
  }

  Response toResponse() {
    return Response.status(status).type(MediaType.valueOf(MEDIA_TYPE)).entity(this).build();
  }

  /** The RFC 9457 {@code title}: the same for every code of a kind. */
  private static String title(ProblemCode code) {
    return switch (code.kind()) {
      case INVALID -> "Invalid request";
      case MALFORMED -> "Malformed request body";
      case UNAUTHORIZED -> "Authentication required";
      case FORBIDDEN -> "Forbidden";
      case NOT_FOUND -> "Not found";
      case CONFLICT -> "Conflict";
      case TOO_MANY_REQUESTS -> "Too many requests";
      case UNSUPPORTED_MEDIA_TYPE -> "Unsupported media type";
      case OTHER -> "HTTP error";
      case INTERNAL -> "Internal server error";
    };
  }
}
