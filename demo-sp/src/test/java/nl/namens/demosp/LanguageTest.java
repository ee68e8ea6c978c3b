package nl.namens.demosp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LanguageTest {

  @Test
  void dutchIsTheDefault() {
    assertEquals("nl", Language.choose(null, null, null));
    assertEquals("nl", Language.choose(null, null, "de-DE,fr;q=0.8"));
  }

  @Test
  void parameterBeatsSessionBeatsHeader() {
    assertEquals("en", Language.choose("en", "nl", "nl"));
    assertEquals("nl", Language.choose(null, "nl", "en"));
    assertEquals("en", Language.choose("xx", null, "en-GB"));
  }

  @Test
  void acceptLanguageIsWeighed() {
    assertEquals("en", Language.fromAcceptLanguage("en-US,en;q=0.9,nl;q=0.8"));
    assertEquals("nl", Language.fromAcceptLanguage("de;q=1.0, nl-NL;q=0.7, en;q=0.5"));
    assertEquals("en", Language.fromAcceptLanguage("nl;q=0.2, en;q=0.9"));
    assertEquals("nl", Language.fromAcceptLanguage("en;q=0"));
  }
}
