package nl.namens.tests.support;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rule for a page's title (issue 13): "&lt;page&gt; — Namens" on Namens' own pages (broker, simulators, portal),
 * "… — Namens (demo)" on the demo inbox, "&lt;page&gt; — Demodiensten" or the name alone on the demo service (a service
 * of its own, not Namens). The page part never says the same thing twice ("Mijn machtigingen - Mijn machtigingen").
 */
public final class PageTitles {

  private static final Pattern TITLE =
      Pattern.compile(
          "^(?:(\\S.*\\S) — (?:Namens|Namens \\(demo\\)|Demodiensten|Demo services)|Demodiensten|Demo services)$");
  private static final Pattern SEPARATOR = Pattern.compile("\\s+[-—–:]\\s+");

  private PageTitles() {}

  /** Why {@code title} breaks the rule, or null when it keeps it. */
  public static String problem(String title) {
    Matcher m = TITLE.matcher(title == null ? "" : title);
    if (!m.matches()) {
      return "is not \"<page> — Namens\"";
    }
    String part = m.group(1);
    if (part == null) {
      return null; // the demo services' home: their name alone
    }
    String[] pieces = SEPARATOR.split(part);
    for (int i = 1; i < pieces.length; i++) {
      if (pieces[i].trim().equalsIgnoreCase(pieces[i - 1].trim())) {
        return "repeats itself";
      }
    }
    return null;
  }
}
