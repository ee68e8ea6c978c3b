package nl.namens.demosp;

import java.util.List;

/** HTML escaping and the page frame. Every text that enters a page goes through {@link #escape}. */
final class Html {
  /**
   * The one Namens look (docs/ui.md): the design module's tokens, NL Design System components (BEM classes and the
   * plain-HTML flavour under {@code utrecht-html}) and the shared frame, before this service's own style.css.
   */
  static final List<String> DESIGN_STYLESHEETS =
      List.of(
          "/namens-design/namens-tokens.css",
          "/namens-design/utrecht/index.css",
          "/namens-design/utrecht/html.css",
          "/namens-design/namens-base.css");

  private Html() {}

  /** Escapes {@code & < > " '} so the value is safe in element content and quoted attributes. */
  static String escape(Object value) {
    if (value == null) {
      return "";
    }
    String text = value.toString();
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * A whole page: language, title, skip link, header with the language switch, {@code main} with
   * the given (already escaped) body, footer.
   *
   * @param switchLanguageHref where the language link goes (path with {@code ?lang=})
   */
  static String page(Messages messages, String title, String switchLanguageHref, String body) {
    String other = messages.get("language.other.code");
    return "<!DOCTYPE html>\n"
        + "<html lang=\""
        + escape(messages.language())
        + "\">\n"
        + "<head>\n"
        + "<meta charset=\"utf-8\">\n"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        + "<title>"
        + escape(title.equals(messages.get("site.name")) ? title : title + " — " + messages.get("site.name"))
        + "</title>\n"
        + designLinks()
        + "<link rel=\"stylesheet\" href=\"/style.css\">\n"
        + "</head>\n"
        + "<body class=\"namens-theme utrecht-html\">\n"
        + "<a class=\"skip utrecht-skip-link utrecht-skip-link--visible-on-focus\" href=\"#main\">"
        + escape(messages.get("skip"))
        + "</a>\n"
        + "<header class=\"site namens-band\">\n"
        + "<p class=\"brand\"><a class=\"namens-wordmark\" href=\"/\">"
        + escape(messages.get("site.name"))
        + "</a>"
        + " <span>"
        + escape(messages.get("site.tagline"))
        + "</span></p>\n"
        + "<nav aria-label=\""
        + escape(messages.get("language.nav"))
        + "\">"
        + "<a href=\""
        + escape(switchLanguageHref)
        + "\" lang=\""
        + escape(other)
        + "\" hreflang=\""
        + escape(other)
        + "\">"
        + escape(messages.get("language.other"))
        + "</a></nav>\n"
        + "</header>\n"
        + "<main id=\"main\">\n"
        + body
        + "</main>\n"
        + "<footer class=\"site\"><p>"
        + escape(messages.get("footer"))
        + "</p></footer>\n"
        + "</body>\n"
        + "</html>\n";
  }

  private static String designLinks() {
    StringBuilder links = new StringBuilder();
    for (String href : DESIGN_STYLESHEETS) {
      links.append("<link rel=\"stylesheet\" href=\"").append(href).append("\">\n");
    }
    return links.toString();
  }
}
