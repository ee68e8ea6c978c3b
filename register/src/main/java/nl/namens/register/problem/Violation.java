package nl.namens.register.problem;

import java.util.Map;

/**
 * One invalid input: the JSON path of the field ({@code actor.id}, {@code services[0]}), what is wrong with it
 * in English (never the rejected value), and the same as a code with its parameters, for the portal's words.
 */
public record Violation(String field, String message, ProblemCode code, Map<String, Object> parameters) {

  public Violation {
    parameters = parameters == null ? Map.of() : Map.copyOf(parameters);
  }

  /** The violation of {@code code} at {@code field}, in the code's words. */
  public static Violation of(String field, ProblemCode code, Map<String, Object> parameters) {
    return new Violation(field, code.text(parameters), code, parameters);
  }
}
