package nl.namens.tests.portal;

import java.util.ArrayList;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * WCAG 2.5.3 (label in name) checked without axe: the accessible name Chromium computes for a link or button
 * ({@link WebElement#getAccessibleName()}, from the browser's accessibility tree) must start with the text a sighted
 * person sees on it, so that "click Bekijken" in speech control hits the link. Stricter than axe's {@code
 * label-content-name-mismatch}, which is content when the name merely contains the text somewhere.
 */
public final class LabelInName {

  /**
   * The text on screen of {@code arguments[0]}: its text nodes without those inside a descendant that is not
   * rendered ({@code display: none}, {@code visibility: hidden}) or visually hidden (clipped to at most 1×1 pixel,
   * the {@code .visually-hidden} technique), whitespace collapsed.
   */
  private static final String VISIBLE_TEXT =
      "const root = arguments[0];"
          + "const hidden = e => { const s = getComputedStyle(e); const r = e.getBoundingClientRect();"
          + "  return s.display === 'none' || s.visibility === 'hidden'"
          + "    || ((s.overflow === 'hidden' || s.clip !== 'auto') && r.width <= 1 && r.height <= 1); };"
          + "const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);"
          + "let text = '';"
          + "for (let n = walker.nextNode(); n; n = walker.nextNode()) {"
          + "  let shown = true;"
          + "  for (let e = n.parentElement; e && shown; e = e === root ? null : e.parentElement) {"
          + "    if (hidden(e)) shown = false; }"
          + "  if (shown) text += n.data; }"
          + "return text.replace(/\\s+/g, ' ').trim();";

  private LabelInName() {}

  /** What a sighted person reads on the element. */
  public static String visibleText(WebDriver driver, WebElement element) {
    return (String) ((JavascriptExecutor) driver).executeScript(VISIBLE_TEXT, element);
  }

  /** The element's accessible name as Chromium computes it, whitespace collapsed. */
  public static String accessibleName(WebElement element) {
    String name = element.getAccessibleName();
    return name == null ? "" : name.replaceAll("\\s+", " ").trim();
  }

  /** Every link and button on the current page whose accessible name does not start with its visible text. */
  public static List<String> mismatches(WebDriver driver) {
    List<String> found = new ArrayList<>();
    for (WebElement element : driver.findElements(By.cssSelector("a[href], button"))) {
      String visible = visibleText(driver, element);
      String name = accessibleName(element);
      if (!name.startsWith(visible)) {
        found.add(
            driver.getCurrentUrl() + ": <" + element.getTagName() + " id=" + element.getAttribute("id")
                + "> shows \"" + visible + "\" but is named \"" + name + "\"");
      }
    }
    return found;
  }
}
