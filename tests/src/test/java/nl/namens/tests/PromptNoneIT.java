package nl.namens.tests;

import static nl.namens.tests.support.DemoServices.BELASTINGAANGIFTE;
import static nl.namens.tests.support.DemoServices.ZORGDOSSIER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import nl.namens.tests.support.BrokerTestBase;
import nl.namens.tests.support.NamensServerConfig;
import nl.namens.tests.support.ServiceClients;
import org.junit.jupiter.api.Test;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.oauth.OAuthClient;
import org.keycloak.testframework.oauth.annotations.InjectOAuthClient;
import org.keycloak.testsuite.util.oauth.AccessTokenResponse;
import org.keycloak.testsuite.util.oauth.AuthorizationEndpointResponse;
import org.keycloak.testsuite.util.oauth.PkceGenerator;

/**
 * {@code prompt=none} (OIDC Core 3.1.2.6), case by case: without a broker session {@code login_required}; with
 * one, {@code interaction_required} whenever only the person can answer (whom to act for, or the incapacity
 * page); a silent login only when there is nothing to choose.
 */
@KeycloakIntegrationTest(config = NamensServerConfig.class)
class PromptNoneIT extends BrokerTestBase {

  @InjectOAuthClient(ref = "belasting", realmRef = "namens", config = ServiceClients.Belastingaangifte.class)
  OAuthClient belasting;

  @InjectOAuthClient(ref = "zorg", realmRef = "namens", config = ServiceClients.Zorgdossier.class)
  OAuthClient zorg;

  @InjectOAuthClient(ref = "noservice", realmRef = "namens", config = ServiceClients.NoService.class)
  OAuthClient noService;

  /** A login at {@code oauth} with {@code prompt=none}: the client's answer, read at once. */
  private AuthorizationEndpointResponse silently(OAuthClient oauth, String service, PkceGenerator pkce) {
    oauth.scope(service == null ? "openid" : "openid urn:uuid:" + service);
    oauth.loginForm().codeChallenge(pkce).prompt("none").open();
    return oauth.parseLoginResponse();
  }

  /** A broker session for {@code digidUser}, made by an interactive login at the client without services. */
  private void loggedInAs(String digidUser) {
    noService.scope("openid");
    noService.loginForm().codeChallenge(PkceGenerator.s256()).open();
    browser.loginWithDigid(digidUser);
    assertNotNull(codeReceived(noService), browser.pageText());
  }

  @Test
  void withoutABrokerSessionTheAnswerIsLoginRequired() {
    AuthorizationEndpointResponse response = silently(belasting, BELASTINGAANGIFTE, PkceGenerator.s256());

    assertEquals("login_required", response.getError());
    assertNull(response.getCode());
  }

  @Test
  void withSomeoneToChooseTheAnswerIsInteractionRequired() {
    loggedInAs("jan"); // acts for Bea at Belastingaangifte

    AuthorizationEndpointResponse response = silently(belasting, BELASTINGAANGIFTE, PkceGenerator.s256());

    assertEquals("interaction_required", response.getError(), response.getErrorDescription());
    assertNull(response.getCode());
  }

  @Test
  void personWhoMayNotActForHimselfHereGetsInteractionRequired() {
    loggedInAs("wim"); // under curatele: the incapacity page at every service

    AuthorizationEndpointResponse response = silently(zorg, ZORGDOSSIER, PkceGenerator.s256());

    assertEquals("interaction_required", response.getError(), response.getErrorDescription());
    assertNull(response.getCode());
  }

  @Test
  void withNothingToChooseTheLoginIsSilentAndForHimself() {
    loggedInAs("piet"); // nobody to act for, may act for himself

    PkceGenerator pkce = PkceGenerator.s256();
    AuthorizationEndpointResponse response = silently(belasting, BELASTINGAANGIFTE, pkce);

    assertNull(response.getError(), response.getErrorDescription());
    AccessTokenResponse tokens = belasting.accessTokenRequest(response.getCode()).codeVerifier(pkce).send();
    assertEquals(200, tokens.getStatusCode(), tokens.getErrorDescription());
    assertNull(represents(belasting, tokens.getIdToken()));
  }

  @Test
  void clientWithoutServicesLogsInSilently() {
    loggedInAs("jan");

    AuthorizationEndpointResponse response = silently(noService, null, PkceGenerator.s256());

    assertNull(response.getError(), response.getErrorDescription());
    assertNotNull(response.getCode());
  }
}
