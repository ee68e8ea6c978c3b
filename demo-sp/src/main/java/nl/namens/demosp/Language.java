package nl.namens.demosp;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Chooses the page language: {@code ?lang=}, else the session's choice, else Accept-Language, else
 * Dutch.
 */
final class Language {
  private Language() {}

  static String choose(String langParameter, String sessionChoice, String acceptLanguage) {
    if (isSupported(langParameter)) {
      return langParameter;
    }
    if (isSupported(sessionChoice)) {
      return sessionChoice;
    }
    return fromAcceptLanguage(acceptLanguage);
  }

  static boolean isSupported(String language) {
    return Messages.DUTCH.equals(language) || Messages.ENGLISH.equals(language);
  }

  /** The supported language with the highest q-value; Dutch when none is acceptable. */
  static String fromAcceptLanguage(String header) {
    if (header == null || header.isBlank()) {
      return Messages.DUTCH;
    }
    record Weighted(String language, double q, int order) {}
    List<Weighted> ranges = new ArrayList<>();
    String[] parts = header.split(",");
    for (int i = 0; i < parts.length; i++) {
      String[] fields = parts[i].trim().split(";");
      String tag = fields[0].trim().toLowerCase(Locale.ROOT);
      String primary = tag.contains("-") ? tag.substring(0, tag.indexOf('-')) : tag;
      double q = 1.0;
      for (int f = 1; f < fields.length; f++) {
        String field = fields[f].trim();
        if (field.startsWith("q=")) {
          try {
            q = Double.parseDouble(field.substring(2));
          } catch (NumberFormatException e) {
            q = 0;
          }
        }
      }
      if (isSupported(primary) && q > 0) {
        ranges.add(new Weighted(primary, q, i));
      }
    }
    return ranges.stream()
        .min(Comparator.comparingDouble((Weighted w) -> -w.q()).thenComparingInt(Weighted::order))
        .map(Weighted::language)
        .orElse(Messages.DUTCH);
  }
}
