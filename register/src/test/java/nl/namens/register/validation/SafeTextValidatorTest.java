package nl.namens.register.validation;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SafeTextValidatorTest {

  @Test
  void ordinaryNamesAreSafe() {
    assertTrue(SafeTextValidator.isSafe("B. de Vries"));
    assertTrue(SafeTextValidator.isSafe("Zoë van 't Hoff-Çelik"));
    assertTrue(SafeTextValidator.isSafe("Bakkerij & Zonen B.V. (Utrecht)"));
  }

  @Test
  void angleBracketsAreNotSafe() {
    assertFalse(SafeTextValidator.isSafe("<b>Jan</b>"));
    assertFalse(SafeTextValidator.isSafe("a > b"));
  }

  @Test
  void controlAndLineCharactersAreNotSafe() {
    assertFalse(SafeTextValidator.isSafe("Jan\nJansen"));
    assertFalse(SafeTextValidator.isSafe("Jan\tJansen"));
    assertFalse(SafeTextValidator.isSafe("Jan\u0000"));
    assertFalse(SafeTextValidator.isSafe("Jan\u2028Jansen"));
  }

  @Test
  void bidiOverridesAreNotSafe() {
    assertFalse(SafeTextValidator.isSafe("Jan\u202EnesnaJ"));
  }

  @Test
  void nullIsLeftToNotBlank() {
    assertTrue(new SafeTextValidator().isValid(null, null));
  }
}
