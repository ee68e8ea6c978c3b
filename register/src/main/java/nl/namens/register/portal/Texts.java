package nl.namens.register.portal;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import java.util.Locale;

/** The portal's messages in one language, for texts composed in Java (form errors). */
record Texts(Locale locale, PortalMessages msg) {

  static Texts of(Locale locale) {
    PortalMessages bundle =
        Locales.ENGLISH.getLanguage().equals(locale.getLanguage())
            ? MessageBundles.get(PortalMessages.class, Localized.Literal.of("en"))
            : MessageBundles.get(PortalMessages.class);
    return new Texts(locale, bundle);
  }

  String language() {
    return locale.getLanguage();
  }
}
