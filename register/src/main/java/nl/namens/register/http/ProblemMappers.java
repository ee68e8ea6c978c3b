package nl.namens.register.http;

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
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.namens.register.problem.ProblemCode;
import nl.namens.register.problem.ProblemException;
import nl.namens.register.problem.Violations;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The one place where failures become {@code application/problem+json}: a refusal's code is its {@code
 * type}, the code's kind its status. Nothing here logs request content: bodies carry BSNs.
 */
final class ProblemMappers {

  private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

  @ServerExceptionMapper
  Response problem(ProblemException e) {
    return answer(e);
  }

  @ServerExceptionMapper
  Response constraintViolation(ConstraintViolationException e) {
    if (e.getConstraintViolations().stream().anyMatch(ProblemMappers::isReturnValue)) {
      LOG.error("The register produced an answer that breaks its own constraints");
      return internal();
    }
    return answer(ProblemException.violations(Violations.of(e)));
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
      return answer(
          ProblemCode.MALFORMED_REQUEST,
          400,
          "The request body cannot be read: " + field + " " + message + ".",
          List.of(new Problem.Violation(field, message)));
    }
    return answer(ProblemCode.MALFORMED_REQUEST, 400, "The request body is not valid JSON.", null);
  }

  @ServerExceptionMapper({
    UnauthorizedException.class,
    AuthenticationFailedException.class,
    AuthenticationCompletionException.class
  })
  Response unauthorized(RuntimeException e) {
    LOG.debugf("Request refused: %s", e.getClass().getSimpleName());
    return Response.fromResponse(
            answer(ProblemCode.UNAUTHORIZED, 401, ProblemCode.UNAUTHORIZED.text(), null))
        .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
        .build();
  }

  @ServerExceptionMapper
  Response forbidden(ForbiddenException e) {
    return answer(ProblemCode.FORBIDDEN, 403, ProblemCode.FORBIDDEN.text(), null);
  }

  @ServerExceptionMapper
  Response http(WebApplicationException e) {
    int status = e.getResponse().getStatus();
    if (status == 401) {
      return unauthorized(e);
    }
    if (status == 400) {
      if (e.getCause() instanceof JsonProcessingException json) {
        return unreadableBody(json);
      }
      return answer(ProblemCode.MALFORMED_REQUEST, 400, "The request cannot be read.", null);
    }
    if (status == 404) {
      return answer(ProblemCode.NOT_FOUND, 404, ProblemCode.NOT_FOUND.text(), null);
    }
    if (status == 415) {
      return answer(
          ProblemCode.UNSUPPORTED_MEDIA_TYPE, 415, ProblemCode.UNSUPPORTED_MEDIA_TYPE.text(), null);
    }
    if (status >= 500) {
      LOG.error("Request failed", e);
    }
    Response.StatusType statusType = Response.Status.fromStatusCode(status);
    String reason = statusType == null ? "HTTP " + status : statusType.getReasonPhrase();
    return answer(ProblemCode.HTTP, status, reason + ".", null);
  }

  @ServerExceptionMapper
  Response unexpected(Exception e) {
    LOG.error("Unexpected failure", e);
    return internal();
  }

  private static Response answer(ProblemException e) {
    List<Problem.Violation> violations =
        e.violations().stream().map(v -> new Problem.Violation(v.field(), v.message())).toList();
    return new Problem(e.code(), Statuses.of(e.code().kind()), e.detail(), violations, e.parameters())
        .toResponse();
  }

  private static Response internal() {
    return answer(ProblemCode.INTERNAL, 500, ProblemCode.INTERNAL.text(), null);
  }

  private static Response answer(
      ProblemCode code, int status, String detail, List<Problem.Violation> violations) {
    return new Problem(code, status, detail, violations, Map.of()).toResponse();
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
