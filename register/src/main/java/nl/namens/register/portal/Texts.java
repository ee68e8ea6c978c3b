package nl.namens.register.portal;

import io.quarkus.qute.Engine;
import io.quarkus.qute.Template;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The portal's messages in one language, for texts composed in Java (form errors). */
record Texts(Locale locale, PortalMessages msg, Engine engine) {

  /** {@code {msg:<key>}} or {@code {msg:<key>(argument)}}, parsed once per key. */
  private static final Map<String, Template> BY_KEY = new ConcurrentHashMap<>();

  static Texts of(Locale locale, Engine engine) {
    PortalMessages bundle =
        Locales.ENGLISH.getLanguage().equals(locale.getLanguage())
            ? MessageBundles.get(PortalMessages.class, Localized.Literal.of("en"))
            : MessageBundles.get(PortalMessages.class);
    return new Texts(locale, bundle, engine);
  }

  String language() {
    return locale.getLanguage();
  }

  /**
   * The message {@code key} of {@code messages/msg_*.properties} in this language, with {@code argument} for
   * its one placeholder (null: a message without one). Keys come from the portal's own code, never from input.
   */
  String message(String key, Object argument) {
    String expression = argument == null ? "{msg:" + key + "}" : "{msg:" + key + "(argument)}";
    Template template = BY_KEY.computeIfAbsent(expression, engine::parse);
    return template
        .instance()
        .setLocale(locale)
        .data("argument", argument == null ? "" : argument.toString())
        .render();
  }
}
