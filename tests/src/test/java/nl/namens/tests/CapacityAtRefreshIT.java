package nl.namens.tests;

import static nl.namens.tests.support.DemoServices.BELASTINGAANGIFTE;
import static nl.namens.tests.support.DemoServices.PETRA;
import static nl.namens.tests.support.DemoServices.ZORGDOSSIER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.namens.tests.support.BrokerTestBase;
import nl.namens.tests.support.LegalRow;
import nl.namens.tests.support.NamensServerConfig;
import nl.namens.tests.support.PetrasClients;
import nl.namens.tests.support.RegisterAdmin;
import nl.namens.tests.support.ServiceClients;
import org.junit.jupiter.api.Test;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.oauth.OAuthClient;
import org.keycloak.testframework.oauth.annotations.InjectOAuthClient;
import org.keycloak.testsuite.util.oauth.AccessTokenResponse;

/**
 * Incapacity that starts during a session: a person who logged in as herself keeps her tokens only while she may
 * still act for herself at that service. The court feed places Petra under beschermingsbewind; her refresh at a
 * financial service is refused, at a care service (bewind does not cover it) it goes on.
 */
@KeycloakIntegrationTest(config = NamensServerConfig.class)
class CapacityAtRefreshIT extends BrokerTestBase {

  /** Petra's bewindvoerder in this class only; has no DigiD login, so no other test sees him. */
  private static final String ROB = "999990354";

  @InjectOAuthClient(ref = "belasting", realmRef = "namens", config = ServiceClients.Belastingaangifte.class)
  OAuthClient belasting;

  @InjectOAuthClient(ref = "zorg", realmRef = "namens", config = ServiceClients.Zorgdossier.class)
  OAuthClient zorg;

  private final RegisterAdmin register = new RegisterAdmin();

  private static LegalRow bewindOverPetra() {
    return LegalRow.court(
            "it-capacity-refresh-" + UUID.randomUUID(),
            "bewind",
            PETRA,
            ROB,
            "Rechtbank Oost-Brabant",
            LocalDate.now().minusDays(1),
            "C/01/" + (100000 + (int) (Math.random() * 800000)))
        .representedName("Petra Pauw")
        .representativeName("Rob Rentmeester");
  }

  /**
   * Petra logs in as herself. As a professional bewindvoerder she may have clients here (imported once per run,
   * whatever ran before): then she chooses "myself" on the acting-for page.
   */
  private AccessTokenResponse petraLogsInAsHerself(OAuthClient oauth, String service) {
    openLogin(oauth, service, "nl");
    browser.loginWithDigid("petra");
    if (browser.onActingForPage()) {
      browser.actAsMyself();
    }
    AccessTokenResponse tokens = tokensAfterLogin(oauth);
    assertEquals(200, tokens.getStatusCode(), tokens.getErrorDescription());
    assertNull(represents(oauth, tokens.getIdToken()), "as herself");
    assertNotNull(tokens.getRefreshToken());
    return tokens;
  }

  @Test
  void bewindStartedDuringTheSessionEndsTheRefreshAtAFinancialService() {
    PetrasClients.ensureImported(register);
    AccessTokenResponse tokens = petraLogsInAsHerself(belasting, BELASTINGAANGIFTE);
    AccessTokenResponse before = belasting.doRefreshTokenRequest(tokens.getRefreshToken());
    assertEquals(200, before.getStatusCode(), "refresh while she may act for herself: " + before.getErrorDescription());

    LegalRow row = bewindOverPetra();
    register.importCourt(List.of(row)).requireAllTaken(1);
    try {
      AccessTokenResponse refreshed = belasting.doRefreshTokenRequest(before.getRefreshToken());
      assertEquals(400, refreshed.getStatusCode(), "refresh after the court placed her under bewind");
      assertEquals("invalid_grant", refreshed.getError());
      assertEquals(
          "the user may no longer act for themselves at this service", refreshed.getErrorDescription());
      assertNull(refreshed.getAccessToken());

      logoutEverywhere();
      openLogin(belasting, BELASTINGAANGIFTE, "nl");
      browser.loginWithDigid("petra");
      if (browser.onActingForPage()) {
        // she still acts for her clients, but no longer for herself
        assertNotNull(browser.selfOption().getAttribute("disabled"), "'myself' disabled: " + browser.pageText());
      } else {
        assertTrue(browser.onIncapacityPage(), browser.pageText());
        assertTrue(
            browser.incapacityRepresentatives().contains("Rob Rentmeester"),
            "representatives: " + browser.incapacityRepresentatives());
      }
      assertTrue(browser.pageText().toLowerCase().contains("bewind"), "the reason is given: " + browser.pageText());
      assertNull(codeReceived(belasting), "no authorization code: " + browser.currentUrl());
    } finally {
      register.importCourt(List.of(row.terminated(true))).requireAllTaken(1);
    }

    logoutEverywhere();
    petraLogsInAsHerself(belasting, BELASTINGAANGIFTE); // the bewind ended: herself again
  }

  @Test
  void bewindStartedDuringTheSessionLeavesTheRefreshAtACareService() {
    AccessTokenResponse tokens = petraLogsInAsHerself(zorg, ZORGDOSSIER);

    LegalRow row = bewindOverPetra();
    register.importCourt(List.of(row)).requireAllTaken(1);
    try {
      AccessTokenResponse refreshed = zorg.doRefreshTokenRequest(tokens.getRefreshToken());
      assertEquals(200, refreshed.getStatusCode(), "bewind covers financial affairs only: " + refreshed.getErrorDescription());
      assertNotNull(refreshed.getAccessToken());
      assertNull(represents(zorg, refreshed.getAccessToken()));
      assertFalse(refreshed.getRefreshToken() == null, "a new refresh token");
    } finally {
      register.importCourt(List.of(row.terminated(true))).requireAllTaken(1);
    }
  }
}
