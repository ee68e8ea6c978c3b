package nl.namens.register.portal;

/**
 * One problem with the user's input, in the user's language: {@code field} is the id of the form control
 * it belongs to (the error summary links to it), or {@code null} for the form as a whole.
 */
public record FieldError(String field, String message) {}
