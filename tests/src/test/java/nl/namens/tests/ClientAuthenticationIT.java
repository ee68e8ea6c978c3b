package nl.namens.tests;

import static nl.namens.tests.support.DemoServices.BELASTINGAANGIFTE;
import static nl.namens.tests.support.DemoServices.JAN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.oauth2.sdk.auth.PrivateKeyJWT;
import com.nimbusds.oauth2.sdk.id.ClientID;
import java.net.URI;
import nl.namens.tests.support.BrokerTestBase;
import nl.namens.tests.support.ClientKeys;
import nl.namens.tests.support.NamensServerConfig;
import nl.namens.tests.support.RealmJson;
import nl.namens.tests.support.ServiceClients;
import org.junit.jupiter.api.Test;
import org.keycloak.representations.IDToken;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.oauth.OAuthClient;
import org.keycloak.testframework.oauth.annotations.InjectOAuthClient;
import org.keycloak.testsuite.util.oauth.AccessTokenResponse;

/**
 * OIDC NL GOV client authentication: a service provider proves itself with {@code private_key_jwt}, an assertion
 * signed with the key it registered, never with a shared secret. A secret, an assertion signed with another key or
 * one used before is refused ({@code invalid_client}) and the code stays unused; a service provider an
 * administrator registered with a secret is refused by the broker's client policy before any token is issued.
 */
@KeycloakIntegrationTest(config = NamensServerConfig.class)
class ClientAuthenticationIT extends BrokerTestBase {

  @InjectOAuthClient(ref = "belasting", realmRef = "namens", config = ServiceClients.Belastingaangifte.class)
  OAuthClient belasting;

  @InjectOAuthClient(ref = "with-secret", realmRef = "namens", config = ServiceClients.WithSecret.class)
  OAuthClient withSecret;

  private String loginAsJan(OAuthClient oauth) {
    openLogin(oauth, BELASTINGAANGIFTE);
    browser.loginWithDigid("jan");
    browser.actAsMyself();
    String code = oauth.parseLoginResponse().getCode();
    assertNotNull(code, browser.pageText());
    return code;
  }

  @Test
  void aServiceProviderAuthenticatesWithItsKeyNotWithASecretNorAnotherKeyNorAnAssertionTwice() throws Exception {
    String code = loginAsJan(belasting);

    AccessTokenResponse withASecret = codeExchange(belasting, code).client("it-belastingaangifte", "demo-secret").send();
    assertRefusedClient(withASecret);

    RSAKey otherKey =
        new RSAKeyGenerator(2048).keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.PS256).keyID("it-other").generate();
    String foreign =
        new PrivateKeyJWT(
                new ClientID("it-belastingaangifte"),
                URI.create(RealmJson.KEYCLOAK_URL + "/realms/namens"),
                JWSAlgorithm.PS256,
                otherKey.toRSAPrivateKey(),
                ClientKeys.key().getKeyID(), // even under the registered key's kid
                null)
            .getClientAssertion()
            .serialize();
    assertRefusedClient(codeExchange(belasting, code).clientJwt(foreign).send());

    String assertion = ClientKeys.assertion("it-belastingaangifte");
    AccessTokenResponse tokens = codeExchange(belasting, code).clientJwt(assertion).send();
    assertEquals(200, tokens.getStatusCode(), tokens.getErrorDescription());
    assertEquals(JAN, belasting.parseToken(tokens.getIdToken(), IDToken.class).getSubject());

    AccessTokenResponse replayed = belasting.refreshRequest(tokens.getRefreshToken()).clientJwt(assertion).send();
    assertRefusedClient(replayed);

    AccessTokenResponse refreshed = belasting.doRefreshTokenRequest(tokens.getRefreshToken()); // a fresh assertion
    assertEquals(200, refreshed.getStatusCode(), refreshed.getErrorDescription());
  }

  @Test
  void aServiceProviderRegisteredWithASecretGetsNoTokens() {
    String code = loginAsJan(withSecret);

    AccessTokenResponse response = codeExchange(withSecret, code).send(); // Basic with its own secret
    assertEquals(400, response.getStatusCode());
    assertEquals("invalid_grant", response.getError()); // Keycloak's code for a client policy refusal at the code grant
    assertTrue(response.getErrorDescription().contains("client authentication method not allowed"),
        response.getErrorDescription());
    assertNull(response.getAccessToken());
    assertNull(response.getIdToken());
    assertNull(response.getRefreshToken());
  }

  private static void assertRefusedClient(AccessTokenResponse response) {
    assertTrue(response.getStatusCode() == 400 || response.getStatusCode() == 401,
        "status " + response.getStatusCode());
    assertEquals("invalid_client", response.getError(), response.getErrorDescription());
    assertNull(response.getAccessToken());
    assertNull(response.getIdToken());
  }
}
