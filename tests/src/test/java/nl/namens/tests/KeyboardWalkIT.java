package nl.namens.tests;

import static nl.namens.tests.support.DemoServices.BELASTINGAANGIFTE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import nl.namens.tests.portal.PortalBrowser;
import nl.namens.tests.support.ChromiumTestBase;
import nl.namens.tests.support.DemoServiceProviderStack;
import nl.namens.tests.support.FreshPersons;
import nl.namens.tests.support.FreshPersons.Person;
import nl.namens.tests.support.NamensServerConfig;
import nl.namens.tests.support.RegisterAdmin;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A whole mandate's life with the keyboard alone, in headless Chromium: a citizen gives a mandate in the portal, the
 * representative activates it with the code, logs in at the demo service (the broker's DigiD choice, the DigiD
 * simulator's form, the acting-for page's radio buttons) acting for the principal, and the principal revokes it.
 * Only Tab, Shift+Tab, arrow keys, Enter and Space (and typing into the focused field); nothing is clicked. At every
 * focus stop the focused element shows a visible focus indicator of its own (an outline of at least 2px or a box
 * shadow; not the browser's default ring, {@code outline-style: auto}, which is not drawn the same everywhere; the
 * DigiD simulator draws its own too), and the
 * first Tab on a portal page lands on the skip link, which is then on screen. Both persons are the test's own (new
 * simulator users and register parties), so no other test's mandates are touched.
 */
@KeycloakIntegrationTest(config = NamensServerConfig.class)
class KeyboardWalkIT extends ChromiumTestBase {

  private static final String PORTAL = PortalBrowser.PORTAL;
  private static final String DEMO_SP = DemoServiceProviderStack.URL;
  /** More Tab presses than any page here has focus stops: a target not reached by then is not reachable. */
  private static final int MAX_TABS = 80;

  /** The focused element, how it shows focus, and whether that is visible (outline >= 2px, or a box shadow). */
  private static final String FOCUS_STYLE =
      "const e = document.activeElement;"
          + "if (!e || e === document.body || e === document.documentElement) return null;"
          + "const s = getComputedStyle(e);"
          + "const width = parseFloat(s.outlineWidth) || 0;"
          + "const outline = s.outlineStyle !== 'none' && s.outlineStyle !== 'auto' && width >= 2;"
          + "const shadow = !!s.boxShadow && s.boxShadow !== 'none';"
          + "const what = e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')"
          + " + (e.getAttribute('name') ? '[name=' + e.getAttribute('name') + ']' : '')"
          + " + (e.className && typeof e.className === 'string' ? '.' + e.className.trim().split(/\\s+/).join('.') : '');"
          + "return {what: what, visible: outline || shadow,"
          + " style: 'outline ' + s.outlineStyle + ' ' + s.outlineWidth + ', box-shadow ' + s.boxShadow"
          + " + ', :focus ' + e.matches(':focus') + ', :focus-visible ' + e.matches(':focus-visible')};";

  private final RegisterAdmin register = new RegisterAdmin();
  private final List<String> problems = new ArrayList<>();
  private final List<String> stops = new ArrayList<>();
  private Actions keys;

  @BeforeEach
  void keyboard() {
    keys = new Actions(chromium);
  }

  @Test
  void giveActivateActForAndRevokeWithTheKeyboardAloneWithVisibleFocusEverywhere() {
    List<Person> persons =
        FreshPersons.create(digidSimulator, register, 99_960_000, "kw", "Kim Toetsenbord", "Tom Tabstop");
    Person principal = persons.get(0);
    Person representative = persons.get(1);
    String mandateId = null;
    try {
      // 1. The principal gives a mandate in the portal.
      logInToThePortal(principal);
      firstTabIsTheVisibleSkipLink("the overview");
      tabToAndPress(e -> hrefEndsWith(e, "/portal/mandates/new"), Keys.ENTER, "the navigation's 'give a mandate'");
      session.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("register-submit")), "the form to give a mandate");
      firstTabIsTheVisibleSkipLink("the form to give a mandate");
      tabTo(e -> idIs(e, "counterpartType-bsn") || idIs(e, "counterpartType-kvk"), "the kind of representative");
      if (idIs(active(), "counterpartType-kvk")) {
        press(Keys.ARROW_UP); // arrows move within the radio group and choose
      }
      if (!active().isSelected()) {
        press(Keys.SPACE);
      }
      assertTrue(chromium.findElement(By.id("counterpartType-bsn")).isSelected(), "a person (BSN) is chosen");
      tabTo(e -> idIs(e, "counterpartId"), "the representative's BSN");
      type(representative.bsn());
      tabTo(e -> "services".equals(e.getDomAttribute("name")) && BELASTINGAANGIFTE.equals(e.getDomAttribute("value")),
          "the service Belastingaangifte");
      press(Keys.SPACE);
      assertTrue(active().isSelected(), "Belastingaangifte is ticked");
      tabToAndPress(e -> idIs(e, "register-submit"), Keys.ENTER, "the submit button");
      session.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("activation-code")), "the activation code");
      String code = chromium.findElement(By.id("activation-code")).getText().trim();
      mandateId = chromium.findElement(By.id("mandate-id")).getText().trim();
      assertFalse(code.isEmpty(), "an activation code is shown");

      // 2. The representative, at another computer, activates it with the code.
      nextPerson();
      logInToThePortal(representative);
      firstTabIsTheVisibleSkipLink("the representative's overview");
      String activate = "activate-" + mandateId;
      tabToAndPress(e -> idIs(e, activate), Keys.ENTER, "the overview's 'activate' link");
      session.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("code")), "the mandate's code form");
      tabTo(e -> idIs(e, "code"), "the code field");
      type(code);
      tabToAndPress(e -> idIs(e, "code-submit"), Keys.ENTER, "the 'activate' button");
      session.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("notice")), "the notice that the mandate is active");
      assertEquals("active", chromium.findElement(By.id("mandate-status")).getDomAttribute("data-status"));

      // 3. The representative logs in at the demo service and acts for the principal.
      nextPerson();
      chromium.navigate().to(DEMO_SP + "/demo-belastingaangifte/");
      session.waitFor(
          ExpectedConditions.presenceOfElementLocated(By.cssSelector("form[action='/demo-belastingaangifte/login'] button")),
          "the demo service's login button");
      firstTabIsTheVisibleSkipLink("the demo service");
      tabToAndPress(
          e -> "button".equals(e.getTagName()) && insideForm(e, "/demo-belastingaangifte/login"),
          Keys.ENTER,
          "the demo service's login button");
      logInWithDigidAtTheBroker(representative);
      session.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("namens-acting-for-form")), "the acting-for page");
      String option = optionIdFor(principal.displayName());
      tabTo(e -> "actingFor".equals(e.getDomAttribute("name")) && "radio".equals(e.getDomAttribute("type")),
          "the acting-for choices");
      for (int i = 0; i < 10 && !idIs(active(), option); i++) {
        press(Keys.ARROW_DOWN);
        checkFocus();
      }
      assertEquals(option, active().getDomAttribute("id"), "the arrows reach " + principal.displayName());
      assertTrue(active().isSelected(), principal.displayName() + " is chosen");
      tabToAndPress(e -> idIs(e, "namens-acting-for-submit"), Keys.ENTER, "the acting-for page's submit button");
      session.waitFor(ExpectedConditions.urlMatches("^" + java.util.regex.Pattern.quote(DEMO_SP + "/demo-belastingaangifte/")
          + ".*"), "back at the demo service");
      session.waitFor(ExpectedConditions.presenceOfElementLocated(
          By.cssSelector("form[action='/demo-belastingaangifte/refresh']")), "the demo service's logged-in page");
      String servicePage = session.bodyText();
      assertTrue(servicePage.contains(principal.displayName()), "acting for the principal: " + servicePage);

      // 4. The principal revokes the mandate.
      nextPerson();
      logInToThePortal(principal);
      String view = "view-" + mandateId;
      tabToAndPress(e -> idIs(e, view), Keys.ENTER, "the overview's 'view' link of the mandate");
      session.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("revoke-link")), "the mandate's page");
      firstTabIsTheVisibleSkipLink("the mandate's page");
      tabToAndPress(e -> idIs(e, "revoke-link"), Keys.ENTER, "the 'revoke' link");
      session.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("revoke-submit")), "the revocation's confirmation");
      firstTabIsTheVisibleSkipLink("the revocation's confirmation");
      tabToAndPress(e -> idIs(e, "revoke-submit"), Keys.SPACE, "the 'revoke' confirmation button");
      session.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("notice")), "the notice that the mandate is revoked");
      assertEquals("revoked", chromium.findElement(By.id("mandate-status")).getDomAttribute("data-status"));
      mandateId = null;
    } finally {
      if (mandateId != null) {
        try {
          register.revoke(mandateId); // the walk stopped half-way: leave nothing active behind
        } catch (RuntimeException | AssertionError e) {
          // pending or already ended: nothing to undo
        }
      }
    }
    assertTrue(stops.size() >= 20, "the walk went through the pages' controls: " + stops);
    assertEquals(List.of(), problems, String.join("\n", problems));
  }

  // --- the walk ----------------------------------------------------------------------------------------------

  /** Opens the portal and logs in with DigiD through the broker, by keyboard. */
  private void logInToThePortal(Person person) {
    chromium.navigate().to(PORTAL);
    session.waitFor(
        ExpectedConditions.or(
            ExpectedConditions.presenceOfElementLocated(By.id("namens-idp-digid")),
            ExpectedConditions.presenceOfElementLocated(By.id("main"))),
        "the broker's login or the portal");
    if (!chromium.findElements(By.id("namens-idp-digid")).isEmpty()) {
      logInWithDigidAtTheBroker(person);
      session.waitFor(ExpectedConditions.urlMatches("^" + java.util.regex.Pattern.quote(PORTAL) + ".*"), "back in the portal");
    }
    session.waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector("li.who")), "the portal, logged in");
    String who = chromium.findElement(By.cssSelector("li.who")).getText();
    assertTrue(who.contains(person.displayName()), person.displayName() + " is logged in: " + who);
  }

  /** On the broker's login choice: DigiD, then the simulator's form, all by keyboard. */
  private void logInWithDigidAtTheBroker(Person person) {
    session.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("namens-idp-digid")), "the broker's login choice");
    tabToAndPress(e -> idIs(e, "namens-idp-digid"), Keys.ENTER, "the broker's DigiD choice");
    session.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("username")), "the DigiD simulator's form");
    tabTo(e -> idIs(e, "username"), "the simulator's username field");
    type(person.username());
    tabTo(e -> idIs(e, "password"), "the simulator's password field");
    type("test");
    tabToAndPress(e -> idIs(e, "kc-login"), Keys.ENTER, "the simulator's login button");
  }

  /** Another person at another computer: every session ended, every cookie of this browser gone. */
  // --- keys ----------------------------------------------------------------------------------------------------

  /**
   * Presses Tab (and, once the page's end wrapped around, on) until the focused element matches; checks the focus
   * indicator at every stop.
   */
  private void tabTo(Predicate<WebElement> target, String what) {
    if (matches(target)) {
      checkFocus();
      return;
    }
    for (int i = 0; i < MAX_TABS; i++) {
      press(Keys.TAB);
      checkFocus();
      if (matches(target)) {
        return;
      }
    }
    throw new AssertionError(
        "Tab never reached " + what + " at " + chromium.getCurrentUrl() + " (" + MAX_TABS + " presses): " + session.bodyText());
  }

  /** {@link #tabTo}, then presses {@code key} there and waits for the next page. */
  private void tabToAndPress(Predicate<WebElement> target, CharSequence key, String what) {
    tabTo(target, what);
    WebElement page = chromium.findElement(By.tagName("html"));
    press(key);
    try {
      new WebDriverWait(chromium, WAIT).ignoring(WebDriverException.class).until(ExpectedConditions.stalenessOf(page));
    } catch (TimeoutException e) {
      throw new AssertionError("still the same page after " + key.toString().codePointAt(0) + " on " + what + " at "
          + chromium.getCurrentUrl() + ": " + session.bodyText(), e);
    }
  }

  /**
   * On a freshly loaded page: the first Tab focuses the skip link, and the skip link is then inside the window
   * (visible on focus).
   */
  private void firstTabIsTheVisibleSkipLink(String page) {
    press(Keys.TAB);
    checkFocus();
    WebElement focused = active();
    String classes = String.valueOf(focused.getDomAttribute("class"));
    if (!"a".equals(focused.getTagName()) || !classes.matches(".*\\bskip\\b.*|.*skip-link.*")) {
      problems.add(page + ": the first Tab focuses " + describe(focused) + ", not the skip link");
      return;
    }
    Object onScreen =
        ((JavascriptExecutor) chromium)
            .executeScript(
                "const r = arguments[0].getBoundingClientRect();"
                    + "const s = getComputedStyle(arguments[0]);"
                    + "return r.width >= 1 && r.height >= 1 && r.top >= 0 && r.left >= 0"
                    + " && r.bottom <= window.innerHeight && r.right <= window.innerWidth"
                    + " && s.visibility !== 'hidden' && parseFloat(s.opacity) > 0"
                    + " && !(s.clipPath && s.clipPath !== 'none') && s.clip.indexOf('rect(0') !== 0;",
                focused);
    if (!Boolean.TRUE.equals(onScreen)) {
      problems.add(page + ": the focused skip link is not on screen: " + describe(focused));
    }
    String href = String.valueOf(focused.getDomAttribute("href"));
    if (!href.startsWith("#") || chromium.findElements(By.id(href.substring(1))).isEmpty()) {
      problems.add(page + ": the skip link goes nowhere: " + href);
    }
  }

  /** The focused element shows a visible focus indicator; recorded as a stop, a problem when not. */
  @SuppressWarnings("unchecked")
  private void checkFocus() {
    Object result = ((JavascriptExecutor) chromium).executeScript(FOCUS_STYLE);
    if (result == null) {
      return; // focus left the page's controls (wrapped past the end): nothing shown, nothing to check
    }
    Map<String, Object> focus = (Map<String, Object>) result;
    String stop = host() + " " + focus.get("what");
    stops.add(stop);
    if (!Boolean.TRUE.equals(focus.get("visible"))) {
      problems.add("no visible focus on " + stop + ": " + focus.get("style"));
      evidence(String.valueOf(focus.get("what")));
    }
  }

  /** A screenshot of the window with the focused element that shows no ring, for whoever reads the failure. */
  private void evidence(String what) {
    try {
      Path dir = Path.of("target", "screenshots", "keyboard-walk");
      Files.createDirectories(dir);
      byte[] png = ((TakesScreenshot) chromium).getScreenshotAs(OutputType.BYTES);
      Files.write(dir.resolve("no-focus-ring-" + problems.size() + "-" + what.replaceAll("[^A-Za-z0-9#-]", "_") + ".png"), png);
    } catch (IOException | WebDriverException e) {
      // evidence only: the problem is recorded already
    }
  }

  private void press(CharSequence key) {
    keys.sendKeys(key).perform();
  }

  /** Types into the focused field (which is empty: these forms start empty). */
  private void type(String text) {
    WebElement field = active();
    assertEquals("", field.getDomProperty("value"), "an empty field: " + describe(field));
    keys.sendKeys(text).perform();
    assertEquals(text, active().getDomProperty("value"), "typed into " + describe(field));
  }

  private WebElement active() {
    return chromium.switchTo().activeElement();
  }

  private boolean matches(Predicate<WebElement> target) {
    try {
      return target.test(active());
    } catch (WebDriverException e) {
      return false;
    }
  }

  private static boolean idIs(WebElement element, String id) {
    return id.equals(element.getDomAttribute("id"));
  }

  private static boolean hrefEndsWith(WebElement element, String path) {
    String href = element.getDomAttribute("href");
    return "a".equals(element.getTagName()) && href != null && href.endsWith(path);
  }

  private boolean insideForm(WebElement element, String action) {
    return Boolean.TRUE.equals(
        ((JavascriptExecutor) chromium)
            .executeScript(
                "const f = arguments[0].closest('form'); return !!f && f.getAttribute('action') === arguments[1];",
                element,
                action));
  }

  /** The id of the acting-for option whose label names {@code displayName}. */
  private String optionIdFor(String displayName) {
    for (WebElement option : chromium.findElements(By.cssSelector("input[name='actingFor'][type='radio']"))) {
      String id = option.getDomAttribute("id");
      if (chromium.findElement(By.cssSelector("label[for='" + id + "']")).getText().contains(displayName)) {
        return id;
      }
    }
    throw new AssertionError("no option for " + displayName + " on the acting-for page: " + session.bodyText());
  }

  private String describe(WebElement element) {
    return element.getTagName() + "#" + element.getDomAttribute("id") + "." + element.getDomAttribute("class");
  }

  private String host() {
    String url = chromium.getCurrentUrl();
    int query = url.indexOf('?');
    return query < 0 ? url : url.substring(0, query);
  }


}
