package nl.namens.register.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import nl.namens.register.problem.ProblemCode;
import nl.namens.register.problem.ViolationCodes;

/** Validates {@link SafeText}. */
public final class SafeTextValidator implements ConstraintValidator<SafeText, String> {

  @Override
  public boolean isValid(String value, ConstraintValidatorContext context) {
    if (value == null || isSafe(value)) {
      return true;
    }
    ViolationCodes.name(context, ProblemCode.NOT_PLAIN_TEXT);
    return false;
  }

  /** No control or format characters, no line or paragraph separators, no {@code <} or {@code >}. */
  public static boolean isSafe(String value) {
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
