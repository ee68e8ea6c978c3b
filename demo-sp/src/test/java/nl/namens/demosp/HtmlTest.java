package nl.namens.demosp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class HtmlTest {

  @Test
  void escapesAllMarkupCharacters() {
    assertEquals(
        "&lt;script&gt;alert(&quot;x&quot; &amp; &#39;y&#39;)&lt;/script&gt;",
        Html.escape("<script>alert(\"x\" & 'y')</script>"));
  }

  @Test
  void nullBecomesEmptyAndOtherTextStays() {
    assertEquals("", Html.escape(null));
    assertEquals("Zorgdossier — ëïé 123", Html.escape("Zorgdossier — ëïé 123"));
    assertEquals("42", Html.escape(42));
  }

  @Test
  void pageCarriesLanguageTitleAndLanguageSwitch() {
    Messages english = Messages.forLanguage("en");
    String page = Html.page(english, "A <title>", "/x?lang=nl", "<p>body</p>\n");
    assertTrue(page.startsWith("<!DOCTYPE html>"));
    assertTrue(page.contains("<html lang=\"en\">"));
    assertTrue(page.contains("<title>A &lt;title&gt; — Demo services</title>"));
    assertTrue(page.contains("href=\"/x?lang=nl\" lang=\"nl\" hreflang=\"nl\">Nederlands</a>"));
    assertTrue(page.contains("<main id=\"main\">"));
    assertFalse(page.contains("<title>A <title>"));
  }
}
