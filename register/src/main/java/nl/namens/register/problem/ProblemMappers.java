package nl.namens.register.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.security.AuthenticationCompletionException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The one place where failures become {@code application/problem+json}. Nothing here logs request content:
 * bodies carry BSNs.
 */
final class ProblemMappers {

  private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

  @ServerExceptionMapper
  Response problem(ProblemException e) {
    return e.problem().toResponse();
  }

  @ServerExceptionMapper
  Response constraintViolation(ConstraintViolationException e) {
    if (e.getConstraintViolations().stream().anyMatch(ProblemMappers::isReturnValue)) {
      LOG.error("The register produced an answer that breaks its own constraints");
      return internal();
    }
    List<Violation> violations =
        e.getConstraintViolations().stream()
            .map(v -> new Violation(FieldPath.of(v.getPropertyPath()), v.getMessage()))
            .distinct()
            .sorted(Comparator.comparing(Violation::field).thenComparing(Violation::message))
            .toList();
    String detail =
        violations.size() == 1
            ? "The request is not valid: "
                + violations.get(0).field()
                + " "
                + violations.get(0).message()
                + "."
            : "The request has " + violations.size() + " invalid fields.";
    return problem(ProblemType.INVALID_REQUEST, 400, detail, violations);
  }

  /** Overrides Quarkus' built-in mapper for Jackson's type mismatches (which answers plain JSON). */
  @ServerExceptionMapper
  Response mismatchedInput(MismatchedInputException e) {
    return unreadableBody(e);
  }

  @ServerExceptionMapper
  Response unreadableBody(JsonProcessingException e) {
    if (!isSyntaxError(e) && e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
      String field = field(mapping);
      String message = jsonMessage(mapping);
      return problem(
          ProblemType.MALFORMED_REQUEST,
          400,
          "The request body cannot be read: " + field + " " + message + ".",
          List.of(new Violation(field, message)));
    }
    return problem(ProblemType.MALFORMED_REQUEST, 400, "The request body is not valid JSON.", null);
  }

  @ServerExceptionMapper({
    UnauthorizedException.class,
    AuthenticationFailedException.class,
    AuthenticationCompletionException.class
  })
  Response unauthorized(RuntimeException e) {
    LOG.debugf("Request refused: %s", e.getClass().getSimpleName());
    return Response.fromResponse(
            problem(
                ProblemType.UNAUTHORIZED,
                401,
                "A valid bearer token issued by the broker realm is required.",
                null))
        .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
        .build();
  }

  @ServerExceptionMapper
  Response forbidden(ForbiddenException e) {
    return problem(
        ProblemType.FORBIDDEN, 403, "The token does not carry the role this API requires.", null);
  }

  @ServerExceptionMapper
  Response http(WebApplicationException e) {
    int status = e.getResponse().getStatus();
    Response.StatusType statusType = Response.Status.fromStatusCode(status);
    String reason = statusType == null ? "HTTP " + status : statusType.getReasonPhrase();
    if (status == 401) {
      return unauthorized(e);
    }
    if (status == 400) {
      if (e.getCause() instanceof JsonProcessingException json) {
        return unreadableBody(json);
      }
      return problem(ProblemType.MALFORMED_REQUEST, 400, "The request cannot be read.", null);
    }
    if (status == 404) {
      return problem(ProblemType.NOT_FOUND, 404, "No such resource.", null);
    }
    if (status >= 500) {
      LOG.error("Request failed", e);
    }
    return problem(ProblemType.HTTP, status, reason + ".", null);
  }

  @ServerExceptionMapper
  Response unexpected(Exception e) {
    LOG.error("Unexpected failure", e);
    return internal();
  }

  private static Response internal() {
    return problem(
        ProblemType.INTERNAL, 500, "The register could not answer; the failure is logged.", null);
  }

  private static Response problem(
      ProblemType type, int status, String detail, List<Violation> violations) {
    return new Problem(type.uri(), type.title(), status, detail, violations).toResponse();
  }

  private static boolean isReturnValue(ConstraintViolation<?> violation) {
    for (Path.Node node : violation.getPropertyPath()) {
      if (node.getKind() == ElementKind.RETURN_VALUE) {
        return true;
      }
    }
    return false;
  }

  /** Broken JSON (also when Jackson wraps the parse error in a mapping error with a path). */
  private static boolean isSyntaxError(Throwable e) {
    for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
      if (t instanceof StreamReadException) {
        return true;
      }
    }
    return false;
  }

  private static String field(JsonMappingException e) {
    StringBuilder field = new StringBuilder();
    for (JsonMappingException.Reference ref : e.getPath()) {
      if (ref.getFieldName() != null) {
        if (field.length() > 0) {
          field.append('.');
        }
        field.append(ref.getFieldName());
      } else if (ref.getIndex() >= 0) {
        field.append('[').append(ref.getIndex()).append(']');
      }
    }
    return field.length() == 0 ? "body" : field.toString();
  }

  private static String jsonMessage(JsonMappingException e) {
    if (e instanceof InvalidFormatException invalid) {
      Class<?> target = invalid.getTargetType();
      if (UUID.class.equals(target)) {
        return "must be a UUID";
      }
      if (LocalDate.class.equals(target)) {
        return "must be a date (yyyy-mm-dd)";
      }
      return "has an invalid value";
    }
    if (e instanceof MismatchedInputException) {
      return "has the wrong JSON type";
    }
    return "cannot be read";
  }
}
