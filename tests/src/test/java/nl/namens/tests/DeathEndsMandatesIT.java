package nl.namens.tests;

import static nl.namens.tests.support.DemoServices.BELASTINGAANGIFTE;
import static nl.namens.tests.support.DemoServices.LOTTE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import nl.namens.tests.support.BrokerTestBase;
import nl.namens.tests.support.NamensServerConfig;
import nl.namens.tests.support.RegisterAdmin;
import nl.namens.tests.support.ServiceClients;
import nl.namens.tests.support.TestBsns;
import org.junit.jupiter.api.Test;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.oauth.OAuthClient;
import org.keycloak.testframework.oauth.annotations.InjectOAuthClient;
import org.keycloak.testsuite.util.oauth.AccessTokenResponse;

/**
 * The BRP deaths feed through the real register and broker: a death ends the deceased's voluntary mandates at once,
 * so the representative's session under one can no longer refresh, and the next login no longer offers the deceased.
 */
@KeycloakIntegrationTest(config = NamensServerConfig.class)
class DeathEndsMandatesIT extends BrokerTestBase {

  @InjectOAuthClient(ref = "belasting", realmRef = "namens", config = ServiceClients.Belastingaangifte.class)
  OAuthClient belasting;

  private final RegisterAdmin register = new RegisterAdmin();

  @Test
  void aDeathFromTheFeedEndsTheMandateAndTheRepresentativesRefreshIsRefused() {
    // a person of this test only: a death is for good, and the register is shared by every test of the run
    String dora = TestBsns.block(99_940_000 + new Random().nextInt(9_000), 1).get(0);
    register.ensureParty("BSN", dora, "Dora Doodeman");
    String mandate =
        register.createMandate(
            "BSN", dora, "BSN", LOTTE, List.of(BELASTINGAANGIFTE), LocalDate.now().minusDays(1), LocalDate.now().plusMonths(6));
    openLogin(belasting, BELASTINGAANGIFTE);
    browser.loginWithDigid("lotte");
    browser.actFor("Dora Doodeman");
    AccessTokenResponse tokens = tokensAfterLogin(belasting);
    assertEquals(dora, represents(belasting, tokens.getIdToken()).get("sub"));

    JsonNode report = register.recordDeath(dora, LocalDate.now().minusDays(1));

    assertEquals(1, report.path("applied").asInt(), report.toString());
    assertFalse(report.toString().contains(dora), "no BSN in the report: " + report);
    assertEquals("revoked", register.mandate(mandate).path("status").asText());
    AccessTokenResponse refreshed = belasting.doRefreshTokenRequest(tokens.getRefreshToken());
    assertEquals(400, refreshed.getStatusCode(), "Lotte's refresh after Dora's death");
    assertEquals("invalid_grant", refreshed.getError());
    assertNull(refreshed.getAccessToken());

    // The same row again changes nothing; Lotte's next login no longer offers Dora.
    assertEquals(1, register.recordDeath(dora, LocalDate.now().minusDays(1)).path("unchanged").asInt());
    logoutEverywhere();
    forgetCookies();
    openLogin(belasting, BELASTINGAANGIFTE);
    browser.loginWithDigid("lotte");
    assertFalse(browser.pageText().contains("Dora Doodeman"), browser.pageText());
  }
}
