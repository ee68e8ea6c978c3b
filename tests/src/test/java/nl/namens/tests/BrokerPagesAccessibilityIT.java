package nl.namens.tests;

import static nl.namens.tests.support.DemoServices.AFVALPAS;
import static nl.namens.tests.support.DemoServices.BELASTINGAANGIFTE;
import static nl.namens.tests.support.DemoServices.FREE_BSN_2;
import static nl.namens.tests.support.DemoServices.RIA;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.namens.tests.support.ChromiumTestBase;
import nl.namens.tests.support.NamensServerConfig;
import nl.namens.tests.support.PageChecks;
import nl.namens.tests.support.PetrasClients;
import nl.namens.tests.support.RealmJson;
import nl.namens.tests.support.RegisterAdmin;
import nl.namens.tests.support.RegisterStack;
import nl.namens.tests.support.ServiceClients;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.oauth.OAuthClient;
import org.keycloak.testframework.oauth.annotations.InjectOAuthClient;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.HasCdp;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The variants of the broker's own pages (theme {@code namens}) pass the checks every page must ({@link PageChecks}:
 * title, axe-core at every impact with axe's best practices, reflow at 360 px and at 200% zoom), in Dutch and in
 * English: the acting-for page with the search form and paging of a professional's 500 clients, after a search with a
 * validation error, after a search without results, with "myself" disabled; the incapacity page; the level not
 * reached. Each page is reached through a real OIDC login of a test client in headless Chromium; the client's redirect
 * URI need not answer, only the broker's pages are looked at.
 */
@KeycloakIntegrationTest(config = NamensServerConfig.class)
class BrokerPagesAccessibilityIT extends ChromiumTestBase {

  @InjectOAuthClient(ref = "belasting", realmRef = "namens", config = ServiceClients.Belastingaangifte.class)
  OAuthClient belasting;

  @InjectOAuthClient(ref = "afval", realmRef = "namens", config = ServiceClients.Afvalpas.class)
  OAuthClient afval;

  private final RegisterAdmin register = new RegisterAdmin();
  private PageChecks pages;

  @BeforeEach
  void pageChecks() {
    pages = new PageChecks(chromium, "BrokerPagesAccessibilityIT", Map.of());
  }

  @Test
  void actingForPageWithSearchAndPagingPassesThePageChecks() {
    PetrasClients.ensureImported(register);
    openBrokerLogin(belasting, BELASTINGAANGIFTE, "nl");
    assertEquals("nl", lang());
    assertFalse(
        chromium.findElements(By.cssSelector("[aria-label='Taal kiezen']")).isEmpty(),
        "the language menu is read out in Dutch on a Dutch page");
    check("the identity provider choice", "nl");
    logInWithDigid("petra");

    assertOnActingForPage();
    assertEquals("nl", lang());
    assertPresent("namens-acting-for-search");
    assertPresent("namens-acting-for-page-next");
    assertEquals(PetrasClients.names(1, 10), principalNames());
    assertEquals("500", attribute("namens-acting-for-total", "data-total"));
    check("first page of 500 clients", "nl");

    clickAndWait(By.id("namens-acting-for-page-next"));
    assertPresent("namens-acting-for-page-previous");
    assertEquals(PetrasClients.names(11, 20), principalNames());
    check("second page of 500 clients", "nl");

    assertNoViolations();
  }

  @Test
  void actingForPageInEnglishPassesThePageChecks() {
    PetrasClients.ensureImported(register);
    openBrokerLogin(belasting, BELASTINGAANGIFTE, "en");
    logInWithDigid("petra");

    assertOnActingForPage();
    assertEquals("en", lang());
    assertEquals("Search", text("namens-acting-for-search-submit"));
    assertEquals("Showing 1 to 10 of 500.", text("namens-acting-for-total"));
    assertPresent("namens-acting-for-page-next");
    check("first page of 500 clients", "en");

    assertNoViolations();
  }

  @ParameterizedTest
  @ValueSource(strings = {"nl", "en"})
  void searchWithAValidationErrorPassesThePageChecks(String lang) {
    PetrasClients.ensureImported(register);
    openBrokerLogin(belasting, BELASTINGAANGIFTE, lang);
    logInWithDigid("petra");
    assertOnActingForPage();

    search(null, "12");

    assertOnActingForPage();
    WebElement summary = present("namens-acting-for-error-summary");
    String message = "nl".equals(lang) ? "Vul het geboortejaar in als 4 cijfers" : "Enter the year of birth as 4 digits";
    assertEquals(lang, lang());
    assertTrue(summary.getText().contains(message), "error summary: " + summary.getText());
    assertEquals(
        "#namens-acting-for-search-birth-year",
        summary.findElement(By.tagName("a")).getDomAttribute("href"),
        "the summary links to the field");
    assertEquals("true", attribute("namens-acting-for-search-birth-year", "aria-invalid"));
    assertEquals("12", chromium.findElement(By.id("namens-acting-for-search-birth-year")).getDomProperty("value"));
    assertPresent("namens-acting-for-search-birth-year-error");
    check("search with birth year 12", lang);

    assertNoViolations();
  }

  @ParameterizedTest
  @ValueSource(strings = {"nl", "en"})
  void searchWithoutResultsPassesThePageChecks(String lang) {
    PetrasClients.ensureImported(register);
    openBrokerLogin(belasting, BELASTINGAANGIFTE, lang);
    logInWithDigid("petra");
    assertOnActingForPage();

    search("niemand-heet-zo", null);

    assertOnActingForPage();
    assertPresent("namens-acting-for-no-results");
    assertEquals(List.of(), principalNames());
    assertEquals("0", attribute("namens-acting-for-total", "data-total"));
    assertEquals("500", attribute("namens-acting-for-total", "data-all-total"));
    assertPresent("namens-acting-for-search-clear");
    assertTrue(chromium.findElements(By.id("namens-acting-for-error-summary")).isEmpty(), "no errors");
    check("search without results", lang);

    assertNoViolations();
  }

  @ParameterizedTest
  @ValueSource(strings = {"nl", "en"})
  void incapacityPagePassesThePageChecks(String lang) {
    openBrokerLogin(afval, AFVALPAS, lang);
    logInWithDigid("wim");

    assertPresent("namens-incapacity");
    assertEquals("curatele", attribute("namens-incapacity", "data-reason"));
    assertTrue(text("namens-incapacity-representatives").contains("Kees Kramer"), text("namens-incapacity"));
    assertPresent("namens-incapacity-cancel");
    assertTrue(chromium.findElements(By.id("namens-acting-for-form")).isEmpty(), "not the acting-for page");
    check("incapacity page (curatele)", lang);

    assertNoViolations();
  }

  @ParameterizedTest
  @ValueSource(strings = {"nl", "en"})
  void levelNotReachedPagePassesThePageChecks(String lang) {
    openBrokerLogin(belasting, BELASTINGAANGIFTE, lang);
    logInWithDigid("mark"); // midden, never more; Belastingaangifte needs substantieel

    assertPresent("namens-loa-unmet");
    assertEquals("substantieel", attribute("namens-loa-unmet", "data-required"));
    assertPresent("namens-loa-unmet-back");
    check("level of assurance not reached", lang);

    assertNoViolations();
  }

  @ParameterizedTest
  @ValueSource(strings = {"nl", "en"})
  void actingForPageWithMyselfDisabledPassesThePageChecks(String lang) {
    LocalDate today = RegisterStack.today();
    register.ensureParty("BSN", FREE_BSN_2, "Femke Vrij");
    register.ensureParty("BSN", RIA, "Ria Ruiters"); // in the demo data already: then a 409, which is fine
    String mandate =
        register.createMandate(
            "BSN", FREE_BSN_2, "BSN", RIA, List.of(BELASTINGAANGIFTE), today.minusDays(1), today.plusMonths(1));
    try {
      openBrokerLogin(belasting, BELASTINGAANGIFTE, lang);
      logInWithDigid("ria");

      assertOnActingForPage();
      WebElement self = present("namens-acting-for-option-self");
      assertEquals("true", self.getDomProperty("disabled"), "'myself' is disabled");
      assertEquals("bewind", attribute("namens-acting-for-option-self-reason", "data-reason"));
      assertEquals(List.of("Femke Vrij"), principalNames());
      assertPresent("namens-acting-for-cancel");
      check("acting-for page with 'myself' disabled (bewind)", lang);
    } finally {
      register.revoke(mandate);
    }

    assertNoViolations();
  }

  /**
   * Keycloak's own pages in the theme, for a browser set to Dutch or to English: the error page (a login for a client
   * that does not exist: no service, so no {@code ui_locales}, only the browser's language), the question whether to
   * log out (a logout without an ID token) and the page after it.
   */
  @ParameterizedTest
  @ValueSource(strings = {"nl", "en"})
  void errorAndLogoutPagesPassThePageChecks(String lang) {
    HasCdp cdp = (HasCdp) chromium;
    String userAgent = String.valueOf(((JavascriptExecutor) chromium).executeScript("return navigator.userAgent;"));
    cdp.executeCdpCommand("Emulation.setUserAgentOverride", Map.of("userAgent", userAgent, "acceptLanguage", lang));
    String realm = RealmJson.KEYCLOAK_URL + "/realms/namens/protocol/openid-connect";
    chromium.navigate().to(
        realm + "/auth?client_id=no-such-client&response_type=code&scope=openid&redirect_uri="
            + URLEncoder.encode("https://example.invalid/cb", StandardCharsets.UTF_8));
    session.waitFor(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")), "the error page");
    assertFalse(session.bodyText().contains("no-such-client"), "no echo of the request: " + session.bodyText());
    check("error page (unknown client)", lang);

    chromium.navigate().to(realm + "/logout");
    session.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("kc-logout")), "the logout question");
    check("logout question", lang);

    clickAndWait(By.id("kc-logout"));
    check("logged out", lang);

    assertNoViolations();
  }

  // --- in Chromium ---------------------------------------------------------------------------------------------

  /** Opens the client's authorization URL (scope with the service, PKCE, ui_locales) in Chromium. */
  private void openBrokerLogin(OAuthClient client, String serviceUuid, String uiLocales) {
    chromium.navigate().to(loginUrl(client, serviceUuid, uiLocales));
    session.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("namens-idp-digid")), "the broker's login page");
  }

  /** On the broker's login page: DigiD, the simulator's login, then back at the broker's next page. */
  private void logInWithDigid(String username) {
    chromium.findElement(By.id("namens-idp-digid")).click();
    session.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("username")), "the DigiD simulator's login");
    chromium.findElement(By.id("username")).sendKeys(username);
    chromium.findElement(By.id("password")).sendKeys("test");
    chromium.findElement(By.id("kc-login")).click();
    session.waitFor(
        ExpectedConditions.or(
            ExpectedConditions.presenceOfElementLocated(By.id("namens-acting-for-form")),
            ExpectedConditions.presenceOfElementLocated(By.id("namens-incapacity")),
            ExpectedConditions.presenceOfElementLocated(By.id("namens-loa-unmet"))),
        "the acting-for, incapacity or level-not-reached page after " + username + "'s login");
  }

  /** Fills the search form (null = empty) and searches. */
  private void search(String name, String birthYear) {
    fill("namens-acting-for-search-name", name);
    fill("namens-acting-for-search-birth-year", birthYear);
    fill("namens-acting-for-search-bsn-part", null);
    clickAndWait(By.id("namens-acting-for-search-submit"));
  }

  private void fill(String id, String value) {
    WebElement input = chromium.findElement(By.id(id));
    input.clear();
    if (value != null) {
      input.sendKeys(value);
    }
  }

  /** Clicks a button that posts a form and waits for the next page's body. */
  private void clickAndWait(By button) {
    session.clickToNextPage(button);
    session.waitFor(ExpectedConditions.presenceOfElementLocated(By.tagName("body")), "the page after " + button);
  }

  /** The page checks on the current page, named by what it shows and its language (also the screenshots' name). */
  private void check(String page, String lang) {
    assertEquals(lang, lang(), page);
    pages.check("broker-" + page.replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "") + "-" + lang);
  }

  private void assertNoViolations() {
    assertEquals(List.of(), pages.problems(), String.join("\n", pages.problems()));
  }

  private void assertOnActingForPage() {
    assertFalse(chromium.findElements(By.id("namens-acting-for-form")).isEmpty(), "acting-for page: " + session.bodyText());
  }

  private WebElement present(String id) {
    List<WebElement> found = chromium.findElements(By.id(id));
    assertFalse(found.isEmpty(), "no #" + id + " on " + chromium.getCurrentUrl() + ": " + session.bodyText());
    return found.get(0);
  }

  private void assertPresent(String id) {
    present(id);
  }

  private String attribute(String id, String name) {
    return present(id).getDomAttribute(name);
  }

  private String text(String id) {
    return present(id).getText().trim();
  }

  private String lang() {
    return session.lang();
  }

  /** The labels of the options other than "myself", in page order. */
  private List<String> principalNames() {
    List<String> names = new ArrayList<>();
    for (WebElement option : chromium.findElements(By.cssSelector("input[name='actingFor']"))) {
      if (!"self".equals(option.getDomAttribute("value"))) {
        String id = option.getDomAttribute("id");
        names.add(chromium.findElement(By.cssSelector("label[for='" + id + "']")).getText().trim());
      }
    }
    return names;
  }
}
