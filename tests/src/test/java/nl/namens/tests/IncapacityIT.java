package nl.namens.tests;

import static nl.namens.tests.support.DemoServices.AFVALPAS;
import static nl.namens.tests.support.DemoServices.BELASTINGAANGIFTE;
import static nl.namens.tests.support.DemoServices.FREE_BSN_2;
import static nl.namens.tests.support.DemoServices.RIA;
import static nl.namens.tests.support.DemoServices.ZORGDOSSIER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import nl.namens.tests.support.BrokerTestBase;
import nl.namens.tests.support.NamensServerConfig;
import nl.namens.tests.support.RegisterAdmin;
import nl.namens.tests.support.RegisterStack;
import nl.namens.tests.support.ServiceClients;
import org.junit.jupiter.api.Test;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.oauth.OAuthClient;
import org.keycloak.testframework.oauth.annotations.InjectOAuthClient;
import org.keycloak.testsuite.util.oauth.AccessTokenResponse;
import org.keycloak.testsuite.util.oauth.AuthorizationEndpointResponse;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * A person under curatele, beschermingsbewind or mentorschap may not act for themselves where the measure applies:
 * the broker stops them with a page that says why and who may act for them, and lets them only go back to the
 * service. Elsewhere they log in as themselves.
 */
@KeycloakIntegrationTest(config = NamensServerConfig.class)
class IncapacityIT extends BrokerTestBase {


  @InjectOAuthClient(ref = "belasting", realmRef = "namens", config = ServiceClients.Belastingaangifte.class)
  OAuthClient belasting;

  @InjectOAuthClient(ref = "zorg", realmRef = "namens", config = ServiceClients.Zorgdossier.class)
  OAuthClient zorg;

  @InjectOAuthClient(ref = "afval", realmRef = "namens", config = ServiceClients.Afvalpas.class)
  OAuthClient afval;

  private final RegisterAdmin register = new RegisterAdmin();

  @Test
  void personUnderCurateleIsStoppedAndToldWhoActsForHim() {
    openLogin(afval, AFVALPAS, "nl"); // a general service: curatele covers every service
    browser.loginWithDigid("wim");

    assertTrue(browser.onIncapacityPage(), browser.pageText());
    assertTrue(
        browser.incapacityReason().toLowerCase().contains("curatele"), "reason: " + browser.incapacityReason());
    assertTrue(
        browser.incapacityRepresentatives().contains("Kees Kramer"),
        "representatives: " + browser.incapacityRepresentatives());
    assertFalse(browser.onActingForPage(), "nothing to choose");
    assertFalse(browser.showsInternalUsername(), "no internal username: " + driver.driver().getPageSource());
    assertTrue(driver.driver().findElements(By.id("namens-acting-for-option-self")).isEmpty(), "no 'myself'");
    assertTrue(driver.driver().findElements(By.id("namens-acting-for-continue-self")).isEmpty(), "no 'continue'");
    assertNull(codeReceived(afval), "no authorization code: " + browser.currentUrl());
  }

  @Test
  void cancellingTheIncapacityPageReturnsToTheServiceWithAccessDenied() {
    openLogin(afval, AFVALPAS, "nl");
    browser.loginWithDigid("wim");
    assertTrue(browser.onIncapacityPage(), browser.pageText());

    browser.incapacityCancel().click();

    AuthorizationEndpointResponse response = afval.parseLoginResponse();
    assertTrue(response.isRedirected(), "back at the service: " + browser.currentUrl());
    assertEquals("access_denied", response.getError(), browser.currentUrl());
    assertNull(response.getCode());
  }

  @Test
  void aForgedContinueAsHimselfIsRefused() {
    openLogin(belasting, BELASTINGAANGIFTE, "nl");
    browser.loginWithDigid("wim");
    assertTrue(browser.onIncapacityPage(), browser.pageText());

    assertTrue(browser.forgeContinueAsSelf(), "the cancel button sits in a form");

    assertNull(
        codeReceived(belasting),
        "no authorization code for a forged 'myself': " + browser.currentUrl() + " " + browser.pageText());
  }

  @Test
  void personUnderBewindLogsInAsHerselfAtCareService() {
    openLogin(zorg, ZORGDOSSIER, "nl");
    browser.loginWithDigid("ria");

    assertFalse(browser.onIncapacityPage(), "bewind covers financial affairs only: " + browser.pageText());
    assertFalse(browser.onActingForPage(), browser.pageText());
    AccessTokenResponse tokens = tokensAfterLogin(zorg);
    assertEquals(200, tokens.getStatusCode(), tokens.getErrorDescription());
    assertNull(represents(zorg, tokens.getIdToken()));
    assertNull(representation(zorg, tokens.getIdToken()));
  }

  @Test
  void personUnderBewindIsStoppedAtFinancialService() {
    openLogin(belasting, BELASTINGAANGIFTE, "nl");
    browser.loginWithDigid("ria");

    assertTrue(browser.onIncapacityPage(), browser.pageText());
    assertTrue(browser.incapacityReason().toLowerCase().contains("bewind"), "reason: " + browser.incapacityReason());
    assertTrue(
        browser.incapacityRepresentatives().contains("Bart Bos"),
        "representatives: " + browser.incapacityRepresentatives());
    assertFalse(browser.incapacityRepresentatives().contains("Kees Kramer"), "only Ria's own representatives");
  }

  @Test
  void personUnderMentorschapIsStoppedAtCareService() {
    openLogin(zorg, ZORGDOSSIER, "nl");
    browser.loginWithDigid("otto");

    assertTrue(browser.onIncapacityPage(), browser.pageText());
    assertTrue(
        browser.incapacityReason().toLowerCase().contains("mentorschap"), "reason: " + browser.incapacityReason());
    assertTrue(
        browser.incapacityRepresentatives().contains("Mira Mens"),
        "representatives: " + browser.incapacityRepresentatives());
  }

  @Test
  void personUnderBewindWhoHoldsAMandateSeesMyselfDisabledAndMayActForHerPrincipal() {
    LocalDate today = RegisterStack.today();
    register.ensureParty("BSN", FREE_BSN_2, "Femke Vrij");
    register.ensureParty("BSN", RIA, "Ria Ruiters"); // in the demo data already: then a 409, which is fine
    String mandate =
        register.createMandate(
            "BSN", FREE_BSN_2, "BSN", RIA, List.of(BELASTINGAANGIFTE), today.minusDays(1), today.plusMonths(1));
    try {
      openLogin(belasting, BELASTINGAANGIFTE, "nl");
      browser.loginWithDigid("ria");

      assertTrue(browser.onActingForPage(), browser.pageText());
      assertFalse(browser.onIncapacityPage(), "she has someone to act for");
      WebElement self = browser.selfOption();
      assertNotNull(self.getAttribute("disabled"), "'myself' is shown disabled");
      assertTrue(browser.pageText().toLowerCase().contains("bewind"), "the reason is given: " + browser.pageText());

      browser.forgeOption(self, "self");
      browser.submitChoice();
      assertTrue(browser.onActingForPage(), "a forged 'myself' is refused: " + browser.pageText());

      browser.actFor("Femke Vrij");
      AccessTokenResponse tokens = tokensAfterLogin(belasting);
      assertEquals(FREE_BSN_2, represents(belasting, tokens.getIdToken()).get("sub"));
      assertEquals("voluntary", representation(belasting, tokens.getIdToken()).get("kind"));
    } finally {
      register.revoke(mandate);
    }
  }

  @Test
  void registerDownStillLetsAPersonUnderCurateleLogInAsHimself() {
    // Documented decision: failing closed is about representation; an unanswered capacity question does not
    // lock people out of their own affairs.
    RegisterStack.stop();
    try {
      openLogin(afval, AFVALPAS, "nl");
      browser.loginWithDigid("wim");

      assertFalse(browser.onIncapacityPage(), browser.pageText());
      assertFalse(driver.driver().findElements(By.id("namens-register-unavailable")).isEmpty(), browser.pageText());
      driver.findElement(By.id("namens-acting-for-continue-self")).click();

      AccessTokenResponse tokens = tokensAfterLogin(afval);
      assertEquals(200, tokens.getStatusCode(), tokens.getErrorDescription());
      assertNull(represents(afval, tokens.getIdToken()));
    } finally {
      RegisterStack.ensureRunning();
    }
  }
}
