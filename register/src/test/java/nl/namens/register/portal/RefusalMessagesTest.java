package nl.namens.register.portal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import nl.namens.register.problem.ProblemCode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every refusal code has words in Dutch and in English: a new code without them fails here. */
class RefusalMessagesTest {

  private static Properties messages(String language) {
    String file = "messages/msg_" + language + ".properties";
    try (InputStream in = RefusalMessagesTest.class.getClassLoader().getResourceAsStream(file)) {
      assertNotNull(in, file);
      Properties properties = new Properties();
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      return properties;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @ParameterizedTest
  @EnumSource(ProblemCode.class)
  void everyCodeHasADutchAndAnEnglishMessage(ProblemCode code) {
    String key = RefusalMessages.key(code);
    for (String language : new String[] {"nl", "en"}) {
      String message = messages(language).getProperty(key);
      assertNotNull(message, code + " -> " + key + " has no message in msg_" + language);
      assertFalse(message.isBlank(), code + " -> " + key + " is blank in msg_" + language);
    }
  }

  @ParameterizedTest
  @EnumSource(ProblemCode.class)
  void aCodeThatShowsAParameterHasAPlaceholderForItInBothLanguages(ProblemCode code) {
    if (RefusalMessages.parameter(code) == null) {
      return;
    }
    String key = RefusalMessages.key(code);
    for (String language : new String[] {"nl", "en"}) {
      assertTrue(
          messages(language).getProperty(key).matches(".*\\{\\w+}.*"),
          key + " in msg_" + language + " shows no parameter");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"nl", "en"})
  void noMessageRepeatsTheRegistersEnglishText(String language) {
    for (ProblemCode code : ProblemCode.values()) {
      String message = messages(language).getProperty(RefusalMessages.key(code));
      assertFalse(message.contains("{detail}"), RefusalMessages.key(code) + " passes English through");
    }
  }
}
