package nl.namens.identifiers;

import java.util.regex.Pattern;

/** Kamer van Koophandel number: exactly eight digits (not all zero). */
public final class KvkNumber {

  private static final Pattern EIGHT_DIGITS = Pattern.compile("[0-9]{8}");

  private KvkNumber() {}

  public static boolean isValid(String value) {
    return value != null && EIGHT_DIGITS.matcher(value).matches() && !"00000000".equals(value);
  }
}
