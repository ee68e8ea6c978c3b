package nl.namens.tests.support;

import java.util.ArrayList;
import java.util.List;

/** BSNs for test data: nine digits passing the 11-proef, generated in a block the demo data does not use. */
public final class TestBsns {

  private TestBsns() {}

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
