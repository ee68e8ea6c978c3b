package nl.namens.register.problem;

import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import java.util.stream.Collectors;

/** Bean Validation paths as JSON paths: {@code actor.id}, {@code services[1]}, {@code body}. */
public final class FieldPath {

  private FieldPath() {}

  /**
   * The JSON path of a violation: method and parameter nodes dropped, container elements as indexes,
   * {@code body} for the request body itself.
   */
  public static String of(Path path) {
    StringBuilder field = new StringBuilder();
    for (Path.Node node : path) {
      ElementKind kind = node.getKind();
      if (kind == ElementKind.METHOD
          || kind == ElementKind.CONSTRUCTOR
          || kind == ElementKind.PARAMETER
          || kind == ElementKind.CROSS_PARAMETER
          || kind == ElementKind.RETURN_VALUE) {
        continue;
      }
      if (node.isInIterable()) {
        Object key = node.getIndex() != null ? node.getIndex() : node.getKey();
        field.append('[').append(key).append(']');
      }
      if (kind != ElementKind.CONTAINER_ELEMENT && kind != ElementKind.BEAN && node.getName() != null) {
        if (field.length() > 0) {
          field.append('.');
        }
        field.append(node.getName());
      }
    }
    return field.length() == 0 ? "body" : field.toString();
  }

  /** "field message; field message", without the rejected values (they may be BSNs). */
  public static String describe(ConstraintViolationException e) {
    return e.getConstraintViolations().stream()
        .map(v -> of(v.getPropertyPath()) + " " + v.getMessage())
        .sorted()
        .collect(Collectors.joining("; "));
  }
}
