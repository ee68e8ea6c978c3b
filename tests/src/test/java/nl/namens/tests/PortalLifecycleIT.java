package nl.namens.tests;

import static nl.namens.tests.support.DemoServices.AFVALPAS;
import static nl.namens.tests.support.DemoServices.BEA;
import static nl.namens.tests.support.DemoServices.BELASTINGAANGIFTE;
import static nl.namens.tests.support.DemoServices.PIET;
import static nl.namens.tests.support.DemoServices.ZORGDOSSIER;
import static nl.namens.tests.support.DemoServices.LOTTE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import nl.namens.tests.portal.Axe;
import nl.namens.tests.portal.LabelInName;
import nl.namens.tests.portal.PortalBrowser;
import nl.namens.tests.portal.PortalBrowser.Registration;
import nl.namens.tests.support.BrokerTestBase;
import nl.namens.tests.support.NamensServerConfig;
import nl.namens.tests.support.ServiceClients;
import org.junit.jupiter.api.Test;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.oauth.OAuthClient;
import org.keycloak.testframework.oauth.annotations.InjectOAuthClient;
import org.keycloak.testsuite.util.oauth.AccessTokenResponse;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * "Mijn machtigingen" end to end: the portal (register, {@code /portal}) logging in through the broker with
 * DigiD (client {@code namens-portal}), the lifecycle through its pages, the mandate used at a service, and
 * revocation that bites; plus axe-core in headless Chromium on the main pages.
 */
@KeycloakIntegrationTest(config = NamensServerConfig.class)
class PortalLifecycleIT extends BrokerTestBase {

  private static final String CODE_FORMAT = "[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}";

  @InjectOAuthClient(ref = "belasting", realmRef = "namens", config = ServiceClients.Belastingaangifte.class)
  OAuthClient belasting;

  private PortalBrowser portal() {
    return new PortalBrowser(driver.driver());
  }

  /** Another person at the same computer: every session ended, every cookie gone. */
  private void nextPerson() {
    broker.admin().logoutAll();
    digidSimulator.admin().logoutAll();
    driver.driver().manage().deleteAllCookies();
  }

  @Test
  void registerActivateActForThePrincipalRevokeAndTheNextRefreshFails() {
    PortalBrowser portal = portal();
    portal.openAs("bea", "");
    Registration registration = portal.registerMandate(PIET, List.of(BELASTINGAANGIFTE));
    assertTrue(registration.code().matches(CODE_FORMAT), registration.code());
    assertEquals("pending", portal.status(registration.mandateId()));

    nextPerson();
    portal.openAs("piet", "");
    portal.enterCode(registration.mandateId(), registration.code());
    assertFalse(portal.notice().isEmpty(), portal.text());
    assertEquals("active", portal.status(registration.mandateId()));

    // Piet logs in at the tax service (his broker session is still there) and acts for Bea.
    openLogin(belasting, BELASTINGAANGIFTE);
    if (!browser.onActingForPage()) {
      browser.loginWithDigid("piet");
    }
    browser.actFor("Bea de Vries");
    AccessTokenResponse tokens = tokensAfterLogin(belasting);
    assertEquals(BEA, represents(belasting, tokens.getIdToken()).get("sub"));

    // Bea, at her own computer (Piet's session stays), revokes in the portal.
    forgetCookies();
    portal.openAs("bea", "");
    String who = driver.driver().findElement(By.cssSelector("li.who")).getText();
    assertTrue(who.contains("Bea de Vries"), "Bea is logged in, not Piet: " + who);
    portal.revoke(registration.mandateId());
    assertEquals("revoked", portal.status(registration.mandateId()));
    // the broker recorded Piet's use of the mandate: Bea sees who acted for her
    portal.open("/usages");
    assertTrue(portal.text().contains("Piet Pieters"), portal.text());
    assertTrue(portal.text().contains("Belastingaangifte"), portal.text());

    AccessTokenResponse refreshed = belasting.doRefreshTokenRequest(tokens.getRefreshToken());
    assertEquals(400, refreshed.getStatusCode());
    assertEquals("invalid_grant", refreshed.getError());
    assertNull(refreshed.getAccessToken());
  }

  @Test
  void fiveWrongCodesLockTheMandate() {
    PortalBrowser portal = portal();
    portal.openAs("bea", "");
    Registration registration = portal.registerMandate(PIET, List.of(AFVALPAS));

    nextPerson();
    portal.openAs("piet", "");
    for (int attempt = 1; attempt <= 4; attempt++) {
      portal.enterCode(registration.mandateId(), "AAAA-AAAA-AAAA");
      String errors = portal.errors();
      assertTrue(errors.contains(Integer.toString(5 - attempt)), "attempt " + attempt + ": " + errors);
      assertEquals("pending", portal.status(registration.mandateId()));
    }
    portal.enterCode(registration.mandateId(), "AAAA-AAAA-AAAA");
    assertFalse(portal.errors().isEmpty(), portal.text());
    assertEquals("locked", portal.status(registration.mandateId()));

    // Locked means locked: not even the right code opens it now.
    portal.open("/mandates/" + registration.mandateId());
    assertTrue(driver.driver().findElements(By.id("code")).isEmpty(), "no code form on a locked mandate");
    assertEquals("locked", portal.status(registration.mandateId()));
  }

  @Test
  void mainPortalPagesHaveNoAccessibilityViolations() {
    Axe.requireChromium();
    List<String> violations = new ArrayList<>();
    WebDriver chromium = Axe.chromium();
    try {
      PortalBrowser portal = new PortalBrowser(chromium);
      portal.openAs("bea", "");
      for (String page : List.of("", "/mandates/new", "/requests/new", "/usages", "/post")) {
        portal.open(page);
        violations.addAll(Axe.violations(chromium));
      }
      Registration registration = portal.registerMandate(LOTTE, List.of(ZORGDOSSIER));
      violations.addAll(Axe.violations(chromium)); // the code page
      portal.open("/mandates/" + registration.mandateId());
      violations.addAll(Axe.violations(chromium));
      portal.submit(By.id("revoke-link"));
      violations.addAll(Axe.violations(chromium)); // the confirmation
      // revoke it: the register is shared by all tests (PortalRequestAndHelpdeskIT asks Bea for Zorgdossier)
      portal.submit(By.id("revoke-submit"));
      new WebDriverWait(chromium, Duration.ofSeconds(20))
          .until(ExpectedConditions.presenceOfElementLocated(By.id("notice")));

      // A form with errors: the error summary, the invalid fields.
      portal.open("/mandates/new");
      chromium.findElement(By.id("counterpartId")).sendKeys("12345");
      portal.submit(By.id("register-submit"));
      assertFalse(portal.errors().isEmpty(), portal.text());
      violations.addAll(Axe.violations(chromium));

      // English.
      portal.open("/public/language/en?return=/portal");
      assertEquals("en", chromium.findElement(By.tagName("html")).getAttribute("lang"));
      violations.addAll(Axe.violations(chromium));

      // The helpdesk agent's page. Bea's sessions end first: deleteAllCookies deletes only the cookies of the current
      // page's path, and Bea's broker session would log her in again (and show her the helpdesk's error page).
      broker.admin().logoutAll();
      digidSimulator.admin().logoutAll();
      chromium.manage().deleteAllCookies();
      portal.openAs("henk", "/helpdesk");
      assertFalse(
          chromium.findElements(By.id("helpdesk-register-submit")).isEmpty(), "Henk's helpdesk page: " + portal.text());
      violations.addAll(Axe.violations(chromium));
    } finally {
      chromium.quit();
    }
    assertEquals(List.of(), violations, String.join("\n", violations));
  }

  /**
   * Jan holds seven mandates in the demo data (and has one to activate): his overview has a "Bekijken" link in every
   * row. Axe (with label-in-name) in Dutch and English on the overview and on a mandate's page, and each view link's
   * accessible name, as Chromium computes it, starts with the word on the link.
   */
  @Test
  void overviewWithMandatesNamesEachLinkByItsVisibleTextInDutchAndEnglish() {
    Axe.requireChromium();
    List<String> violations = new ArrayList<>();
    WebDriver chromium = Axe.chromium();
    try {
      PortalBrowser portal = new PortalBrowser(chromium);
      portal.openAs("jan", "");
      assertEquals("nl", chromium.findElement(By.tagName("html")).getAttribute("lang"));
      checkOverviewAndAMandate(portal, chromium, "Bekijken", violations);

      portal.open("/public/language/en?return=/portal");
      assertEquals("en", chromium.findElement(By.tagName("html")).getAttribute("lang"));
      checkOverviewAndAMandate(portal, chromium, "View", violations);
    } finally {
      chromium.quit();
    }
    assertEquals(List.of(), violations, String.join("\n", violations));
  }

  /**
   * On the overview: each view link, axe, and label-in-name of every link and button; axe and label-in-name again on
   * the first mandate's page. Collects what is wrong rather than stopping at the first, so one run shows it all.
   */
  private static void checkOverviewAndAMandate(
      PortalBrowser portal, WebDriver chromium, String view, List<String> violations) {
    portal.open("");
    List<WebElement> links = chromium.findElements(By.cssSelector("table.mandates a[id^='view-']"));
    assertTrue(links.size() >= 7, "Jan's seven mandates of the demo data: " + portal.text());
    for (WebElement link : links) {
      String visible = LabelInName.visibleText(chromium, link);
      String name = LabelInName.accessibleName(link);
      if (!view.equals(visible) || !name.startsWith(view) || name.length() <= view.length()) {
        violations.add(
            link.getAttribute("id") + " shows \"" + visible + "\" and is named \"" + name
                + "\": expected to show \"" + view + "\" and a name that starts with it and says which mandate");
      }
    }
    violations.addAll(Axe.violations(chromium));
    violations.addAll(LabelInName.mismatches(chromium));

    portal.submit(By.id(links.get(0).getAttribute("id")));
    assertFalse(chromium.findElements(By.id("mandate-status")).isEmpty(), "a mandate's page: " + portal.text());
    violations.addAll(Axe.violations(chromium));
    violations.addAll(LabelInName.mismatches(chromium));
  }
}
