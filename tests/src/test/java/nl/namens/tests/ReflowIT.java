package nl.namens.tests;

import static nl.namens.tests.support.DemoServices.AFVALPAS;
import static nl.namens.tests.support.DemoServices.BELASTINGAANGIFTE;
import static nl.namens.tests.support.DemoServices.ZORGDOSSIER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.namens.tests.portal.Axe;
import nl.namens.tests.portal.PortalBrowser;
import nl.namens.devstack.DemoMail;
import nl.namens.tests.support.ChromiumTestBase;
import nl.namens.tests.support.DemoServiceProviderStack;
import nl.namens.tests.support.FreshPersons;
import nl.namens.tests.support.PageChecks;
import nl.namens.tests.support.Inbox;
import nl.namens.tests.support.FreshPersons.Person;
import nl.namens.tests.support.NamensServerConfig;
import nl.namens.tests.support.PageTitles;
import nl.namens.tests.support.RegisterAdmin;
import nl.namens.tests.support.RegisterStack;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.HasCdp;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Every page a person sees, in headless Chromium, in Dutch and in English, with data present: the broker's pages (the
 * login choice, the acting-for page with principals, the incapacity page), both simulators, the demo service with a
 * representation, the portal's pages with mandates, an e-mail address and a revocation, and the demo inbox with the
 * mail that revocation sent. On each: axe-core at every impact (WCAG 2.0/2.1 A and AA, minor included: 0
 * violations), and WCAG 1.4.10 reflow at a 360 px wide window and at 1280 px with 200% zoom (Chrome DevTools' device
 * metrics: 640 CSS px at device scale factor 2, which is what 200% zoom of a 1280 px window lays out). Nothing may
 * scroll sideways: {@code document.documentElement.scrollWidth <= window.innerWidth}. Every page's screenshot goes to
 * {@code tests/target/screenshots/}; a few are copied to {@code docs/screenshots/} for docs/ui.md. The persons and
 * mandates are the test's own.
 */
@KeycloakIntegrationTest(config = NamensServerConfig.class)
class ReflowIT extends ChromiumTestBase {

  private static final String PORTAL = PortalBrowser.PORTAL;
  private static final String DEMO_SP = DemoServiceProviderStack.URL;
  /** Screenshot name -> the docs' file name. */
  private static final Map<String, String> FOR_THE_DOCS =
      Map.of(
          "broker-acting-for-nl-360", "acting-for-nl-360.png",
          "portal-overview-nl-360", "portal-home-nl-360.png",
          "demo-service-nl-360", "demo-service-nl-360.png");

  private final RegisterAdmin register = new RegisterAdmin();
  private PageChecks pages;

  @BeforeEach
  void pageChecks() {
    pages = new PageChecks(chromium, "ReflowIT", FOR_THE_DOCS);
  }

  @Test
  void everyPageReflowsAt360PxAndAt200PercentZoomAndPassesAxeInDutchAndEnglish() {
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
        theDemoServiceAfterARevocation(lang, representative, secondPrincipal, mandates);
      }
      portalPages(principal, mandates.get(0));
      givingAskingAndActivating(principal, secondPrincipal, representative, mandates);
    } finally {
      for (String mandate : mandates) {
        try {
          register.revoke(mandate);
        } catch (RuntimeException | AssertionError e) {
          // already ended: nothing to undo
        }
      }
    }
    System.out.println(
        "ReflowIT widths (scrollWidth/clientWidth/innerWidth):\n  " + String.join("\n  ", pages.widths()));
    assertTrue(pages.checked().size() >= 2 * (2 * 15 + 4 + 2 * 7), "pages checked: " + pages.checked());
    assertEquals(List.of(), pages.problems(), String.join("\n", pages.problems()));
  }

  /** The login choice, the acting-for page, the demo service logged in acting for the principal, the incapacity page. */
  private void brokerPagesAndTheDemoService(String lang, Person representative, Person principal) {
    nextPerson();
    chromium.navigate().to(DEMO_SP + "/?lang=" + lang);
    session.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("main")), "the demo service's home");
    assertLang(lang, "the demo service's home");
    pages.check("demo-home-" + lang);
    if ("nl".equals(lang)) {
      theMeasurementSeesAPageThatIsTooWide();
      axeSeesAMinorViolation();
    }

    chromium.navigate().to(DEMO_SP + "/demo-belastingaangifte/login?lang=" + lang);
    session.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("namens-idp-digid")), "the broker's login choice");
    assertLang(lang, "the broker's login choice");
    assertTitleIsTheHeading();
    pages.check("broker-login-choice-" + lang);

    session.clickToNextPage(By.id("namens-idp-digid"));
    session.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("username")), "the DigiD simulator");
    inTheSimulatorsLanguage(lang, "the DigiD simulator");
    pages.check("digid-simulator-" + lang);
    chromium.findElement(By.id("username")).sendKeys(representative.username());
    chromium.findElement(By.id("password")).sendKeys("test");
    session.clickToNextPage(By.id("kc-login"));
    session.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("namens-acting-for-form")), "the acting-for page");
    assertLang(lang, "the acting-for page");
    assertTrue(
        session.bodyText().contains(principal.displayName()),
        "the acting-for page offers the principal: " + session.bodyText());
    assertTitleIsTheHeading();
    pages.check("broker-acting-for-" + lang);

    for (WebElement option : chromium.findElements(By.cssSelector("input[name='actingFor'][type='radio']"))) {
      String id = option.getDomAttribute("id");
      if (chromium.findElement(By.cssSelector("label[for='" + id + "']")).getText().contains(principal.displayName())) {
        option.click();
      }
    }
    session.clickToNextPage(By.id("namens-acting-for-submit"));
    session.waitFor(
        ExpectedConditions.presenceOfElementLocated(By.cssSelector("form[action='/demo-belastingaangifte/refresh']")),
        "the demo service, logged in");
    assertLang(lang, "the demo service");
    assertTrue(session.bodyText().contains(principal.displayName()), "acting for the principal: " + session.bodyText());
    pages.check("demo-service-" + lang);

    // Wim is under curatele (demo data, as BrokerPagesAccessibilityIT): stopped at every service.
    nextPerson();
    chromium.navigate().to(DEMO_SP + "/demo-afvalpas/login?lang=" + lang);
    session.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("namens-idp-digid")), "the broker's login choice");
    session.clickToNextPage(By.id("namens-idp-digid"));
    session.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("username")), "the DigiD simulator");
    chromium.findElement(By.id("username")).sendKeys("wim");
    chromium.findElement(By.id("password")).sendKeys("test");
    session.clickToNextPage(By.id("kc-login"));
    session.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("namens-incapacity")), "the incapacity page");
    assertLang(lang, "the incapacity page");
    assertTitleIsTheHeading();
    pages.check("broker-incapacity-" + lang);

    nextPerson();
    chromium.navigate().to(DEMO_SP + "/demo-belastingaangifte/login?lang=" + lang);
    session.waitFor(
        ExpectedConditions.presenceOfElementLocated(By.id("namens-idp-eherkenning")), "the broker's login choice");
    session.clickToNextPage(By.id("namens-idp-eherkenning"));
    session.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("username")), "the eHerkenning simulator");
    inTheSimulatorsLanguage(lang, "the eHerkenning simulator");
    pages.check("eherkenning-simulator-" + lang);
  }

  /**
   * The demo service's explanation after a refused refresh: the representative logs in at Afvalpas (which may not
   * know the principal's name) acting for the second principal under a mandate of its own (in {@code mandates}), which
   * is then revoked.
   */
  private void theDemoServiceAfterARevocation(
      String lang, Person representative, Person secondPrincipal, List<String> mandates) {
    LocalDate today = RegisterStack.today();
    String mandate =
        register.createMandate(
            "BSN", secondPrincipal.bsn(), "BSN", representative.bsn(), List.of(AFVALPAS), today.minusDays(1),
            today.plusMonths(1));
    mandates.add(mandate);
    nextPerson();
    chromium.navigate().to(DEMO_SP + "/demo-afvalpas/login?lang=" + lang);
    session.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("namens-idp-digid")), "the broker's login choice");
    session.clickToNextPage(By.id("namens-idp-digid"));
    session.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("username")), "the DigiD simulator");
    chromium.findElement(By.id("username")).sendKeys(representative.username());
    chromium.findElement(By.id("password")).sendKeys("test");
    session.clickToNextPage(By.id("kc-login"));
    session.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("namens-acting-for-form")), "the acting-for page");
    for (WebElement option : chromium.findElements(By.cssSelector("input[name='actingFor'][type='radio']"))) {
      String id = option.getDomAttribute("id");
      if (chromium.findElement(By.cssSelector("label[for='" + id + "']")).getText().contains(secondPrincipal.displayName())) {
        option.click();
      }
    }
    session.clickToNextPage(By.id("namens-acting-for-submit"));
    By refresh = By.cssSelector("form[action='/demo-afvalpas/refresh'] button");
    session.waitFor(ExpectedConditions.presenceOfElementLocated(refresh), "the demo service, logged in");
    By actingFor = By.cssSelector("section[aria-labelledby='for-title']");
    assertFalse(chromium.findElements(actingFor).isEmpty(), "acting for someone: " + session.bodyText());

    register.revoke(mandate);
    session.clickToNextPage(refresh);
    session.waitFor(
        ExpectedConditions.presenceOfElementLocated(By.cssSelector("form[action='/demo-afvalpas/login']")),
        "the demo service's explanation");
    assertLang(lang, "the demo service's explanation");
    String page = session.bodyText();
    assertTrue(page.contains("nl".equals(lang) ? "ingetrokken" : "revoked"), "explained: " + page);
    assertTrue(chromium.findElements(actingFor).isEmpty(), "the old claims are cleared: " + page);
    pages.check("demo-service-refresh-refused-" + lang);
  }

  /**
   * The simulators do not learn the service's language from the broker (a SAML AuthnRequest carries none): they
   * follow the browser's (Dutch here) and their own language menu, which adds {@code kc_locale} to the page's address;
   * for English the test does what that menu does.
   */
  private void inTheSimulatorsLanguage(String lang, String page) {
    if (!lang.equals(session.lang())) {
      String url = chromium.getCurrentUrl();
      chromium.navigate().to(url + (url.contains("?") ? "&" : "?") + "kc_locale=" + lang);
      session.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("username")), page + " in " + lang);
    }
    assertLang(lang, page);
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

  /**
   * axe can fail here too, also at the lowest impact: a second {@code main} landmark (axe's rule
   * {@code landmark-no-duplicate-main}, impact moderate) and a link without text (serious) added to a real page are
   * found. Reloads the page afterwards.
   */
  private void axeSeesAMinorViolation() {
    try {
      ((JavascriptExecutor) chromium)
          .executeScript(
              "document.body.appendChild(document.createElement('main'));"
                  + "const a = document.createElement('a'); a.href = '#'; document.body.appendChild(a);");
      String found = String.join("\n", Axe.violations(chromium));
      assertTrue(found.contains("landmark-no-duplicate-main"), "axe finds a moderate violation: " + found);
      assertTrue(found.contains("link-name"), "axe finds a serious one: " + found);
    } finally {
      chromium.navigate().refresh();
    }
  }

  /**
   * The principal's portal: overview, a mandate, the revocation's confirmation, the forms, usages, post, e-mail (and
   * saving an address), then the mandate once revoked and the mail the revocation sends, in the demo inbox.
   */
  private void portalPages(Person principal, String mandate) {
    String address = "reflow-" + principal.bsn().substring(5) + "@example.nl";
    nextPerson();
    PortalBrowser portal = new PortalBrowser(chromium);
    portal.openAs(principal.username(), "");
    for (String lang : List.of("nl", "en")) {
      if ("en".equals(lang)) {
        portal.open("/public/language/en?return=/portal");
      }
      portal.open("");
      session.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("view-" + mandate)), "the overview with the mandate");
      assertLang(lang, "the portal's overview");
      pages.check("portal-overview-" + lang);
      portal.open("/mandates/" + mandate);
      session.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("revoke-link")), "the mandate's page");
      pages.check("portal-mandate-" + lang);
      portal.open("/mandates/" + mandate + "/revoke");
      session.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("revoke-submit")), "the revocation's confirmation");
      pages.check("portal-revoke-confirm-" + lang);
      portal.open("/mandates/new");
      session.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("register-submit")), "the form to give a mandate");
      pages.check("portal-give-" + lang);
      chromium.findElement(By.id("counterpartId")).sendKeys("12345");
      portal.submit(By.id("register-submit"));
      assertFalse(portal.errors().isEmpty(), "the form shows its errors: " + portal.text());
      pages.check("portal-give-errors-" + lang);
      portal.open("/requests/new");
      session.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("request-submit")), "the form to ask for a mandate");
      pages.check("portal-request-" + lang);
      portal.open("/usages");
      session.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("main")), "the usages");
      assertTrue(portal.text().contains("Roos Reflow"), "the representative's use is listed: " + portal.text());
      pages.check("portal-usages-" + lang);
      portal.open("/post");
      session.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("main")), "the post");
      pages.check("portal-post-" + lang);
      portal.open("/email");
      session.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("email-submit")), "the e-mail page");
      pages.check("portal-email-" + lang);
      if ("nl".equals(lang)) {
        WebElement email = chromium.findElement(By.id("email"));
        email.clear();
        email.sendKeys(address);
        portal.submit(By.id("email-submit"));
        pages.check("portal-email-saved-" + lang);
      }
    }

    // the register ends the mandate (an administrator's revocation writes to both parties; the principal's own
    // would write to the representative only): the principal's page of it, and her mail in the demo inbox
    register.revoke(mandate);
    portal.open("/mandates/" + mandate);
    session.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("main")), "the revoked mandate's page");
    pages.check("portal-mandate-revoked-en");
    DemoMail mail = RegisterStack.mail();
    // a mail that failed is tried again a minute later: up to two minutes
    Inbox.await(mail, address, m -> true, Duration.ofMinutes(2));
    for (String lang : List.of("nl", "en")) {
      chromium.navigate().to(mail.inboxUrl() + ("en".equals(lang) ? "?lang=en" : ""));
      session.waitFor(ExpectedConditions.presenceOfElementLocated(By.tagName("main")), "the demo inbox");
      assertLang(lang, "the demo inbox");
      assertTrue(session.bodyText().contains(address), "the inbox lists the principal's mail: " + session.bodyText());
      pages.check("demo-inbox-" + lang);
    }
  }


  /**
   * The pages of a mandate's start, in each language: the principal gives one (the page with the activation code)
   * and asks for another (the request sent), the representative opens it (the code form), enters a wrong code (the
   * error) and the right one (activated); a page that does not exist; the page after logging out. The mandates go
   * into {@code mandates}, to be revoked at the end.
   */
  private void givingAskingAndActivating(
      Person principal, Person secondPrincipal, Person representative, List<String> mandates) {
    Map<String, String> serviceOf = Map.of("nl", ZORGDOSSIER, "en", BELASTINGAANGIFTE);
    for (String lang : List.of("nl", "en")) {
      nextPerson();
      PortalBrowser portal = new PortalBrowser(chromium);
      portal.openAs(principal.username(), "");
      portal.open("/public/language/" + lang + "?return=/portal");
      PortalBrowser.Registration given = portal.registerMandate(representative.bsn(), List.of(serviceOf.get(lang)));
      mandates.add(given.mandateId());
      assertLang(lang, "the page with the activation code");
      pages.check("portal-given-code-" + lang);
      mandates.add(portal.requestMandate(secondPrincipal.bsn(), List.of(serviceOf.get(lang))));
      pages.check("portal-request-sent-" + lang);
      portal.open("/does-not-exist");
      pages.check("portal-not-found-" + lang);

      nextPerson();
      portal.openAs(representative.username(), "");
      portal.open("/public/language/" + lang + "?return=/portal");
      portal.open("/mandates/" + given.mandateId());
      session.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("code")), "the form for the code");
      pages.check("portal-activate-" + lang);
      portal.enterCode(given.mandateId(), "AAAA-AAAA-AAAA");
      assertFalse(portal.errors().isEmpty(), "a wrong code is refused: " + portal.text());
      pages.check("portal-activate-wrong-code-" + lang);
      portal.enterCode(given.mandateId(), given.code());
      assertEquals("", portal.errors(), portal.text());
      pages.check("portal-activated-" + lang);
      portal.open("/logout");
      session.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("main")), "the page after logging out");
      pages.check("portal-logged-out-" + lang);
    }
  }

  // --- the check -----------------------------------------------------------------------------------------------

  // --- the browser ---------------------------------------------------------------------------------------------

  /** A broker page's tab names the page by its own heading (the theme's template.ftl), not "Inloggen". */
  private void assertTitleIsTheHeading() {
    String heading = chromium.findElement(By.tagName("h1")).getText().trim();
    assertFalse(heading.isEmpty(), "a heading on " + chromium.getCurrentUrl());
    assertEquals(heading + " — Namens", chromium.getTitle(), "the title of " + chromium.getCurrentUrl());
  }

  private void assertLang(String lang, String page) {
    assertEquals(lang, session.lang(), page + " in " + lang);
  }


}
