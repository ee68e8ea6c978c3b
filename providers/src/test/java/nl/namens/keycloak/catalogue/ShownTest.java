package nl.namens.keycloak.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ShownTest {

  @Test
  void aShortValueIsQuotedAsItIs() {
    assertEquals("'afvalpas'", Shown.quoted("afvalpas", 40));
    assertEquals("''", Shown.quoted("", 40));
  }

  @Test
  void noValueIsShownAsEmpty() {
    assertEquals("(empty)", Shown.quoted(null, 40));
  }

  @Test
  void aValueLongerThanTheLimitIsCutThere() {
    assertEquals("'" + "a".repeat(40) + "'", Shown.quoted("a".repeat(40), 40));
    assertEquals("'" + "a".repeat(40) + "…'", Shown.quoted("a".repeat(41), 40));
    assertEquals("'" + "a".repeat(60) + "…'", Shown.quoted("a".repeat(100), 60));
  }

  @Test
  void controlCharactersCannotForgeALine() {
    assertEquals("'a?b?c?d?'", Shown.quoted("a\nb\rc\td\u0000", 40));
    assertEquals("'?'", Shown.quoted("\u007f", 40));
  }

  @Test
  void theLimitCountsTheValueAsTyped() {
    // cut first, then replaced: a control character counts as one and one past the limit is gone
    assertEquals("'?bc…'", Shown.quoted("\nbc\nd", 3));
  }
}
