package nl.namens.tests;

import static nl.namens.tests.support.DemoServices.BEA;
import static nl.namens.tests.support.DemoServices.BELASTINGAANGIFTE;
import static nl.namens.tests.support.DemoServices.CARLA;
import static nl.namens.tests.support.DemoServices.JAN;
import static nl.namens.tests.support.DemoServices.ZORGDOSSIER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import nl.namens.tests.support.BrokerTestBase;
import nl.namens.tests.support.NamensServerConfig;
import nl.namens.tests.support.ServiceClients;
import org.junit.jupiter.api.Test;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.oauth.OAuthClient;
import org.keycloak.testframework.oauth.annotations.InjectOAuthClient;
import org.keycloak.testsuite.util.oauth.AccessTokenResponse;
import org.keycloak.testsuite.util.oauth.UserInfoResponse;
import org.openqa.selenium.WebElement;

/** A citizen logs in with DigiD through the broker and acts for someone else, or for themselves. */
@KeycloakIntegrationTest(config = NamensServerConfig.class)
class DigidRepresentationIT extends BrokerTestBase {

  private static final String SUBSTANTIAL = "http://eidas.europa.eu/LoA/substantial";

  @InjectOAuthClient(ref = "belasting", realmRef = "namens", config = ServiceClients.Belastingaangifte.class)
  OAuthClient belasting;

  @InjectOAuthClient(ref = "zorg", realmRef = "namens", config = ServiceClients.Zorgdossier.class)
  OAuthClient zorg;

  @InjectOAuthClient(
      ref = "belasting-no-minimum",
      realmRef = "namens",
      config = ServiceClients.BelastingaangifteWithoutMinimum.class)
  OAuthClient belastingWithoutMinimum;

  @Test
  void citizenActsForPrincipalAndTokensSayWhom() {
    openLogin(belasting, BELASTINGAANGIFTE);
    browser.loginWithDigid("jan");
    assertTrue(browser.onActingForPage(), browser.pageText());

    browser.actFor("Bea de Vries");
    AccessTokenResponse tokens = tokensAfterLogin(belasting);

    for (String jwt : List.of(tokens.getIdToken(), tokens.getAccessToken())) {
      Map<String, Object> represents = represents(belasting, jwt);
      assertNotNull(represents, "represents in " + jwt);
      assertRepresentsBsn(represents, BEA, jwt.equals(tokens.getIdToken()));
      assertNotNull(represents.get("iss"));
      assertFalse(represents.containsKey("exp") || represents.containsKey("nbf") || represents.containsKey("aud"));
      assertEquals(SUBSTANTIAL, acr(belasting, jwt));
      Map<String, Object> representation = representation(belasting, jwt);
      assertEquals("voluntary", representation.get("kind"));
      assertEquals(BELASTINGAANGIFTE, representation.get("service"));
      assertNotNull(representation.get("mandate_id"));
      assertNotNull(representation.get("valid_until"));
    }
    assertFalse(tokens.getIdToken().contains("amr"), "no amr");
  }

  @Test
  void actingForPageShowsNoInternalUsername() {
    openLogin(belasting, BELASTINGAANGIFTE);
    browser.loginWithDigid("jan");

    assertTrue(browser.onActingForPage(), browser.pageText());
    assertFalse(browser.showsInternalUsername(), "no internal username: " + driver.driver().getPageSource());
  }

  @Test
  void userinfoSaysTheLevelOfAssuranceAndTheRepresentation() {
    openLogin(belasting, BELASTINGAANGIFTE);
    browser.loginWithDigid("jan");
    browser.actFor("Bea de Vries");
    AccessTokenResponse tokens = tokensAfterLogin(belasting);

    UserInfoResponse userInfo = belasting.doUserInfoRequest(tokens.getAccessToken());

    assertEquals(200, userInfo.getStatusCode());
    Map<String, Object> claims = userInfo.getUserInfo().getOtherClaims();
    assertEquals(SUBSTANTIAL, claims.get("acr"), claims.toString());
    assertEquals(BEA, ((Map<?, ?>) claims.get("represents")).get("sub"), claims.toString());
  }

  @Test
  void choosingMyselfYieldsNoRepresents() {
    openLogin(belasting, BELASTINGAANGIFTE);
    browser.loginWithDigid("jan");
    browser.actAsMyself();

    AccessTokenResponse tokens = tokensAfterLogin(belasting);
    assertNull(represents(belasting, tokens.getIdToken()));
    assertNull(represents(belasting, tokens.getAccessToken()));
    assertEquals(SUBSTANTIAL, acr(belasting, tokens.getIdToken()));
  }

  @Test
  void onlyCurrentActiveMandatesForThisServiceAreOffered() {
    openLogin(belasting, BELASTINGAANGIFTE);
    browser.loginWithDigid("jan");

    String page = browser.pageText();
    assertTrue(page.contains("Bea de Vries"), page);
    // Dirk: Afvalpas only. Erik: expired. Fatima: not yet valid. Gerrit: revoked. Ilse: pending.
    for (String notOffered :
        List.of("Dirk Dekker", "Erik Evers", "Fatima El Amrani", "Gerrit Groen", "Ilse IJzerman", "Carla")) {
      assertFalse(page.contains(notOffered), notOffered + " offered on: " + page);
    }
    assertEquals(2, browser.optionValues().size(), "myself and Bea: " + browser.optionValues());
  }

  @Test
  void personWithoutMandatesSeesNoActingForPage() {
    openLogin(belasting, BELASTINGAANGIFTE);
    browser.loginWithDigid("piet");

    assertFalse(browser.onActingForPage());
    AccessTokenResponse tokens = tokensAfterLogin(belasting);
    assertNull(represents(belasting, tokens.getIdToken()));
  }

  /**
   * A client whose minimum level is configured below its service's (so nothing asks Karin for more than her usual
   * midden): the register's level for the relation still holds, Bea is shown but cannot be chosen.
   */
  @Test
  void mandateNeedingHigherAssuranceIsShownButCannotBeChosen() {
    OAuthClient belasting = belastingWithoutMinimum;
    openLogin(belasting, BELASTINGAANGIFTE);
    browser.loginWithDigid("karin"); // DigiD midden; Belastingaangifte needs substantieel

    WebElement bea = browser.optionFor("Bea de Vries");
    assertNotNull(bea.getAttribute("disabled"), "Bea must be shown disabled");
    String mandateId = bea.getAttribute("value");

    browser.forgeOption(bea, mandateId);
    browser.submitChoice();

    assertTrue(browser.onActingForPage(), "a forged choice is refused and the page is shown again");
    browser.actAsMyself();
    AccessTokenResponse tokens = tokensAfterLogin(belasting);
    assertNull(represents(belasting, tokens.getIdToken()));
    assertEquals("http://eidas.europa.eu/LoA/low", acr(belasting, tokens.getIdToken()));
  }

  @Test
  void forgedPrincipalIsRefusedAndNoClaimIssued() {
    openLogin(belasting, BELASTINGAANGIFTE);
    browser.loginWithDigid("jan");

    WebElement self = browser.selfOption();
    browser.forgeOption(self, "0b7e8f0e-1d43-4c4c-9a3c-5e2a1b0c9d8e");
    browser.submitChoice();

    assertTrue(browser.onActingForPage(), "the forged choice is refused: " + browser.pageText());
    String jan = broker.admin().users().searchByAttributes("namens.bsn:" + JAN).get(0).getId();
    assertEquals(1, failedLogins(jan), "brute-force protection counts the forged choice as a failed login");
    browser.actAsMyself();
    AccessTokenResponse tokens = tokensAfterLogin(belasting);
    assertNull(represents(belasting, tokens.getIdToken()));
  }

  /** The failed logins brute-force protection counts for the user (recorded after the request; waited for). */
  private int failedLogins(String userId) {
    Object failures = null;
    for (int attempt = 0; attempt < 50; attempt++) {
      failures = broker.admin().attackDetection().bruteForceUserStatus(userId).get("numFailures");
      if (failures instanceof Number n && n.intValue() > 0) {
        return n.intValue();
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    return failures instanceof Number n ? n.intValue() : 0;
  }

  @Test
  void singleSignOnAsksAgainPerServiceAndKeepsChoicesApart() {
    openLogin(belasting, BELASTINGAANGIFTE);
    browser.loginWithDigid("jan");
    browser.actFor("Bea de Vries");
    AccessTokenResponse first = tokensAfterLogin(belasting);
    assertEquals(BEA, represents(belasting, first.getIdToken()).get("sub"));

    // Same browser, second service: no DigiD login again, but the acting-for step for this service.
    openLogin(zorg, ZORGDOSSIER);
    assertTrue(browser.onActingForPage(), browser.pageText());
    String page = browser.pageText();
    assertTrue(page.contains("Carla Cornelissen"), page);
    assertFalse(page.contains("Bea de Vries"), "Bea's mandate is for Belastingaangifte only: " + page);
    browser.actFor("Carla Cornelissen");
    AccessTokenResponse second = tokensAfterLogin(zorg);
    assertEquals(CARLA, represents(zorg, second.getIdToken()).get("sub"));
    assertEquals(ZORGDOSSIER, representation(zorg, second.getIdToken()).get("service"));

    AccessTokenResponse refreshed = belasting.doRefreshTokenRequest(first.getRefreshToken());
    assertEquals(200, refreshed.getStatusCode(), refreshed.getErrorDescription());
    assertEquals(BEA, represents(belasting, refreshed.getIdToken()).get("sub"));
    assertEquals(BELASTINGAANGIFTE, representation(belasting, refreshed.getAccessToken()).get("service"));
  }

  @Test
  void discoveryListsTheRepresentationClaims() {
    List<String> claims = belasting.doWellKnownRequest().getClaimsSupported();
    assertTrue(claims.contains("represents"), claims.toString());
    assertTrue(claims.contains("representation"), claims.toString());
    assertTrue(claims.contains("acr"), claims.toString());
  }
}
