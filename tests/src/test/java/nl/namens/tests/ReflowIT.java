package nl.namens.tests;

import static nl.namens.tests.support.DemoServices.AFVALPAS;
import static nl.namens.tests.support.DemoServices.BELASTINGAANGIFTE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import nl.namens.tests.portal.Axe;
import nl.namens.tests.portal.PortalBrowser;
import nl.namens.tests.support.BrokerTestBase;
import nl.namens.tests.support.DemoServiceProviderStack;
import nl.namens.tests.support.FreshPersons;
import nl.namens.tests.support.FreshPersons.Person;
import nl.namens.tests.support.NamensServerConfig;
import nl.namens.tests.support.RegisterAdmin;
import nl.namens.tests.support.RegisterStack;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.HasCdp;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * WCAG 1.4.10 reflow, in headless Chromium, on what the pages really render: every broker page (the login choice, the
 * acting-for page with principals, the incapacity page), the demo service with a representation, and the portal's
 * main pages with mandates present, in Dutch and in English, at a 360 px wide window and at 1280 px with 200% zoom
 * (Chrome DevTools' device metrics: 640 CSS px at device scale factor 2, which is what 200% zoom of a 1280 px window
 * lays out). Nothing may scroll sideways: {@code document.documentElement.scrollWidth <= window.innerWidth}. Every
 * page's screenshot goes to {@code tests/target/screenshots/}; a few are copied to {@code docs/screenshots/} for
 * docs/ui.md. The persons and mandates are the test's own.
 */
@KeycloakIntegrationTest(config = NamensServerConfig.class)
class ReflowIT extends BrokerTestBase {

  private static final String PORTAL = PortalBrowser.PORTAL;
  private static final String DEMO_SP = DemoServiceProviderStack.URL;
  private static final Duration WAIT = Duration.ofSeconds(45);
  private static final Path SCREENSHOTS = Path.of("target", "screenshots");
  /** The docs' pictures (docs/ui.md): the repository's docs/screenshots, from the tests module's directory. */
  private static final Path DOCS_SCREENSHOTS = Path.of("..", "docs", "screenshots");
  /** Screenshot name -> the docs' file name. */
  private static final Map<String, String> FOR_THE_DOCS =
      Map.of(
          "broker-acting-for-nl-360", "acting-for-nl-360.png",
          "portal-overview-nl-360", "portal-home-nl-360.png",
          "demo-service-nl-360", "demo-service-nl-360.png");

  /** A window size: CSS width and height, and the device scale factor (2 = 200% zoom). */
  private record Viewport(String name, int width, int height, double scale) {}

  private static final List<Viewport> VIEWPORTS =
      List.of(new Viewport("360", 360, 800, 1), new Viewport("1280-zoom200", 640, 400, 2));

  /** What spills over the right edge, for the failure message: the outermost such elements. */
  private static final String OVERFLOWING =
      "const w = Math.min(window.innerWidth, document.documentElement.clientWidth); const out = [];"
          + "for (const e of document.querySelectorAll('body *')) {"
          + "  const r = e.getBoundingClientRect();"
          + "  if (r.width > 0 && r.right > w + 0.5 && !(e.parentElement && e.parentElement.getBoundingClientRect().right > w + 0.5)) {"
          + "    out.push(e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')"
          + "      + (typeof e.className === 'string' && e.className ? '.' + e.className.trim().split(/\\s+/).join('.') : '')"
          + "      + ' right=' + Math.round(r.right));"
          + "  }"
          + "  if (out.length >= 5) break;"
          + "}"
          + "return out.join(', ');";

  private final RegisterAdmin register = new RegisterAdmin();
  private final List<String> problems = new ArrayList<>();
  private final List<String> checked = new ArrayList<>();
  /** Per page and viewport: scrollWidth/clientWidth/innerWidth, printed for the report. */
  private final List<String> widths = new ArrayList<>();
  private WebDriver chromium;

  @BeforeAll
  static void startTheDemoServiceProvider() {
    DemoServiceProviderStack.ensureRunning();
  }


  @BeforeEach
  void startChromium() {
    Axe.requireChromium();
    chromium = Axe.chromium();
  }

  @AfterEach
  void quitChromium() {
    if (chromium != null) {
      chromium.quit();
    }
  }

  @Test
  void everyBrokerPortalAndDemoServicePageReflowsAt360PxAndAt200PercentZoomInDutchAndEnglish() {
    List<Person> persons =
        FreshPersons.create(
            digidSimulator, register, 99_970_000, "rf", "Annemarie Achterberg-Van Langeveld", "Bob Breedveld",
            "Roos Reflow");
    Person principal = persons.get(0);
    Person secondPrincipal = persons.get(1);
    Person representative = persons.get(2);
    LocalDate today = RegisterStack.today();
    List<String> mandates = new ArrayList<>();
    try {
      mandates.add(
          register.createMandate("BSN", principal.bsn(), "BSN", representative.bsn(),
              List.of(BELASTINGAANGIFTE, AFVALPAS), today.minusDays(1), today.plusYears(1)));
      mandates.add(
          register.createMandate("BSN", secondPrincipal.bsn(), "BSN", representative.bsn(),
              List.of(BELASTINGAANGIFTE), today.minusDays(1), today.plusMonths(6)));

      for (String lang : List.of("nl", "en")) {
        brokerPagesAndTheDemoService(lang, representative, principal);
      }
      portalPages(principal, mandates.get(0));
    } finally {
      for (String mandate : mandates) {
        try {
          register.revoke(mandate);
        } catch (RuntimeException | AssertionError e) {
          // already ended: nothing to undo
        }
      }
    }
    System.out.println("ReflowIT widths (scrollWidth/clientWidth/innerWidth):\n  " + String.join("\n  ", widths));
    assertTrue(checked.size() >= 2 * 2 * 12, "pages checked: " + checked);
    assertEquals(List.of(), problems, String.join("\n", problems));
  }

  /** The login choice, the acting-for page, the demo service logged in acting for the principal, the incapacity page. */
  private void brokerPagesAndTheDemoService(String lang, Person representative, Person principal) {
    nextPerson();
    chromium.navigate().to(DEMO_SP + "/?lang=" + lang);
    waitFor(ExpectedConditions.presenceOfElementLocated(By.id("main")), "the demo service's home");
    assertLang(lang, "the demo service's home");
    check("demo-home-" + lang);
    if ("nl".equals(lang)) {
      theMeasurementSeesAPageThatIsTooWide();
    }

    chromium.navigate().to(DEMO_SP + "/demo-belastingaangifte/login?lang=" + lang);
    waitFor(ExpectedConditions.presenceOfElementLocated(By.id("namens-idp-digid")), "the broker's login choice");
    assertLang(lang, "the broker's login choice");
    check("broker-login-choice-" + lang);

    clickToNextPage(By.id("namens-idp-digid"));
    waitFor(ExpectedConditions.presenceOfElementLocated(By.id("username")), "the DigiD simulator");
    chromium.findElement(By.id("username")).sendKeys(representative.username());
    chromium.findElement(By.id("password")).sendKeys("test");
    clickToNextPage(By.id("kc-login"));
    waitFor(ExpectedConditions.presenceOfElementLocated(By.id("namens-acting-for-form")), "the acting-for page");
    assertLang(lang, "the acting-for page");
    assertTrue(bodyText().contains(principal.displayName()), "the acting-for page offers the principal: " + bodyText());
    check("broker-acting-for-" + lang);

    for (WebElement option : chromium.findElements(By.cssSelector("input[name='actingFor'][type='radio']"))) {
      String id = option.getDomAttribute("id");
      if (chromium.findElement(By.cssSelector("label[for='" + id + "']")).getText().contains(principal.displayName())) {
        option.click();
      }
    }
    clickToNextPage(By.id("namens-acting-for-submit"));
    waitFor(
        ExpectedConditions.presenceOfElementLocated(By.cssSelector("form[action='/demo-belastingaangifte/refresh']")),
        "the demo service, logged in");
    assertLang(lang, "the demo service");
    assertTrue(bodyText().contains(principal.displayName()), "acting for the principal: " + bodyText());
    check("demo-service-" + lang);

    // Wim is under curatele (demo data, as BrokerPagesAccessibilityIT): stopped at every service.
    nextPerson();
    chromium.navigate().to(DEMO_SP + "/demo-afvalpas/login?lang=" + lang);
    waitFor(ExpectedConditions.presenceOfElementLocated(By.id("namens-idp-digid")), "the broker's login choice");
    clickToNextPage(By.id("namens-idp-digid"));
    waitFor(ExpectedConditions.presenceOfElementLocated(By.id("username")), "the DigiD simulator");
    chromium.findElement(By.id("username")).sendKeys("wim");
    chromium.findElement(By.id("password")).sendKeys("test");
    clickToNextPage(By.id("kc-login"));
    waitFor(ExpectedConditions.presenceOfElementLocated(By.id("namens-incapacity")), "the incapacity page");
    assertLang(lang, "the incapacity page");
    check("broker-incapacity-" + lang);
  }

  /**
   * The check can fail: one element 1000 px wide on a real page (in this browser only) makes the page scroll
   * sideways at 360 px, and the measurement says so. Reloads the page afterwards.
   */
  private void theMeasurementSeesAPageThatIsTooWide() {
    HasCdp cdp = (HasCdp) chromium;
    try {
      cdp.executeCdpCommand(
          "Emulation.setDeviceMetricsOverride",
          Map.of("width", 360, "height", 800, "deviceScaleFactor", 1, "mobile", false));
      Object tooWide =
          ((JavascriptExecutor) chromium)
              .executeScript(
                  "const d = document.createElement('div'); d.style.width = '1000px'; d.textContent = 'x';"
                      + "document.body.appendChild(d);"
                      + "return document.documentElement.scrollWidth > window.innerWidth;");
      assertEquals(Boolean.TRUE, tooWide, "a 1000 px wide element makes the page wider than a 360 px window");
    } finally {
      cdp.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
      chromium.navigate().refresh();
    }
  }

  /** The principal's portal: overview, a mandate, the revocation's confirmation, the forms, usages, post, e-mail. */
  private void portalPages(Person principal, String mandate) {
    nextPerson();
    PortalBrowser portal = new PortalBrowser(chromium);
    portal.openAs(principal.username(), "");
    for (String lang : List.of("nl", "en")) {
      if ("en".equals(lang)) {
        portal.open("/public/language/en?return=/portal");
      }
      portal.open("");
      waitFor(ExpectedConditions.presenceOfElementLocated(By.id("view-" + mandate)), "the overview with the mandate");
      assertLang(lang, "the portal's overview");
      check("portal-overview-" + lang);
      portal.open("/mandates/" + mandate);
      waitFor(ExpectedConditions.presenceOfElementLocated(By.id("revoke-link")), "the mandate's page");
      check("portal-mandate-" + lang);
      portal.open("/mandates/" + mandate + "/revoke");
      waitFor(ExpectedConditions.presenceOfElementLocated(By.id("revoke-submit")), "the revocation's confirmation");
      check("portal-revoke-confirm-" + lang);
      portal.open("/mandates/new");
      waitFor(ExpectedConditions.presenceOfElementLocated(By.id("register-submit")), "the form to give a mandate");
      check("portal-give-" + lang);
      chromium.findElement(By.id("counterpartId")).sendKeys("12345");
      portal.submit(By.id("register-submit"));
      assertFalse(portal.errors().isEmpty(), "the form shows its errors: " + portal.text());
      check("portal-give-errors-" + lang);
      portal.open("/requests/new");
      waitFor(ExpectedConditions.presenceOfElementLocated(By.id("request-submit")), "the form to ask for a mandate");
      check("portal-request-" + lang);
      portal.open("/usages");
      waitFor(ExpectedConditions.presenceOfElementLocated(By.id("main")), "the usages");
      assertTrue(portal.text().contains("Roos Reflow"), "the representative's use is listed: " + portal.text());
      check("portal-usages-" + lang);
      portal.open("/post");
      waitFor(ExpectedConditions.presenceOfElementLocated(By.id("main")), "the post");
      check("portal-post-" + lang);
      portal.open("/email");
      waitFor(ExpectedConditions.presenceOfElementLocated(By.id("main")), "the e-mail page");
      check("portal-email-" + lang);
    }
  }

  // --- the check -----------------------------------------------------------------------------------------------

  /**
   * At each viewport: nothing wider than the window, and a screenshot. The device metrics are reset afterwards, so
   * the next page loads at the normal window.
   */
  private void check(String page) {
    HasCdp cdp = (HasCdp) chromium;
    JavascriptExecutor js = (JavascriptExecutor) chromium;
    try {
      for (Viewport viewport : VIEWPORTS) {
        cdp.executeCdpCommand(
            "Emulation.setDeviceMetricsOverride",
            Map.of(
                "width", viewport.width(),
                "height", viewport.height(),
                "deviceScaleFactor", viewport.scale(),
                "mobile", false));
        Map<?, ?> size =
            (Map<?, ?>)
                js.executeScript(
                    "return {scroll: document.documentElement.scrollWidth, inner: window.innerWidth,"
                        + " client: document.documentElement.clientWidth, dpr: window.devicePixelRatio};");
        long scroll = ((Number) size.get("scroll")).longValue();
        long inner = ((Number) size.get("inner")).longValue();
        long client = ((Number) size.get("client")).longValue();
        double dpr = ((Number) size.get("dpr")).doubleValue();
        String name = page + "-" + viewport.name();
        if (inner != viewport.width() || dpr != viewport.scale()) {
          problems.add(name + ": the window did not take the size (innerWidth " + inner + ", devicePixelRatio " + dpr + ")");
        }
        // innerWidth counts a classic vertical scrollbar too; clientWidth is what is left beside it, so both
        if (scroll > inner || scroll > client) {
          problems.add(
              name + " (" + chromium.getCurrentUrl() + "): scrollWidth " + scroll + " > innerWidth " + inner
                  + " or clientWidth " + client + "; sticking out: " + js.executeScript(OVERFLOWING));
        }
        widths.add(name + " " + scroll + "/" + client + "/" + inner);
        checked.add(name);
        screenshot(name);
      }
    } finally {
      cdp.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }
  }

  /** The whole page as PNG into target/screenshots, and for the few the docs show also into docs/screenshots. */
  private void screenshot(String name) {
    Map<String, Object> shot =
        ((HasCdp) chromium)
            .executeCdpCommand("Page.captureScreenshot", Map.of("format", "png", "captureBeyondViewport", true));
    byte[] png = Base64.getDecoder().decode(String.valueOf(shot.get("data")));
    try {
      Files.createDirectories(SCREENSHOTS);
      Path file = SCREENSHOTS.resolve(name + ".png");
      Files.write(file, png);
      String docsName = FOR_THE_DOCS.get(name);
      if (docsName != null && Files.isDirectory(DOCS_SCREENSHOTS.getParent())) {
        Files.createDirectories(DOCS_SCREENSHOTS);
        Files.copy(file, DOCS_SCREENSHOTS.resolve(docsName), StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // --- the browser ---------------------------------------------------------------------------------------------

  /** Another person at another computer: every session ended, every cookie of this browser gone. */
  private void nextPerson() {
    broker.admin().logoutAll();
    digidSimulator.admin().logoutAll();
    ((HasCdp) chromium).executeCdpCommand("Network.clearBrowserCookies", Map.of());
  }

  private void clickToNextPage(By button) {
    WebElement page = chromium.findElement(By.tagName("html"));
    chromium.findElement(button).click();
    try {
      new WebDriverWait(chromium, WAIT).ignoring(WebDriverException.class).until(ExpectedConditions.stalenessOf(page));
    } catch (TimeoutException e) {
      throw new AssertionError("still the same page after " + button + ": " + bodyText(), e);
    }
  }

  private void assertLang(String lang, String page) {
    assertEquals(lang, chromium.findElement(By.tagName("html")).getDomAttribute("lang"), page + " in " + lang);
  }

  private void waitFor(ExpectedCondition<?> condition, String what) {
    try {
      new WebDriverWait(chromium, WAIT).ignoring(WebDriverException.class).until(condition);
    } catch (TimeoutException e) {
      throw new AssertionError("no " + what + " at " + chromium.getCurrentUrl() + ": " + bodyText(), e);
    }
  }

  private String bodyText() {
    try {
      List<WebElement> body = chromium.findElements(By.tagName("body"));
      return body.isEmpty() ? "(no body)" : body.get(0).getText();
    } catch (WebDriverException e) {
      return "(page changing)";
    }
  }
}
