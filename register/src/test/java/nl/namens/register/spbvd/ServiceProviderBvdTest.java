package nl.namens.register.spbvd;

import static io.restassured.RestAssured.given;
import static nl.namens.register.RegisterApi.activeMandate;
import static nl.namens.register.RegisterApi.company;
import static nl.namens.register.RegisterApi.person;
import static nl.namens.register.RegisterApi.registerParty;
import static nl.namens.register.RegisterApi.revoke;
import static nl.namens.register.RegisterApi.service;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import java.util.Map;
import nl.namens.register.EmbeddedPostgresResource;
import nl.namens.register.Tokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class ServiceProviderBvdTest {

  private static ValidatableResponse ask(String token, Map<String, Object> actor, Map<String, Object> principal, String service) {
    return given()
        .auth()
        .oauth2(token)
        .contentType(ContentType.JSON)
        .body(Map.of("actor", actor, "principal", principal, "service", service))
        .post("/sp/v1/authorizations")
        .then();
  }

  private static JWTClaimsSet verified(String statement) throws Exception {
    JWKSet keys = JWKSet.parse(given().get("/sp/v1/jwks").then().statusCode(200).extract().asString());
    SignedJWT jwt = SignedJWT.parse(statement);
    RSAKey key = (RSAKey) keys.getKeyByKeyId(jwt.getHeader().getKeyID());
    assertFalse(key.isPrivate(), "only public keys are published");
    assertTrue(jwt.verify(new RSASSAVerifier(key)), "signed with a published key");
    assertEquals("PS256", jwt.getHeader().getAlgorithm().getName());
    return jwt.getJWTClaimsSet();
  }

  @Test
  void aServiceProviderLearnsYesOrNoWithASignedStatementAboutItsOwnService() throws Exception {
    String service = service("Belastingaangifte");
    Map<String, Object> principal = registerParty(person(), "B. de Vries");
    Map<String, Object> actor = person();
    String mandate = activeMandate(principal, actor, service);
    String token = Tokens.serviceProvider("sp-belasting-bvd", List.of(service), true);

    String statement =
        ask(token, actor, principal, service)
            .statusCode(200)
            .body("authorized", equalTo(true))
            .body("$", not(org.hamcrest.Matchers.hasKey("representation")))
            .extract()
            .path("statement");
    JWTClaimsSet claims = verified(statement);
    assertEquals(true, claims.getBooleanClaim("authorized"));
    assertEquals(List.of("sp-belasting-bvd"), claims.getAudience());
    assertEquals(actor.get("id"), claims.getJSONObjectClaim("actor").get("id"));
    assertEquals(principal.get("id"), claims.getJSONObjectClaim("principal").get("id"));
    assertEquals(service, claims.getStringClaim("service"));
    assertEquals("voluntary", claims.getStringClaim("kind"));
    assertEquals(mandate, claims.getJSONObjectClaim("basis").get("id"));
    assertTrue(claims.getExpirationTime().after(claims.getIssueTime()));
    assertTrue(claims.getClaims().containsKey("valid_until"));
    assertFalse(statement.contains("B. de Vries") || claims.toString().contains("B. de Vries"), "no name");

    revoke(mandate);
    String refused = ask(token, actor, principal, service).statusCode(200).body("authorized", equalTo(false))
        .extract().path("statement");
    JWTClaimsSet no = verified(refused);
    assertEquals(false, no.getBooleanClaim("authorized"));
    assertFalse(no.getClaims().containsKey("kind"), "a no names no relation");
  }

  @Test
  void anotherServiceProvidersServiceIsRefusedAndAnswersNothing() {
    String own = service("Afvalpas");
    String foreign = service("Zorgdossier");
    Map<String, Object> principal = person();
    Map<String, Object> actor = person();
    activeMandate(principal, actor, foreign);

    ask(Tokens.serviceProvider("sp-afval-bvd", List.of(own), true), actor, principal, foreign)
        .statusCode(403)
        .contentType("application/problem+json")
        .body("type", equalTo("urn:namens:problem:service-not-offered"))
        .body("$", not(org.hamcrest.Matchers.hasKey("authorized")))
        .body("$", not(org.hamcrest.Matchers.hasKey("statement")));
  }

  @Test
  void bsnsOnlyForAClientAllowedThem() {
    String service = service("Afvalpas");
    ask(Tokens.serviceProvider("sp-afval-bvd", List.of(service), false), person(), person(), service)
        .statusCode(403)
        .body("type", equalTo("urn:namens:problem:bsn-not-allowed"));
    ask(Tokens.serviceProvider("sp-afval-bvd", List.of(service), false), company(), company(), service)
        .statusCode(200)
        .body("authorized", equalTo(false));
  }

  @Test
  void badIdentifiersAndMissingRoleAreRefused() {
    String service = service("Belastingaangifte");
    String token = Tokens.serviceProvider("sp-belasting-bvd", List.of(service), true);
    ask(token, Map.of("type", "BSN", "id", "123456789"), person(), service)
        .statusCode(400)
        .body("type", equalTo("urn:namens:problem:invalid-request"))
        .body("violations[0].field", equalTo("actor.id"));
    ask(Tokens.bvd(), person(), person(), service).statusCode(403);
    given().contentType(ContentType.JSON).body("{}").post("/sp/v1/authorizations").then().statusCode(401);
  }
}
