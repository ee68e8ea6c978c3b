package nl.namens.tests;

import static nl.namens.tests.support.DemoServices.BELASTINGAANGIFTE;
import static nl.namens.tests.support.DemoServices.LOTTE;
import static nl.namens.tests.support.DemoServices.ZORGDOSSIER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.oauth2.sdk.ClientCredentialsGrant;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.auth.PrivateKeyJWT;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.id.ClientID;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;
import nl.namens.tests.support.BrokerTestBase;
import nl.namens.tests.support.ClientKeys;
import nl.namens.tests.support.NamensServerConfig;
import nl.namens.tests.support.RealmJson;
import nl.namens.tests.support.RegisterAdmin;
import nl.namens.tests.support.RegisterStack;
import nl.namens.tests.support.ServiceClients;
import nl.namens.tests.support.TestBsns;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.testframework.annotations.InjectClient;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.realm.ManagedClient;

/**
 * The BVD for service providers, as a service provider uses it: its BVD client gets a token from the broker with
 * client credentials and {@code private_key_jwt} (Nimbus), asks the register whether Lotte may act for a principal
 * at Belastingaangifte, and verifies the signed statement offline with the register's published JWKS. A question
 * about another provider's service is refused and answers nothing; a client secret gets no token.
 */
@KeycloakIntegrationTest(config = NamensServerConfig.class)
class ServiceProviderBvdIT extends BrokerTestBase {

  private static final String TOKEN_ENDPOINT = RealmJson.KEYCLOAK_URL + "/realms/namens/protocol/openid-connect/token";
  private static final ObjectMapper JSON = new ObjectMapper();

  @InjectClient(ref = "belasting-bvd", realmRef = "namens", config = ServiceClients.BelastingaangifteBvd.class)
  ManagedClient bvdClient;

  private final RegisterAdmin register = new RegisterAdmin();
  private final HttpClient http = HttpClient.newHttpClient();

  @BeforeEach
  void grantTheRole() {
    String accountId = bvdClient.admin().getServiceAccountUser().getId();
    RoleRepresentation role = broker.admin().roles().get("namens-sp-bvd").toRepresentation();
    broker.admin().users().get(accountId).roles().realmLevel().add(List.of(role));
  }

  private String clientCredentialsToken() throws Exception {
    TokenRequest request =
        new TokenRequest(
            URI.create(TOKEN_ENDPOINT),
            new PrivateKeyJWT(
                new ClientID(bvdClient.getClientId()),
                URI.create(TOKEN_ENDPOINT),
                JWSAlgorithm.PS256,
                ClientKeys.key().toRSAPrivateKey(),
                ClientKeys.key().getKeyID(),
                null),
            new ClientCredentialsGrant());
    TokenResponse response = TokenResponse.parse(request.toHTTPRequest().send());
    assertTrue(response.indicatesSuccess(), () -> response.toErrorResponse().getErrorObject().toString());
    return response.toSuccessResponse().getTokens().getAccessToken().getValue();
  }

  private HttpResponse<String> ask(String token, String actor, String principal, String service) throws Exception {
    String body =
        JSON.writeValueAsString(
            Map.of(
                "actor", Map.of("type", "BSN", "id", actor),
                "principal", Map.of("type", "BSN", "id", principal),
                "service", service));
    return http.send(
        HttpRequest.newBuilder(URI.create(RegisterStack.URL + "/sp/v1/authorizations"))
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private JWTClaimsSet verifiedOffline(String statement, JWKSet keys) throws Exception {
    SignedJWT jwt = SignedJWT.parse(statement);
    RSAKey key = (RSAKey) keys.getKeyByKeyId(jwt.getHeader().getKeyID());
    assertTrue(key != null && jwt.verify(new RSASSAVerifier(key)), "signed with a key the register publishes");
    return jwt.getJWTClaimsSet();
  }

  @Test
  void aServiceProviderAsksAboutItsOwnServiceAndVerifiesTheSignedStatementOffline() throws Exception {
    String principal = TestBsns.block(99_920_000 + new Random().nextInt(9_000), 1).get(0);
    register.ensureParty("BSN", principal, "Pim Pieterse");
    String mandate =
        register.createMandate(
            "BSN", principal, "BSN", LOTTE, List.of(BELASTINGAANGIFTE), LocalDate.now().minusDays(1),
            LocalDate.now().plusMonths(6));
    JWKSet keys = JWKSet.load(URI.create(RegisterStack.URL + "/sp/v1/jwks").toURL());
    String token = clientCredentialsToken();

    HttpResponse<String> yes = ask(token, LOTTE, principal, BELASTINGAANGIFTE);
    assertEquals(200, yes.statusCode(), yes.body());
    JsonNode answer = JSON.readTree(yes.body());
    assertTrue(answer.path("authorized").asBoolean(), yes.body());
    JWTClaimsSet claims = verifiedOffline(answer.path("statement").asText(), keys);
    assertEquals(true, claims.getBooleanClaim("authorized"));
    assertEquals(List.of(bvdClient.getClientId()), claims.getAudience());
    assertEquals(LOTTE, claims.getJSONObjectClaim("actor").get("id"));
    assertEquals(principal, claims.getJSONObjectClaim("principal").get("id"));
    assertEquals(BELASTINGAANGIFTE, claims.getStringClaim("service"));
    assertEquals("voluntary", claims.getStringClaim("kind"));
    assertEquals(mandate, claims.getJSONObjectClaim("basis").get("id"));
    assertTrue(claims.getExpirationTime().after(claims.getIssueTime()));

    register.revoke(mandate);
    HttpResponse<String> no = ask(token, LOTTE, principal, BELASTINGAANGIFTE);
    assertEquals(200, no.statusCode(), no.body());
    JsonNode refused = JSON.readTree(no.body());
    assertFalse(refused.path("authorized").asBoolean(), no.body());
    assertEquals(false, verifiedOffline(refused.path("statement").asText(), keys).getBooleanClaim("authorized"));
  }

  @Test
  void anotherProvidersServiceIsRefusedAndASecretGetsNoToken() throws Exception {
    HttpResponse<String> foreign = ask(clientCredentialsToken(), LOTTE, LOTTE, ZORGDOSSIER);
    assertEquals(403, foreign.statusCode(), foreign.body());
    assertEquals("urn:namens:problem:service-not-offered", JSON.readTree(foreign.body()).path("type").asText());
    assertFalse(foreign.body().contains("statement"), foreign.body());

    TokenResponse withSecret =
        TokenResponse.parse(
            new TokenRequest(
                    URI.create(TOKEN_ENDPOINT),
                    new ClientSecretBasic(new ClientID(bvdClient.getClientId()), new Secret("a-guess")),
                    new ClientCredentialsGrant())
                .toHTTPRequest()
                .send());
    assertFalse(withSecret.indicatesSuccess());
    assertEquals("invalid_client", withSecret.toErrorResponse().getErrorObject().getCode());
  }
}
