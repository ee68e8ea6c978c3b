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

  /**
   * At the simulator asked to authenticate again (ForceAuthn on a session it knows): Keycloak shows the known user
   * and asks only the password.
   */
  public void simulatorReauthenticate() {
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

  /**
   * Whether the page shows the broker's internal username of the person ({@code digid-<hex>}, {@code eh-<kvk>-<hex>})
   * anywhere: as text, in an input (Keycloak's "attempted username" field) or behind a "restart login" control.
   */
  public boolean showsInternalUsername() {
    String html = driver.driver().getPageSource();
    return html.contains("kc-attempted-username")
        || html.contains("reset-login")
        || html.matches("(?s).*\\b(digid-[0-9a-f]{8,}|eh-[0-9]{8}-[0-9a-f]{8,}).*");
  }

  public String currentUrl() {
    return driver.getCurrentUrl();
  }

  // --- legal representation: kind labels, paging and search on the acting-for page ---

  /** The display names of the principals offered on this page (every option but "myself"), in page order. */
  public List<String> principalNames() {
    return options().stream()
        .filter(option -> !"self".equals(option.getAttribute("value")))
        .map(option -> labelOf(option).getText().trim())
        .collect(Collectors.toList());
  }

  private WebElement labelOf(WebElement option) {
    return driver.findElement(By.cssSelector("label[for='" + option.getAttribute("id") + "']"));
  }

  /**
   * The kind label ({@code span.namens-acting-for__kind}, {@code data-kind="<kind>"}) in the details of the option
   * for {@code displayName}: the details are the elements the option's {@code aria-describedby} names.
   */
  public WebElement kindLabelOf(String displayName) {
    WebElement option = optionFor(displayName);
    String describedBy = option.getAttribute("aria-describedby");
    if (describedBy != null) {
      for (String id : describedBy.trim().split("\\s+")) {
        List<WebElement> kinds =
            driver.driver().findElements(By.cssSelector("[id='" + id + "'] span.namens-acting-for__kind"));
        if (!kinds.isEmpty()) {
          return kinds.get(0);
        }
      }
    }
    throw new AssertionError("no kind label for " + displayName + " on: " + pageText());
  }

  /** Searches the principals: fills the given criteria (null = empty) and submits the search form. */
  public void search(String name, Integer birthYear, String bsnPart) {
    fill("namens-acting-for-search-name", name);
    fill("namens-acting-for-search-birth-year", birthYear == null ? null : birthYear.toString());
    fill("namens-acting-for-search-bsn-part", bsnPart);
    driver.findElement(By.id("namens-acting-for-search-submit")).click();
  }

  private void fill(String id, String value) {
    WebElement input = driver.findElement(By.id(id));
    input.clear();
    if (value != null) {
      input.sendKeys(value);
    }
  }

  public void nextPage() {
    driver.findElement(By.id("namens-acting-for-page-next")).click();
  }

  public void previousPage() {
    driver.findElement(By.id("namens-acting-for-page-previous")).click();
  }

  /** The text of the result count ({@code namens-acting-for-total}). */
  public String totalText() {
    return driver.findElement(By.id("namens-acting-for-total")).getText();
  }

  // --- incapacity: a person who may not act for themselves at this service ---

  public boolean onIncapacityPage() {
    return !driver.driver().findElements(By.id("namens-incapacity")).isEmpty();
  }

  public String incapacityReason() {
    return driver.findElement(By.id("namens-incapacity-reason")).getText();
  }

  public String incapacityRepresentatives() {
    return driver.findElement(By.id("namens-incapacity-representatives")).getText();
  }

  public WebElement incapacityCancel() {
    return driver.findElement(By.id("namens-incapacity-cancel"));
  }

  /**
   * Posts the incapacity page's form as if it offered "continue as myself": adds {@code actingFor=self} and submits
   * without the cancel button. Returns false when the cancel button sits in no form.
   */
  public boolean forgeContinueAsSelf() {
    Object submitted =
        ((JavascriptExecutor) driver.driver())
            .executeScript(
                "var form = arguments[0].form; if (!form) { return false; }"
                    + " var input = document.createElement('input'); input.type = 'hidden';"
                    + " input.name = 'actingFor'; input.value = 'self'; form.appendChild(input);"
                    + " form.submit(); return true;",
                incapacityCancel());
    return Boolean.TRUE.equals(submitted);
  }
}
