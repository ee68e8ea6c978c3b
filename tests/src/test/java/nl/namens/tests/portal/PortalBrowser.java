package nl.namens.tests.portal;

import java.time.Duration;
import java.util.List;
import nl.namens.tests.support.RegisterStack;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What a person does in "Mijn machtigingen" (the register's portal, {@code /portal}): log in through the
 * broker with DigiD, give a mandate, enter a code, revoke. Works with any WebDriver (HtmlUnit or Chromium): the
 * element ids are the portal's and the simulators'.
 */
public final class PortalBrowser {

  public static final String PORTAL = RegisterStack.URL + "/portal";
  public static final String PASSWORD = "test";

  private final WebDriver driver;

  public PortalBrowser(WebDriver driver) {
    this.driver = driver;
  }

  /** Opens {@code path} of the portal; if the broker asks, logs in with DigiD as {@code username}. */
  public void openAs(String username, String path) {
    driver.navigate().to(PORTAL + path);
    if (!driver.findElements(By.id("namens-idp-digid")).isEmpty()) {
      driver.findElement(By.id("namens-idp-digid")).click();
      // a real browser navigates asynchronously: wait for each page before using it
      waitFor(ExpectedConditions.presenceOfElementLocated(By.id("username")));
      driver.findElement(By.id("username")).sendKeys(username);
      driver.findElement(By.id("password")).sendKeys(PASSWORD);
      driver.findElement(By.id("kc-login")).click();
      waitFor(ExpectedConditions.urlMatches("^" + java.util.regex.Pattern.quote(PORTAL) + ".*"));
    }
    if (!driver.getCurrentUrl().startsWith(PORTAL)) {
      throw new AssertionError("not in the portal after login: " + driver.getCurrentUrl() + ": " + text());
    }
  }

  private void waitFor(ExpectedCondition<?> condition) {
    new WebDriverWait(driver, Duration.ofSeconds(20)).until(condition);
  }

  public void open(String path) {
    driver.navigate().to(PORTAL + path);
  }

  /** On the "give a mandate" page: a person (BSN) for the services, from today for a year. */
  public Registration registerMandate(String representativeBsn, List<String> services) {
    open("/mandates/new");
    driver.findElement(By.id("counterpartType-bsn")).click();
    WebElement id = driver.findElement(By.id("counterpartId"));
    id.clear();
    id.sendKeys(representativeBsn);
    for (WebElement box : driver.findElements(By.name("services"))) {
      if (services.contains(box.getAttribute("value")) && !box.isSelected()) {
        box.click();
      }
    }
    driver.findElement(By.id("register-submit")).click();
    List<WebElement> code = driver.findElements(By.id("activation-code"));
    if (code.isEmpty()) {
      throw new AssertionError("no activation code: " + text());
    }
    return new Registration(driver.findElement(By.id("mandate-id")).getText(), code.get(0).getText());
  }

  /** On the mandate's page: enters the code and submits (activate or approve). */
  public void enterCode(String mandateId, String code) {
    open("/mandates/" + mandateId);
    WebElement field = driver.findElement(By.id("code"));
    field.clear();
    field.sendKeys(code);
    driver.findElement(By.id("code-submit")).click();
  }

  /** Revoke, with the confirmation step. */
  public void revoke(String mandateId) {
    open("/mandates/" + mandateId);
    driver.findElement(By.id("revoke-link")).click();
    driver.findElement(By.id("revoke-submit")).click();
  }

  /** The mandate's state on its page ({@code pending}, {@code active}, {@code revoked}, {@code locked}...). */
  public String status(String mandateId) {
    open("/mandates/" + mandateId);
    return driver.findElement(By.id("mandate-status")).getAttribute("data-status");
  }

  public String notice() {
    List<WebElement> notice = driver.findElements(By.id("notice"));
    return notice.isEmpty() ? "" : notice.get(0).getText();
  }

  /** The error summary's text (empty if none). */
  public String errors() {
    List<WebElement> summary = driver.findElements(By.className("error-summary"));
    return summary.isEmpty() ? "" : summary.get(0).getText();
  }

  public String text() {
    return driver.findElement(By.tagName("body")).getText();
  }

  /** A registered mandate and its activation code as the principal saw them. */
  public record Registration(String mandateId, String code) {}
}
