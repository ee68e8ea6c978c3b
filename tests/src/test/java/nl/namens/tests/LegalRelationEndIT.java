package nl.namens.tests;

import static nl.namens.tests.support.DemoServices.BART;
import static nl.namens.tests.support.DemoServices.BELASTINGAANGIFTE;
import static nl.namens.tests.support.DemoServices.NALATENSCHAP;
import static nl.namens.tests.support.DemoServices.NOOR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.namens.tests.support.BrokerTestBase;
import nl.namens.tests.support.LegalRow;
import nl.namens.tests.support.NamensServerConfig;
import nl.namens.tests.support.RegisterAdmin;
import nl.namens.tests.support.ServiceClients;
import org.junit.jupiter.api.Test;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.oauth.OAuthClient;
import org.keycloak.testframework.oauth.annotations.InjectOAuthClient;
import org.keycloak.testsuite.util.oauth.AccessTokenResponse;

/**
 * A legal relation that ends (a court decision terminated through the feed, an estate settled) is never in a token
 * issued or refreshed after the change, and is no longer offered.
 */
@KeycloakIntegrationTest(config = NamensServerConfig.class)
class LegalRelationEndIT extends BrokerTestBase {

  /** Clients of this class only (see DemoServices for the BSNs other tests use). */
  private static final String FENNA = "999990305";
  private static final String HENDRIK = "999990317";

  @InjectOAuthClient(ref = "belasting", realmRef = "namens", config = ServiceClients.Belastingaangifte.class)
  OAuthClient belasting;

  @InjectOAuthClient(ref = "nalatenschap", realmRef = "namens", config = ServiceClients.Nalatenschap.class)
  OAuthClient nalatenschap;

  private final RegisterAdmin register = new RegisterAdmin();


  @Test
  void bewindTerminatedByTheCourtFeedEndsTheRefreshAndTheOffer() throws Exception {
    LegalRow row =
        LegalRow.court(
                "it-end-bewind-" + UUID.randomUUID(),
                "bewind",
                FENNA,
                BART,
                "Rechtbank Gelderland",
                LocalDate.now().minusMonths(3),
                "C/05/" + (100000 + (int) (Math.random() * 800000)))
            .representedName("Fenna Feddema");
    register.importCourt(List.of(row)).requireAllTaken(1);

    openLogin(belasting, BELASTINGAANGIFTE, "nl");
    browser.loginWithDigid("bart");
    browser.actFor("Fenna Feddema");
    AccessTokenResponse tokens = tokensAfterLogin(belasting);
    assertEquals(FENNA, represents(belasting, tokens.getIdToken()).get("sub"));
    assertEquals("bewind", representation(belasting, tokens.getAccessToken()).get("kind"));

    String bart = broker.admin().users().searchByAttributes("namens.bsn:" + BART).get(0).getId();
    assertEquals(1, broker.admin().users().get(bart).getUserSessions().size());

    register.importCourt(List.of(row.terminated(true))).requireAllTaken(1);

    // the register tells the broker once the feed's row has committed: Bart's session under it ends
    awaitNoSessions(bart, "the session under the bewind ended");

    AccessTokenResponse refreshed = belasting.doRefreshTokenRequest(tokens.getRefreshToken());
    assertEquals(400, refreshed.getStatusCode(), "refresh after the court ended the bewind");
    assertEquals("invalid_grant", refreshed.getError());
    assertNull(refreshed.getAccessToken());

    logoutEverywhere();
    openLogin(belasting, BELASTINGAANGIFTE, "nl");
    browser.loginWithDigid("bart");
    assertTrue(browser.onActingForPage(), "Bart still acts for Ria: " + browser.pageText());
    assertEquals(List.of("Ria Ruiters"), browser.principalNames());
  }

  @Test
  void settledEstateEndsTheRefreshAndTheOffer() {
    register.ensureParty("BSN", HENDRIK, "Hendrik Haan");
    register.recordDeath(HENDRIK, java.time.LocalDate.now().minusMonths(1));
    String survivor =
        register.registerSurvivorMandate(
            HENDRIK, NOOR, "heir", "verklaring-van-erfrecht", "IT-ERF-" + UUID.randomUUID(), List.of(NALATENSCHAP));
    try {
      openLogin(nalatenschap, NALATENSCHAP, "nl");
      browser.loginWithDigid("noor");
      assertEquals(List.of("Gijs Nagel", "Hendrik Haan"), browser.principalNames());
      browser.actFor("Hendrik Haan");
      AccessTokenResponse tokens = tokensAfterLogin(nalatenschap);
      assertEquals(HENDRIK, represents(nalatenschap, tokens.getIdToken()).get("sub"));
      Map<String, Object> basis = legalBasis(nalatenschap, tokens.getAccessToken());
      assertEquals("BW 4:182", basis.get("law"), "an heir: " + basis);
      assertEquals("verklaring-van-erfrecht", basis.get("evidence"), basis.toString());

      register.endSurvivorMandate(survivor, "settled");
      survivor = null;

      AccessTokenResponse refreshed = nalatenschap.doRefreshTokenRequest(tokens.getRefreshToken());
      assertEquals(400, refreshed.getStatusCode(), "refresh after the estate was settled");
      assertEquals("invalid_grant", refreshed.getError());

      logoutEverywhere();
      openLogin(nalatenschap, NALATENSCHAP, "nl");
      browser.loginWithDigid("noor");
      assertFalse(browser.principalNames().contains("Hendrik Haan"), browser.pageText());
    } finally {
      if (survivor != null) {
        register.endSurvivorMandate(survivor, "revoked");
      }
    }
  }
}
