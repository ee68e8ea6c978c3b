package nl.namens.keycloak.actingfor;

import java.util.Locale;
import java.util.regex.Pattern;

/** Kind and relation codes as the pages use them in message keys and attributes. */
final class Kinds {

  /** For a missing or odd code; the page then shows its generic label. */
  static final String UNKNOWN = "unknown";

  private static final Pattern CODE = Pattern.compile("[a-z][a-z-]{0,39}");

  private Kinds() {}

  /** The code in lower case if it looks like one ({@code bewind}, {@code ouderlijk-gezag}). */
  static String code(String value) {
    if (value == null) {
      return UNKNOWN;
    }
    String code = value.trim().toLowerCase(Locale.ROOT);
    return CODE.matcher(code).matches() ? code : UNKNOWN;
  }
}
