package nl.namens.register.problem;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A refusal: a {@link ProblemCode} with its parameters, an English {@code detail} and, for refused input, the
 * fields concerned. Thrown by the domain services; each channel shows it its own way (problem+json, a portal
 * page). Texts never contain identifiers (BSN).
 */
public final class ProblemException extends RuntimeException {

  private final ProblemCode code;
  private final String detail;
  private final transient Map<String, Object> parameters;
  private final transient List<Violation> violations;

  /** The members of every problem, which a parameter must not shadow. */
  private static final List<String> RESERVED =
      List.of("type", "title", "status", "detail", "instance", "violations");

  private ProblemException(
      ProblemCode code, String detail, Map<String, Object> parameters, List<Violation> violations) {
    super(code.code() + ": " + detail, null, false, false);
    for (String name : parameters.keySet()) {
      if (RESERVED.contains(name)) {
        throw new IllegalArgumentException("parameter " + name + " would shadow a problem member");
      }
    }
    this.code = code;
    this.detail = detail;
    this.parameters = Map.copyOf(parameters);
    this.violations = List.copyOf(violations);
  }

  /** One field is refused, in the code's words. */
  public static ProblemException invalid(ProblemCode code, String field) {
    return invalid(code, field, Map.of());
  }

  /** One field is refused, in the code's words with these parameters (which travel as extension members). */
  public static ProblemException invalid(ProblemCode code, String field, Map<String, Object> parameters) {
    return invalid(Violation.of(field, code, parameters));
  }

  /** One field is refused, in words of the caller's (for a code whose text varies, such as a header's). */
  public static ProblemException invalid(ProblemCode code, String field, String message) {
    return invalid(code, field, Map.of(), message);
  }

  /** One field is refused, with parameters, in words of the caller's. */
  public static ProblemException invalid(
      ProblemCode code, String field, Map<String, Object> parameters, String message) {
    return invalid(new Violation(field, message, code, parameters));
  }

  private static ProblemException invalid(Violation violation) {
    return new ProblemException(
        violation.code(),
        "The request is not valid: " + violation.field() + " " + violation.message() + ".",
        violation.parameters(),
        List.of(violation));
  }

  /** Bean Validation refused fields of a request: {@link ProblemCode#INVALID_REQUEST}. */
  public static ProblemException violations(List<Violation> violations) {
    String detail =
        violations.size() == 1
            ? "The request is not valid: "
                + violations.get(0).field()
                + " "
                + violations.get(0).message()
                + "."
            : "The request has " + violations.size() + " invalid fields.";
    return new ProblemException(ProblemCode.INVALID_REQUEST, detail, Map.of(), violations);
  }

  /** The request as a whole is refused, in the code's words. */
  public static ProblemException of(ProblemCode code) {
    return of(code, Map.of());
  }

  /** The request as a whole is refused, in the code's words with these parameters. */
  public static ProblemException of(ProblemCode code, Map<String, Object> parameters) {
    return new ProblemException(code, code.text(parameters), parameters, List.of());
  }

  /** The request as a whole is refused, in words of the caller's (never a BSN or other value). */
  public static ProblemException of(ProblemCode code, String detail) {
    return new ProblemException(code, detail, Map.of(), List.of());
  }

  /** One parameter, in order, for {@link #of(ProblemCode, Map)} and friends. */
  public static Map<String, Object> parameter(String name, Object value) {
    Map<String, Object> parameters = new LinkedHashMap<>();
    parameters.put(name, value);
    return parameters;
  }

  public ProblemCode code() {
    return code;
  }

  /** The English description for API clients. */
  public String detail() {
    return detail;
  }

  /** The code's parameters, e.g. {@code attemptsLeft}; published as extension members. */
  public Map<String, Object> parameters() {
    return parameters;
  }

  /** The refused fields; empty when the request as a whole is refused. */
  public List<Violation> violations() {
    return violations;
  }
}
