package nl.namens.tests.support;

import java.util.List;
import java.util.stream.Collectors;
import org.keycloak.testframework.ui.webdriver.ManagedWebDriver;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/** What a person does in the browser: pick DigiD or eHerkenning, log in at the simulator, choose whom to act for. */
public final class BrokerBrowser {

  public static final String PASSWORD = "test";

  private final ManagedWebDriver driver;

  public BrokerBrowser(ManagedWebDriver driver) {
    this.driver = driver;
  }

  /** On the broker's login page: choose DigiD, then log in at the DigiD simulator. */
  public void loginWithDigid(String username) {
    chooseIdentityProvider("digid");
    simulatorLogin(username);
  }

  /** On the broker's login page: choose eHerkenning, then log in at the eHerkenning simulator. */
  public void loginWithEherkenning(String username) {
    chooseIdentityProvider("eherkenning");
    simulatorLogin(username);
  }

  public void chooseIdentityProvider(String alias) {
    driver.findElement(By.id("namens-idp-" + alias)).click();
  }

  public void simulatorLogin(String username) {
    driver.findElement(By.id("username")).sendKeys(username);
    driver.findElement(By.id("password")).sendKeys(PASSWORD);
    driver.findElement(By.id("kc-login")).click();
  }

  public boolean onActingForPage() {
    return !driver.driver().findElements(By.id("namens-acting-for-form")).isEmpty();
  }

  public String pageText() {
    return driver.findElement(By.tagName("body")).getText();
  }

  /** The values of the options on the acting-for page: {@code self} and mandate ids. */
  public List<String> optionValues() {
    return options().stream().map(e -> e.getAttribute("value")).collect(Collectors.toList());
  }

  public List<WebElement> options() {
    return driver.driver().findElements(By.cssSelector("input[name='actingFor']"));
  }

  /** The option whose label mentions {@code displayName}. */
  public WebElement optionFor(String displayName) {
    for (WebElement option : options()) {
      String id = option.getAttribute("id");
      WebElement label = driver.findElement(By.cssSelector("label[for='" + id + "']"));
      if (label.getText().contains(displayName)) {
        return option;
      }
    }
    throw new AssertionError("no option for " + displayName + " on: " + pageText());
  }

  public void actFor(String displayName) {
    optionFor(displayName).click();
    submitChoice();
  }

  public WebElement selfOption() {
    return driver.findElement(By.id("namens-acting-for-option-self"));
  }

  public void actAsMyself() {
    selfOption().click();
    submitChoice();
  }

  public void submitChoice() {
    driver.findElement(By.id("namens-acting-for-submit")).click();
  }

  /** Changes the form the way a forged post would: any value, any disabled state. */
  public void forgeOption(WebElement option, String value) {
    ((JavascriptExecutor) driver.driver())
        .executeScript(
            "arguments[0].removeAttribute('disabled'); arguments[0].value = arguments[1]; arguments[0].checked = true;",
            option,
            value);
  }

  public String currentUrl() {
    return driver.getCurrentUrl();
  }
}
