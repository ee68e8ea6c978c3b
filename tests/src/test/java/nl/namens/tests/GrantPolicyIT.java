package nl.namens.tests;

import static nl.namens.tests.support.DemoServices.BELASTINGAANGIFTE;
import static nl.namens.tests.support.DemoServices.JAN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nl.namens.tests.support.BrokerTestBase;
import nl.namens.tests.support.NamensServerConfig;
import nl.namens.tests.support.ServiceClients;
import org.junit.jupiter.api.Test;
import org.keycloak.representations.idm.UserRepresentation;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.oauth.OAuthClient;
import org.keycloak.testframework.oauth.annotations.InjectOAuthClient;
import org.keycloak.testsuite.util.oauth.AccessTokenResponse;
import org.keycloak.testsuite.util.oauth.AuthorizationEndpointResponse;
import org.keycloak.testsuite.util.oauth.PkceGenerator;
import org.keycloak.testsuite.util.oauth.ciba.AuthenticationRequestAcknowledgement;
import org.keycloak.testsuite.util.oauth.device.DeviceAuthorizationResponse;

/**
 * Every grant and protocol either enforces the acting-for choice and its check, or is refused for a client with
 * services — whatever a careless administrator switched on (docs/architecture.md, "Grants and protocols").
 */
@KeycloakIntegrationTest(config = NamensServerConfig.class)
class GrantPolicyIT extends BrokerTestBase {

  private static final String UNAUTHORIZED_CLIENT = "unauthorized_client";

  @InjectOAuthClient(ref = "careless", realmRef = "namens", config = ServiceClients.Careless.class)
  OAuthClient careless;

  @InjectOAuthClient(ref = "exchanging", realmRef = "namens", config = ServiceClients.ExchangingNoService.class)
  OAuthClient exchanging;

  @InjectOAuthClient(ref = "noscope", realmRef = "namens", config = ServiceClients.WithoutRepresentationScope.class)
  OAuthClient withoutScope;

  @InjectOAuthClient(ref = "belasting", realmRef = "namens", config = ServiceClients.Belastingaangifte.class)
  OAuthClient belasting;

  // --- PKCE S256 for every client, by policy ---

  @Test
  void authorizationRequestWithoutPkceIsRefusedEvenForAClientWithoutThePkceAttribute() {
    exchanging.scope("openid");
    exchanging.loginForm().open(); // no code_challenge at all

    AuthorizationEndpointResponse response = exchanging.parseLoginResponse();
    assertEquals("invalid_request", response.getError(), response.getErrorDescription());
    assertNull(response.getCode());
  }

  @Test
  void plainPkceIsRefused() {
    belasting.scope("openid urn:uuid:" + BELASTINGAANGIFTE);
    belasting.loginForm().codeChallenge(PkceGenerator.plain()).open();

    AuthorizationEndpointResponse response = belasting.parseLoginResponse();
    assertEquals("invalid_request", response.getError(), response.getErrorDescription());
  }

  @Test
  void codeExchangeWithoutVerifierIsRefused() {
    openLogin(belasting, BELASTINGAANGIFTE);
    browser.loginWithDigid("jan");
    browser.actFor("Bea de Vries");
    String code = belasting.parseLoginResponse().getCode();

    AccessTokenResponse tokens = belasting.accessTokenRequest(code).send(); // no code_verifier

    assertEquals(400, tokens.getStatusCode());
    assertNull(tokens.getAccessToken());
  }

  // --- grants that cannot carry a choice: refused for clients with services ---

  @Test
  void implicitAndHybridResponseTypesAreRefused() {
    for (String responseType : List.of("token", "id_token token", "code id_token", "code token")) {
      careless.scope("openid urn:uuid:" + BELASTINGAANGIFTE);
      careless.responseType(responseType);
      try {
        careless.loginForm().codeChallenge(PkceGenerator.s256()).nonce("n-" + responseType.length()).open();
        AuthorizationEndpointResponse response = careless.parseLoginResponse();
        assertEquals(UNAUTHORIZED_CLIENT, response.getError(), responseType + ": " + browser.currentUrl());
        assertNull(response.getAccessToken(), responseType);
        assertNull(response.getIdToken(), responseType);
      } finally {
        careless.responseType("code");
      }
    }
  }

  @Test
  void clientCredentialsAreRefused() {
    AccessTokenResponse tokens = careless.doClientCredentialsGrantAccessTokenRequest();

    assertEquals(400, tokens.getStatusCode());
    assertEquals(UNAUTHORIZED_CLIENT, tokens.getError());
    assertNull(tokens.getAccessToken());
  }

  @Test
  void passwordGrantIsRefused() {
    AccessTokenResponse tokens = careless.doPasswordGrantRequest("jan", "test");

    assertEquals(400, tokens.getStatusCode());
    assertEquals(UNAUTHORIZED_CLIENT, tokens.getError());
    assertNull(tokens.getAccessToken());
  }

  @Test
  void deviceGrantIsRefusedBeforeAnyoneCanApproveIt() {
    DeviceAuthorizationResponse device =
        careless.device().deviceAuthorizationRequest().codeChallenge(PkceGenerator.s256()).send();

    assertEquals(400, device.getStatusCode());
    assertEquals(UNAUTHORIZED_CLIENT, device.getError());
    assertNull(device.getDeviceCode());
  }

  @Test
  void cibaIsRefused() {
    // CIBA needs a known user as login hint: Jan logs in once, so the broker knows him
    openLogin(belasting, BELASTINGAANGIFTE);
    browser.loginWithDigid("jan");
    browser.actAsMyself();
    assertNotNull(codeReceived(belasting));
    List<UserRepresentation> users = broker.admin().users().searchByAttributes("namens.bsn:" + JAN);
    assertEquals(1, users.size());

    careless.scope("openid urn:uuid:" + BELASTINGAANGIFTE);
    AuthenticationRequestAcknowledgement ack =
        careless.ciba().doBackchannelAuthenticationRequest(users.get(0).getUsername());

    // without the policy the request would reach the (unconfigured) authentication device: 503, or acknowledged
    assertEquals(400, ack.getStatusCode(), ack.getError() + " " + ack.getErrorDescription());
    assertEquals(UNAUTHORIZED_CLIENT, ack.getError());
    assertNull(ack.getAuthReqId());
  }

  // --- token exchange: no way around the choice or the capacity check ---

  @Test
  void clientWithServicesCannotExchangeItsRepresentedToken() {
    careless.scope("openid urn:uuid:" + BELASTINGAANGIFTE);
    PkceGenerator pkce = PkceGenerator.s256();
    careless.loginForm().codeChallenge(pkce).open();
    browser.loginWithDigid("jan");
    browser.actFor("Bea de Vries");
    AccessTokenResponse tokens =
        careless.accessTokenRequest(careless.parseLoginResponse().getCode()).codeVerifier(pkce).send();
    assertEquals(200, tokens.getStatusCode(), tokens.getErrorDescription());
    assertNotNull(represents(careless, tokens.getAccessToken()));

    AccessTokenResponse exchanged = careless.doTokenExchange(tokens.getAccessToken());

    assertEquals(400, exchanged.getStatusCode());
    assertEquals(UNAUTHORIZED_CLIENT, exchanged.getError());
    assertNull(exchanged.getAccessToken());
  }

  @Test
  void personUnderCurateleCannotReachTheServiceThroughAnExchange() {
    // Wim is under curatele: at a service he is stopped; at a client without services he logs in as himself
    exchanging.scope("openid");
    PkceGenerator pkce = PkceGenerator.s256();
    exchanging.loginForm().codeChallenge(pkce).open();
    browser.loginWithDigid("wim");
    AccessTokenResponse own =
        exchanging.accessTokenRequest(exchanging.parseLoginResponse().getCode()).codeVerifier(pkce).send();
    assertEquals(200, own.getStatusCode(), own.getErrorDescription());

    AccessTokenResponse exchanged =
        exchanging.tokenExchangeRequest(own.getAccessToken()).audience("it-belastingaangifte").send();

    assertEquals(400, exchanged.getStatusCode());
    assertEquals(UNAUTHORIZED_CLIENT, exchanged.getError());
    assertNull(exchanged.getAccessToken());
  }

  @Test
  void representedTokenCannotBeExchangedByAnotherClient() {
    openLogin(belasting, BELASTINGAANGIFTE);
    browser.loginWithDigid("jan");
    browser.actFor("Bea de Vries");
    AccessTokenResponse tokens = tokensAfterLogin(belasting);

    AccessTokenResponse exchanged = exchanging.doTokenExchange(tokens.getAccessToken());

    assertEquals(400, exchanged.getStatusCode());
    assertEquals(UNAUTHORIZED_CLIENT, exchanged.getError());
    assertNull(exchanged.getAccessToken());
  }

  // --- a client that cannot carry the representation gets no token instead of one without it ---

  @Test
  void representationThatCannotBePutIntoTheTokenIsRefusedNotDropped() {
    withoutScope.scope("openid urn:uuid:" + BELASTINGAANGIFTE);
    PkceGenerator pkce = PkceGenerator.s256();
    withoutScope.loginForm().codeChallenge(pkce).open();
    browser.loginWithDigid("jan");
    assertTrue(browser.onActingForPage(), browser.pageText());
    browser.actFor("Bea de Vries");

    AccessTokenResponse tokens =
        withoutScope.accessTokenRequest(withoutScope.parseLoginResponse().getCode()).codeVerifier(pkce).send();

    assertEquals(400, tokens.getStatusCode());
    assertEquals("invalid_grant", tokens.getError());
    assertNull(tokens.getAccessToken());
  }
}
