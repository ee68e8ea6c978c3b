package nl.namens.tests.portal;

import java.time.Duration;
import java.util.List;
import nl.namens.tests.support.RegisterStack;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
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

  /** Opens {@code path} of the portal; if the broker asks, logs in with eHerkenning as {@code username}. */
  public void openAsEmployee(String username, String path) {
    driver.navigate().to(PORTAL + path);
    if (!driver.findElements(By.id("namens-idp-eherkenning")).isEmpty()) {
      driver.findElement(By.id("namens-idp-eherkenning")).click();
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

  /** The rows of the overview's mandate tables (pending, given, held, ended). */
  public int overviewRows() {
    open("");
    return driver.findElements(By.cssSelector("table.mandates tbody tr")).size();
  }

  /** Switches the portal to {@code lang} ({@code nl}, {@code en}) and goes on to {@code path} (from {@code /portal}). */
  public void language(String lang, String path) {
    open("/public/language/" + lang + "?return=" + path);
    String shown = driver.findElement(By.tagName("html")).getDomAttribute("lang");
    if (!lang.equals(shown)) {
      throw new AssertionError(path + " in " + lang + ", but the page is in " + shown + ": " + text());
    }
  }

  /** Whether the page says the employee may only look. */
  public boolean showsReadOnlyNotice() {
    return !driver.findElements(By.id("read-only-notice")).isEmpty();
  }

  /**
   * Clicks a button or link that loads a new page and waits until the old page is gone: a real browser
   * navigates asynchronously, HtmlUnit before click() returns.
   */
  public void submit(By button) {
    WebElement page = driver.findElement(By.tagName("html"));
    driver.findElement(button).click();
    // ChromeDriver may answer a look at the old page mid-navigation with "unhandled inspector error: Node with given
    // id does not belong to the document" instead of "stale element": look again
    new WebDriverWait(driver, Duration.ofSeconds(20))
        .ignoring(WebDriverException.class)
        .until(ExpectedConditions.stalenessOf(page));
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
    checkServices(services);
    submit(By.id("register-submit"));
    List<WebElement> code = driver.findElements(By.id("activation-code"));
    if (code.isEmpty()) {
      throw new AssertionError("no activation code: " + text());
    }
    return new Registration(driver.findElement(By.id("mandate-id")).getText(), code.get(0).getText());
  }

  /** On the "ask for a mandate" page: a person (BSN) as principal, for the services, from today for a year. */
  public String requestMandate(String principalBsn, List<String> services) {
    open("/requests/new");
    driver.findElement(By.id("counterpartType-bsn")).click();
    WebElement id = driver.findElement(By.id("counterpartId"));
    id.clear();
    id.sendKeys(principalBsn);
    checkServices(services);
    submit(By.id("request-submit"));
    List<WebElement> mandate = driver.findElements(By.id("mandate-id"));
    if (mandate.isEmpty()) {
      throw new AssertionError("no request made: " + text());
    }
    return mandate.get(0).getText();
  }

  /**
   * On the helpdesk page (agent only): proposes for the calling principal (BSN), after the identity check
   * with reference {@code identityCheck}, a mandate to the representative (BSN) for the services. It takes
   * effect when a second agent approves it ({@link #approveProposal}).
   */
  public HelpdeskProposal helpdeskRegister(
      String callerBsn, String identityCheck, String representativeBsn, List<String> services) {
    open("/helpdesk");
    driver.findElement(By.id("callerType-bsn")).click();
    WebElement caller = driver.findElement(By.id("callerId"));
    caller.clear();
    caller.sendKeys(callerBsn);
    WebElement check = driver.findElement(By.id("identityCheck"));
    check.clear();
    check.sendKeys(identityCheck);
    driver.findElement(By.id("counterpartType-bsn")).click();
    WebElement representative = driver.findElement(By.id("counterpartId"));
    representative.clear();
    representative.sendKeys(representativeBsn);
    checkServices(services);
    submit(By.id("helpdesk-register-submit"));
    List<WebElement> mandate = driver.findElements(By.id("mandate-id"));
    if (mandate.isEmpty() || driver.findElements(By.id("namens-proposed")).isEmpty()) {
      throw new AssertionError("no helpdesk proposal: " + text());
    }
    return new HelpdeskProposal(
        mandate.get(0).getText(), driver.findElement(By.id("mandate-status")).getAttribute("data-status"));
  }

  /**
   * On the proposals page (agent only): approves the proposal (a mandate or a survivor mandate) with this id.
   * The page after it is the approval ({@link #approval()}) or the list again with the refusal ({@link
   * #errors()}).
   */
  public void approveProposal(String id) {
    open("/helpdesk/proposals");
    List<WebElement> button = driver.findElements(By.id("approve-" + id));
    if (button.isEmpty()) {
      throw new AssertionError("no proposal " + id + " to approve: " + text());
    }
    submit(By.id("approve-" + id));
  }

  /** On the proposals page (agent only): declines the proposal with this id. */
  public void declineProposal(String id) {
    open("/helpdesk/proposals");
    submit(By.id("decline-" + id));
  }

  /** The ids of the proposals on the proposals page. */
  public List<String> proposals() {
    open("/helpdesk/proposals");
    return driver.findElements(By.cssSelector("tr[data-proposal]")).stream()
        .map(row -> row.getAttribute("data-proposal"))
        .toList();
  }

  /** The approval of a mandate proposal as the second agent sees it: the undo notice and the letters sent. */
  public HelpdeskApproval approval() {
    List<WebElement> mandate = driver.findElements(By.id("mandate-id"));
    if (mandate.isEmpty() || driver.findElements(By.id("namens-approved")).isEmpty()) {
      throw new AssertionError("no approval: " + text());
    }
    List<WebElement> undo = driver.findElements(By.id("undo-letter-sent"));
    return new HelpdeskApproval(
        mandate.get(0).getText(),
        driver.findElement(By.id("mandate-status")).getAttribute("data-status"),
        undo.isEmpty() ? "" : undo.get(0).getText(),
        driver.findElements(By.cssSelector("li.letter-sent")).stream()
            .map(l -> new Letter(l.getAttribute("data-kind"), l.getAttribute("data-mandate-id"), l.getText(), ""))
            .toList());
  }

  /**
   * On the helpdesk page (agent only): follows the link to the survivor-mandate form (nabestaandenmachtiging), fills
   * in what is given and submits. {@code null} leaves a field empty or a radio group unchosen; {@code role} is {@code
   * executor} or {@code heir}, {@code evidenceType} {@code executele} or {@code verklaring-van-erfrecht}. The page
   * after it is either the confirmation ({@link #survivorId()}) or the form again with its errors ({@link #errors()}).
   */
  public void submitSurvivorForm(
      String deceasedBsn,
      String holderBsn,
      String role,
      String evidenceType,
      String reference,
      List<String> services) {
    open("/helpdesk");
    submit(By.id("namens-survivor-register-link"));
    fill("namens-survivor-deceased", deceasedBsn);
    fill("namens-survivor-holder", holderBsn);
    if (role != null) {
      driver.findElement(By.id("namens-survivor-role-" + role)).click();
    }
    if (evidenceType != null) {
      String suffix = "verklaring-van-erfrecht".equals(evidenceType) ? "erfrecht" : evidenceType;
      driver.findElement(By.id("namens-survivor-evidence-" + suffix)).click();
    }
    fill("namens-survivor-reference", reference);
    for (String service : services) {
      WebElement box = driver.findElement(By.id("namens-survivor-service-" + service));
      if (!box.isSelected()) {
        box.click();
      }
    }
    submit(By.id("namens-survivor-submit"));
  }

  /** The survivor mandate's id on the registered / ended confirmation, or empty on any other page. */
  public String survivorId() {
    List<WebElement> id = driver.findElements(By.id("namens-survivor-id"));
    return id.isEmpty() ? "" : id.get(0).getText().trim();
  }

  /** A fact of the confirmation ({@code deceased}, {@code holder}, {@code role}, {@code status}, ...): its element. */
  public WebElement survivorFact(String fact) {
    List<WebElement> found = driver.findElements(By.id("namens-survivor-fact-" + fact));
    if (found.isEmpty()) {
      throw new AssertionError("no survivor fact " + fact + ": " + text());
    }
    return found.get(0);
  }

  /**
   * On the helpdesk page (agent only): follows the link to the end form, ends the survivor mandate with {@code reason}
   * ({@code settled} or {@code revoked}) and submits.
   */
  public void endSurvivorMandate(String survivorMandateId, String reason) {
    open("/helpdesk");
    submit(By.id("namens-survivor-end-link"));
    fill("namens-survivor-end-id", survivorMandateId);
    driver.findElement(By.id("namens-survivor-end-reason-" + reason)).click();
    submit(By.id("namens-survivor-end-submit"));
  }

  private void fill(String id, String value) {
    WebElement field = driver.findElement(By.id(id));
    field.clear();
    if (value != null) {
      field.sendKeys(value);
    }
  }

  private void checkServices(List<String> services) {
    for (WebElement box : driver.findElements(By.name("services"))) {
      if (services.contains(box.getAttribute("value")) && !box.isSelected()) {
        box.click();
      }
    }
  }

  /** On the mandate's page: enters the code and submits (activate or approve). */
  public void enterCode(String mandateId, String code) {
    open("/mandates/" + mandateId);
    WebElement field = driver.findElement(By.id("code"));
    field.clear();
    field.sendKeys(code);
    submit(By.id("code-submit"));
  }

  /** Revoke, with the confirmation step. */
  public void revoke(String mandateId) {
    open("/mandates/" + mandateId);
    submit(By.id("revoke-link"));
    submit(By.id("revoke-submit"));
  }

  /** The principal undoes a helpdesk registration on the mandate's page. */
  public void undo(String mandateId) {
    open("/mandates/" + mandateId);
    submit(By.id("undo-submit"));
  }

  /** The letters in the logged-in party's post ({@code /portal/post}), newest first. */
  public List<Letter> post() {
    open("/post");
    return letters();
  }

  /** The letters shown on the current page, in page order. */
  public List<Letter> letters() {
    return driver.findElements(By.cssSelector("article.letter")).stream()
        .map(
            a ->
                new Letter(
                    a.getAttribute("data-kind"),
                    a.getAttribute("data-mandate-id"),
                    a.findElement(By.cssSelector("[id$=-subject]")).getText(),
                    a.findElement(By.className("letter-body")).getText()))
        .toList();
  }

  /** The mandate's history on its page, oldest first as shown. */
  public List<HistoryRow> history(String mandateId) {
    open("/mandates/" + mandateId);
    return driver.findElements(By.cssSelector("table.history tbody tr")).stream()
        .map(
            row -> {
              List<WebElement> cells = row.findElements(By.tagName("td"));
              return new HistoryRow(
                  row.getAttribute("data-action"),
                  row.getAttribute("data-channel"),
                  cells.get(1).getText(),
                  cells.get(3).getText(),
                  row.findElement(By.className("history-agent")).getText());
            })
        .toList();
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

  /** A helpdesk proposal as the proposing agent saw it. */
  public record HelpdeskProposal(String mandateId, String status) {}

  /** An approved helpdesk proposal as the second agent saw it: the letters sent (kinds and subjects only). */
  public record HelpdeskApproval(String mandateId, String status, String undoNotice, List<Letter> letters) {}

  /** A letter in the portal: its kind ({@code approval-code}, ...), the mandate it is about, subject and text. */
  public record Letter(String kind, String mandateId, String subject, String body) {}

  /**
   * One line of a mandate's history: the action ({@code request}, {@code approve}, ...) and channel codes, the
   * shown action and channel, and the agent cell (agent and identity-check reference, for the helpdesk).
   */
  public record HistoryRow(String action, String channel, String shownAction, String shownChannel, String agent) {}
}
