package nl.namens.tests;

import static nl.namens.tests.support.DemoServices.BEA;
import static nl.namens.tests.support.DemoServices.BELASTINGAANGIFTE;
import static nl.namens.tests.support.DemoServices.LOTTE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import nl.namens.tests.support.BrokerTestBase;
import nl.namens.tests.support.NamensServerConfig;
import nl.namens.tests.support.RegisterAdmin;
import nl.namens.tests.support.ServiceClients;
import org.junit.jupiter.api.Test;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.oauth.OAuthClient;
import org.keycloak.testframework.oauth.annotations.InjectOAuthClient;
import org.keycloak.testsuite.util.oauth.AccessTokenResponse;
import org.keycloak.testsuite.util.oauth.AuthorizationEndpointResponse;

/** The choice is checked again whenever tokens are issued: a revoked mandate is never in a new token. */
@KeycloakIntegrationTest(config = NamensServerConfig.class)
class RevocationAtTokenTimeIT extends BrokerTestBase {

  @InjectOAuthClient(ref = "belasting", realmRef = "namens", config = ServiceClients.Belastingaangifte.class)
  OAuthClient belasting;

  private final RegisterAdmin register = new RegisterAdmin();

  private String freshMandateBeaForLotte() {
    return register.createMandate(
        "BSN", BEA, "BSN", LOTTE, List.of(BELASTINGAANGIFTE), LocalDate.now().minusDays(1), LocalDate.now().plusMonths(6));
  }

  @Test
  void mandateRevokedBetweenChoiceAndTokenIsNotIssued() {
    String mandate = freshMandateBeaForLotte();
    openLogin(belasting, BELASTINGAANGIFTE);
    browser.loginWithDigid("lotte");
    browser.actFor("Bea de Vries");
    AuthorizationEndpointResponse login = belasting.parseLoginResponse();

    register.revoke(mandate);

    AccessTokenResponse tokens = exchange(belasting, login.getCode());
    assertEquals(400, tokens.getStatusCode());
    assertEquals("invalid_grant", tokens.getError());
    assertNull(tokens.getAccessToken());
  }

  @Test
  void refreshAfterRevocationIsRefused() {
    String mandate = freshMandateBeaForLotte();
    openLogin(belasting, BELASTINGAANGIFTE);
    browser.loginWithDigid("lotte");
    browser.actFor("Bea de Vries");
    AccessTokenResponse tokens = tokensAfterLogin(belasting);
    assertEquals(BEA, represents(belasting, tokens.getIdToken()).get("sub"));

    register.revoke(mandate);

    AccessTokenResponse refreshed = belasting.doRefreshTokenRequest(tokens.getRefreshToken());
    assertEquals(400, refreshed.getStatusCode());
    assertEquals("invalid_grant", refreshed.getError());
    assertNull(refreshed.getAccessToken());
  }
}
