package nl.namens.tests;

import static nl.namens.tests.support.DemoServices.AFVALPAS;
import static nl.namens.tests.support.DemoServices.BELASTINGAANGIFTE;
import static nl.namens.tests.support.DemoServices.JAN;
import static nl.namens.tests.support.DemoServices.LOTTE;
import static nl.namens.tests.support.DemoServices.ZORGDOSSIER;
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
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;
import nl.namens.tests.support.BrokerTestBase;
import nl.namens.tests.support.NamensServerConfig;
import nl.namens.tests.support.RealmJson;
import nl.namens.tests.support.RegisterAdmin;
import nl.namens.tests.support.ServiceClients;
import nl.namens.tests.support.TestBsns;
import org.junit.jupiter.api.Test;
import org.keycloak.representations.AccessToken;
import org.keycloak.representations.IDToken;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.oauth.OAuthClient;
import org.keycloak.testframework.oauth.annotations.InjectOAuthClient;
import org.keycloak.testsuite.util.oauth.AccessTokenResponse;
import org.keycloak.testsuite.util.oauth.UserInfoResponse;
import org.openqa.selenium.By;

/**
 * The OpenID Provider as the OIDC NL GOV profile wants it, seen as a service provider sees it: discovery offers
 * only what is allowed, a refresh token works once, and every ID token says {@code nbf} and {@code jti} and lives
 * at most five minutes (docs/conformance.md; the refused flows and {@code plain} PKCE: {@code GrantPolicyIT}).
 */
@KeycloakIntegrationTest(config = NamensServerConfig.class)
class OidcConformanceIT extends BrokerTestBase {

  private static final String LEGACY_BSN = "urn:nl-eid-gdi:1.0:id:legacy-BSN";
  private static final String PSEUDONYM = "urn:nl-eid-gdi:1.0:id:pseudonym";

  @InjectOAuthClient(ref = "belasting", realmRef = "namens", config = ServiceClients.Belastingaangifte.class)
  OAuthClient belasting;

  @InjectOAuthClient(ref = "afval", realmRef = "namens", config = ServiceClients.Afvalpas.class)
  OAuthClient afval;

  private final RegisterAdmin register = new RegisterAdmin();

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
    for (String methods :
        List.of(
            "token_endpoint_auth_methods_supported",
            "introspection_endpoint_auth_methods_supported",
            "revocation_endpoint_auth_methods_supported")) {
      List<String> listed = strings(metadata, methods);
      assertTrue(listed.contains("private_key_jwt"), methods + ": " + listed);
      assertFalse(listed.stream().anyMatch(m -> m.startsWith("client_secret")), "no client secret: " + listed);
    }
    assertFalse(
        strings(metadata, "token_endpoint_auth_signing_alg_values_supported").stream().anyMatch(a -> a.startsWith("HS")),
        "no assertion signed with a shared secret");
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

  @Test
  void theEndUsersSubIsTheBsnOnlyWhereAllowedElseAStablePseudonymOfTheClient() {
    openLogin(belasting, BELASTINGAANGIFTE); // allowed the BSN
    browser.loginWithDigid("jan");
    browser.actAsMyself();
    AccessTokenResponse atBelasting = tokensAfterLogin(belasting);
    IDToken id = belasting.parseToken(atBelasting.getIdToken(), IDToken.class);
    assertEquals(JAN, id.getSubject());
    assertEquals(LEGACY_BSN, id.getOtherClaims().get("sub_id_type"));
    UserInfoResponse info = belasting.doUserInfoRequest(atBelasting.getAccessToken());
    assertEquals(200, info.getStatusCode());
    assertEquals(JAN, info.getUserInfo().getSubject());
    assertEquals(LEGACY_BSN, info.getUserInfo().getOtherClaims().get("sub_id_type"));

    String pseudonym = afvalSubject(); // not allowed the BSN
    assertTrue(pseudonym.startsWith("v"), pseudonym);
    assertFalse(pseudonym.contains(JAN), pseudonym);

    logoutEverywhere();
    assertEquals(pseudonym, afvalSubject(), "the same person, the same pseudonym at the next login");
  }

  @Test
  void representationNamesOnlyTheServicesOfThisClient() {
    String principal = TestBsns.block(99_910_000 + new Random().nextInt(9_000), 1).get(0);
    register.ensureParty("BSN", principal, "Olga Overbeek");
    String mandate =
        register.createMandate(
            "BSN", principal, "BSN", LOTTE, List.of(BELASTINGAANGIFTE, ZORGDOSSIER), LocalDate.now().minusDays(1),
            LocalDate.now().plusMonths(6));
    try {
      openLogin(belasting, BELASTINGAANGIFTE);
      browser.loginWithDigid("lotte");
      browser.actFor("Olga Overbeek");
      Map<String, Object> representation = representation(belasting, tokensAfterLogin(belasting).getIdToken());
      assertEquals(List.of(BELASTINGAANGIFTE), representation.get("services"), "not Zorgdossier: another client's");
    } finally {
      register.revoke(mandate);
    }
  }

  /** Jan's login at Afvalpas (single sign-on or a new DigiD login): the ID token's and userinfo's sub. */
  private String afvalSubject() {
    openLogin(afval, AFVALPAS);
    if (!driver.driver().findElements(By.id("namens-idp-digid")).isEmpty()) {
      browser.loginWithDigid("jan");
    }
    if (browser.onActingForPage()) {
      browser.actAsMyself();
    }
    AccessTokenResponse tokens = tokensAfterLogin(afval);
    IDToken id = afval.parseToken(tokens.getIdToken(), IDToken.class);
    assertEquals(PSEUDONYM, id.getOtherClaims().get("sub_id_type"));
    UserInfoResponse info = afval.doUserInfoRequest(tokens.getAccessToken());
    assertEquals(id.getSubject(), info.getUserInfo().getSubject());
    return id.getSubject();
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
