package nl.namens.tests.support;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import nl.namens.tests.portal.Axe;
import org.openqa.selenium.By;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.HasCdp;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless Chromium for a browser test (started by {@link Axe#chromium()}, skipped or failed by
 * {@link Axe#requireChromium()} where it is not installed), with the waits every such test needs: for a condition,
 * for the next page after a click, and the page's text for a failure message. {@link #quit()} in {@code @AfterEach}.
 */
public final class Chromium {

  private final WebDriver driver;
  private final Duration wait;

  private Chromium(WebDriver driver, Duration wait) {
    this.driver = driver;
    this.wait = wait;
  }

  /** Starts Chromium (or skips the test where it is not installed; CI fails instead). */
  public static Chromium start(Duration wait) {
    Axe.requireChromium();
    return new Chromium(Axe.chromium(), wait);
  }

  public WebDriver driver() {
    return driver;
  }

  public void quit() {
    driver.quit();
  }

  /**
   * Waits until the condition holds; fails naming what was awaited, the address and the page's text. ChromeDriver
   * may answer a look at a page mid-navigation with an inspector error instead of "stale element": looks again.
   */
  public void waitFor(ExpectedCondition<?> condition, String what) {
    try {
      new WebDriverWait(driver, wait).ignoring(WebDriverException.class).until(condition);
    } catch (TimeoutException e) {
      throw new AssertionError("no " + what + " at " + driver.getCurrentUrl() + ": " + bodyText(), e);
    }
  }

  /** Clicks the button and waits until the browser shows another page. */
  public void clickToNextPage(By button) {
    WebElement page = driver.findElement(By.tagName("html"));
    driver.findElement(button).click();
    try {
      new WebDriverWait(driver, wait).ignoring(WebDriverException.class).until(ExpectedConditions.stalenessOf(page));
    } catch (TimeoutException e) {
      throw new AssertionError("still the same page after " + button + ": " + bodyText(), e);
    }
  }

  /** The {@code lang} of the page's {@code html} element. */
  public String lang() {
    return driver.findElement(By.tagName("html")).getDomAttribute("lang");
  }

  /** Every cookie of this browser gone (with the realms' sessions ended, another person at another computer). */
  public void clearCookies() {
    ((HasCdp) driver).executeCdpCommand("Network.clearBrowserCookies", Map.of());
  }

  /** The page's visible text, for failure messages; never throws. */
  public String bodyText() {
    try {
      List<WebElement> body = driver.findElements(By.tagName("body"));
      return body.isEmpty() ? "(no body)" : body.get(0).getText();
    } catch (WebDriverException e) {
      return "(page changing)";
    }
  }
}
