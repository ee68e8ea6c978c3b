package nl.namens.bench;

import java.util.Locale;

/** A count written as on the command line: {@code 2000}, {@code 2k}, {@code 1m}, {@code 10m}. */
record Size(long count, String label) {

  static Size parse(String text) {
    String t = text.strip().toLowerCase(Locale.ROOT);
    long factor = 1;
    if (t.endsWith("k")) {
      factor = 1_000;
      t = t.substring(0, t.length() - 1);
    } else if (t.endsWith("m")) {
      factor = 1_000_000;
      t = t.substring(0, t.length() - 1);
    }
    try {
      long count = Math.round(Double.parseDouble(t) * factor);
      if (count <= 0) {
        throw new IllegalArgumentException("size must be positive: " + text);
      }
      return new Size(count, label(count));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("not a size (e.g. 2k, 1m, 10m): " + text, e);
    }
  }

  static String label(long count) {
    if (count >= 1_000_000 && count % 100_000 == 0) {
      return trim(count / 1_000_000.0) + " M";
    }
    if (count >= 1_000 && count % 100 == 0) {
      return trim(count / 1_000.0) + " k";
    }
    return Long.toString(count);
  }

  private static String trim(double value) {
    return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
  }

  @Override
  public String toString() {
    return label;
  }
}
