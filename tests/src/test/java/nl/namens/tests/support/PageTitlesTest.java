package nl.namens.tests.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class PageTitlesTest {

  @Test
  void pagesOfNamensEndInNamens() {
    assertNull(PageTitles.problem("Voor wie handelt u? — Namens"));
    assertNull(PageTitles.problem("Machtiging geven — Namens"));
    assertNull(PageTitles.problem("Demo-inbox — Namens (demo)"));
    assertNull(PageTitles.problem("Belastingaangifte — Demodiensten"));
    assertNull(PageTitles.problem("Demo services"));
  }

  @Test
  void otherTitlesAndRepeatsAreNamed() {
    assertEquals("repeats itself", PageTitles.problem("Mijn machtigingen - Mijn machtigingen — Namens"));
    assertEquals("is not \"<page> — Namens\"", PageTitles.problem("Mijn machtigingen - Mijn machtigingen"));
    assertEquals("is not \"<page> — Namens\"", PageTitles.problem("Sign in to namens"));
    assertEquals("is not \"<page> — Namens\"", PageTitles.problem("Namens"));
    assertEquals("is not \"<page> — Namens\"", PageTitles.problem(null));
  }
}
