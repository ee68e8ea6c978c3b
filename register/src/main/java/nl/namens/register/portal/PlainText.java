package nl.namens.register.portal;

/** Plain one-line text: no control characters, no format characters (bidi overrides), no {@code <} {@code >}. */
final class PlainText {

  private PlainText() {}

  static boolean isPlain(String value) {
    return value.codePoints().noneMatch(PlainText::isForbidden);
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
