package nl.namens.tests.support;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** BSNs for test data: nine digits passing the 11-proef, generated in a block the demo data does not use. */
public final class TestBsns {

  /** Nine digits in the test range that are not part of a longer number. */
  private static final Pattern NINE_DIGITS = Pattern.compile("(?<!\\d)(999\\d{6})(?!\\d)");

  /**
   * A UUID (mandate ids, session ids, correlation ids): its last group of twelve hex digits holds nine decimal digits
   * that pass the 11-proef about once in 500 000 ids, which over a suite's thousands of ids would be a false alarm.
   */
  private static final Pattern UUID =
      Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

  /**
   * A time of day with its fraction of a second: JSON logs (Quarkus, Keycloak) print nanoseconds, nine digits that
   * start with 999 and pass the 11-proef about once in 11 000 lines (CI stop 20 failed on one).
   */
  private static final Pattern TIME_FRACTION = Pattern.compile("\\d{2}:\\d{2}:\\d{2}[.,]\\d{1,9}");

  private TestBsns() {}

  /**
   * How many test persons' BSNs (nine digits {@code 999xxxxxx} passing the 11-proef) stand in {@code text}, wherever
   * they stand (a username, a URL, a message); UUIDs and times of day are set aside first. Callers report the count, never the number.
   */
  public static int countIn(String text) {
    int found = 0;
    String scanned = TIME_FRACTION.matcher(UUID.matcher(text).replaceAll("<uuid>")).replaceAll("<time>");
    Matcher m = NINE_DIGITS.matcher(scanned);
    while (m.find()) {
      if (passesElfproef(m.group(1))) {
        found++;
      }
    }
    return found;
  }

  /** True for nine digits whose 11-proef sum (9*d1 + ... + 2*d8 - d9) is a multiple of 11 and not 0. */
  public static boolean passesElfproef(String bsn) {
    if (bsn == null || !bsn.matches("\\d{9}")) {
      return false;
    }
    int sum = 0;
    for (int i = 0; i < 8; i++) {
      sum += (9 - i) * (bsn.charAt(i) - '0');
    }
    sum -= bsn.charAt(8) - '0';
    return sum != 0 && sum % 11 == 0;
  }

  /**
   * The first {@code count} valid BSNs from {@code firstEightDigits} upwards (at most one per eight-digit prefix:
   * the check digit is fixed by the others). The same arguments give the same list in every run.
   */
  public static List<String> block(int firstEightDigits, int count) {
    List<String> bsns = new ArrayList<>(count);
    for (int prefix = firstEightDigits; bsns.size() < count; prefix++) {
      String digits = String.format("%08d", prefix);
      if (digits.length() != 8) {
        throw new IllegalArgumentException("ran out of eight-digit prefixes");
      }
      int sum = 0;
      for (int i = 0; i < 8; i++) {
        sum += (9 - i) * (digits.charAt(i) - '0');
      }
      int check = sum % 11;
      if (check <= 9 && sum != 0) {
        String bsn = digits + check;
        if (passesElfproef(bsn)) {
          bsns.add(bsn);
        }
      }
    }
    return bsns;
  }
}
