package nl.namens.register.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Validates {@link SafeText}. */
public final class SafeTextValidator implements ConstraintValidator<SafeText, String> {

  @Override
  public boolean isValid(String value, ConstraintValidatorContext context) {
    return value == null || isSafe(value);
  }

  static boolean isSafe(String value) {
    return value.codePoints().noneMatch(SafeTextValidator::isForbidden);
  }

  private static boolean isForbidden(int codePoint) {
    return codePoint == '<'
        || codePoint == '>'
        || Character.isISOControl(codePoint)
        || Character.getType(codePoint) == Character.FORMAT
        || Character.getType(codePoint) == Character.LINE_SEPARATOR
        || Character.getType(codePoint) == Character.PARAGRAPH_SEPARATOR;
  }
}
