package nl.namens.tests;

import static nl.namens.tests.support.DemoServices.BELASTINGAANGIFTE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import nl.namens.tests.support.BrokerTestBase;
import nl.namens.tests.support.NamensServerConfig;
import nl.namens.tests.support.RealmJson;
import nl.namens.tests.support.ServiceClients;
import org.junit.jupiter.api.Test;
import org.keycloak.representations.AccessToken;
import org.keycloak.representations.IDToken;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.oauth.OAuthClient;
import org.keycloak.testframework.oauth.annotations.InjectOAuthClient;
import org.keycloak.testsuite.util.oauth.AccessTokenResponse;

/**
 * The OpenID Provider as the OIDC NL GOV profile wants it, seen as a service provider sees it: discovery offers
 * only what is allowed, a refresh token works once, and every ID token says {@code nbf} and {@code jti} and lives
 * at most five minutes (docs/conformance.md; the refused flows and {@code plain} PKCE: {@code GrantPolicyIT}).
 */
@KeycloakIntegrationTest(config = NamensServerConfig.class)
class OidcConformanceIT extends BrokerTestBase {

  @InjectOAuthClient(ref = "belasting", realmRef = "namens", config = ServiceClients.Belastingaangifte.class)
  OAuthClient belasting;

  @Test
  void discoveryOffersOnlyWhatTheBrokerAllows() throws Exception {
    JsonNode metadata = discovery();

    assertEquals(List.of("code"), strings(metadata, "response_types_supported"));
    assertEquals(
        List.of("authorization_code", "refresh_token", "client_credentials"), strings(metadata, "grant_types_supported"));
    assertEquals(List.of("S256"), strings(metadata, "code_challenge_methods_supported"));
    for (String algorithms :
        List.of(
            "id_token_signing_alg_values_supported",
            "userinfo_signing_alg_values_supported",
            "request_object_signing_alg_values_supported")) {
      List<String> listed = strings(metadata, algorithms);
      assertFalse(listed.isEmpty(), algorithms);
      assertFalse(listed.stream().anyMatch("none"::equalsIgnoreCase), algorithms + ": " + listed);
    }
    assertTrue(strings(metadata, "id_token_signing_alg_values_supported").contains("RS256"));
    assertFalse(strings(metadata, "response_modes_supported").contains("fragment"));
    assertTrue(strings(metadata, "claims_supported").contains("represents"));
    assertTrue(metadata.path("device_authorization_endpoint").isMissingNode(), "no device flow");
    assertTrue(metadata.path("backchannel_authentication_endpoint").isMissingNode(), "no CIBA");
  }

  @Test
  void aRefreshTokenWorksOnceAndEveryTokenSaysNbfAndJtiAndLivesFiveMinutesAtMost() {
    openLogin(belasting, BELASTINGAANGIFTE);
    browser.loginWithDigid("jan");
    browser.actAsMyself();
    AccessTokenResponse tokens = tokensAfterLogin(belasting);

    IDToken id = belasting.parseToken(tokens.getIdToken(), IDToken.class);
    AccessToken access = belasting.parseToken(tokens.getAccessToken(), AccessToken.class);
    for (IDToken token : List.of(id, access)) {
      assertNotNull(token.getNbf(), "nbf");
      assertEquals(token.getIat(), token.getNbf(), "nbf = iat");
      assertNotNull(token.getId(), "jti");
      assertTrue(token.getExp() - token.getIat() <= 300, "at most five minutes: " + (token.getExp() - token.getIat()));
    }

    AccessTokenResponse refreshed = belasting.doRefreshTokenRequest(tokens.getRefreshToken());
    assertEquals(200, refreshed.getStatusCode(), refreshed.getErrorDescription());
    assertNotEquals(tokens.getRefreshToken(), refreshed.getRefreshToken(), "a new refresh token each time");

    AccessTokenResponse reused = belasting.doRefreshTokenRequest(tokens.getRefreshToken());
    assertEquals(400, reused.getStatusCode());
    assertEquals("invalid_grant", reused.getError());
    assertNull(reused.getAccessToken());
  }

  private static JsonNode discovery() throws Exception {
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(RealmJson.KEYCLOAK_URL + "/realms/namens/.well-known/openid-configuration"))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertEquals(200, response.statusCode());
    return new ObjectMapper().readTree(response.body());
  }

  private static List<String> strings(JsonNode metadata, String name) {
    List<String> values = new ArrayList<>();
    metadata.path(name).forEach(v -> values.add(v.asText()));
    return values;
  }
}
