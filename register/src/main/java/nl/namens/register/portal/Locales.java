package nl.namens.register.portal;

import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.List;
import java.util.Locale;

/**
 * The portal's language: the {@value #COOKIE} cookie set by the language switch, else the best of the
 * browser's {@code Accept-Language} among Dutch and English, else Dutch.
 */
final class Locales {

  static final String COOKIE = "namens-lang";
  static final Locale DUTCH = Locale.forLanguageTag("nl");
  static final Locale ENGLISH = Locale.ENGLISH;
  static final List<String> SUPPORTED = List.of("nl", "en");

  private Locales() {}

  static Locale of(HttpHeaders headers) {
    Cookie chosen = headers.getCookies().get(COOKIE);
    if (chosen != null && SUPPORTED.contains(chosen.getValue())) {
      return Locale.forLanguageTag(chosen.getValue());
    }
    for (Locale accepted : headers.getAcceptableLanguages()) {
      String language = accepted.getLanguage();
      if (SUPPORTED.contains(language)) {
        return Locale.forLanguageTag(language);
      }
    }
    return DUTCH;
  }
}
