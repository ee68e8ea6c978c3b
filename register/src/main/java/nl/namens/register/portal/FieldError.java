package nl.namens.register.portal;

/**
 * One problem with the user's input, in the user's language: {@code field} is the id of the form control
 * it belongs to (the error summary links to it), or {@code null} for the form as a whole; {@code stepUp}, when
 * the problem is the login's level of assurance, the way to log in again at the level needed.
 */
public record FieldError(String field, String message, StepUp stepUp) {

  public FieldError(String field, String message) {
    this(field, message, null);
  }
}
