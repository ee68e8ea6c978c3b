package nl.namens.register;

import java.util.concurrent.atomic.AtomicInteger;
import nl.namens.identifiers.Bsn;
import nl.namens.identifiers.Rsin;

/** Fresh, valid test identifiers: each call gives one no earlier call in this JVM gave. */
public final class Identifiers {

  private static final AtomicInteger SEQUENCE = new AtomicInteger(1000);

  private Identifiers() {}

  /** A BSN in the test range 999xxxxxx that passes the 11-proef. */
  public static String bsn() {
    while (true) {
      String candidate = "999" + String.format("%05d", SEQUENCE.incrementAndGet()) + "0";
      String valid = withCheckDigit(candidate.substring(0, 8));
      if (valid != null && Bsn.isValid(valid)) {
        return valid;
      }
    }
  }

  /** An RSIN (8xxxxxxxx) that passes the 11-proef. */
  public static String rsin() {
    while (true) {
      String valid = withCheckDigit("8" + String.format("%07d", SEQUENCE.incrementAndGet()));
      if (valid != null && Rsin.isValid(valid)) {
        return valid;
      }
    }
  }

  /** A KvK number: eight digits. */
  public static String kvk() {
    return "9" + String.format("%07d", SEQUENCE.incrementAndGet());
  }

  /** Appends the digit that makes the 11-proef pass, or null if no digit does. */
  static String withCheckDigit(String eightDigits) {
    int sum = 0;
    for (int i = 0; i < 8; i++) {
      sum += (9 - i) * (eightDigits.charAt(i) - '0');
    }
    int check = sum % 11;
    return check == 10 ? null : eightDigits + check;
  }
}
