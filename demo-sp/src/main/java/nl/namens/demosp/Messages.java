package nl.namens.demosp;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * Page texts per language from {@code messages_<lang>.properties} (UTF-8); Dutch is the default.
 */
final class Messages {
  static final String DUTCH = "nl";
  static final String ENGLISH = "en";
  private static final Map<String, Messages> BY_LANGUAGE =
      Map.of(DUTCH, load(DUTCH), ENGLISH, load(ENGLISH));

  private final String language;
  private final Properties texts;

  private Messages(String language, Properties texts) {
    this.language = language;
    this.texts = texts;
  }

  static Messages forLanguage(String language) {
    return BY_LANGUAGE.getOrDefault(language, BY_LANGUAGE.get(DUTCH));
  }

  private static Messages load(String language) {
    Properties properties = new Properties();
    String resource = "messages_" + language + ".properties";
    try (InputStream in = Messages.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " missing");
      }
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Messages(language, properties);
  }

  String language() {
    return language;
  }

  Locale locale() {
    return Locale.forLanguageTag(language);
  }

  /** The text for the key, or the key itself when missing (visible, never a crash). */
  String get(String key) {
    return texts.getProperty(key, key);
  }

  /** The text with {@code {0}} replaced by the argument (not escaped: escape the result). */
  String get(String key, String argument) {
    return get(key).replace("{0}", argument);
  }
}
