package nl.namens.register;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class SecurityTest {

  private static final String PROBLEM = "application/problem+json";

  private static Map<String, Object> representationsBody() {
    return Map.of(
        "actor", Map.of("type", "BSN", "id", Identifiers.bsn()),
        "service", UUID.randomUUID().toString());
  }

  @Test
  void requestWithoutTokenIsUnauthorized() {
    given()
        .contentType(ContentType.JSON)
        .body(representationsBody())
        .post("/bvd/v1/representations")
        .then()
        .statusCode(401)
        .contentType(PROBLEM)
        .header("WWW-Authenticate", containsString("Bearer"))
        .body("type", equalTo("urn:namens:problem:unauthorized"))
        .body("status", equalTo(401));
  }

  @Test
  void adminApiWithoutTokenIsUnauthorized() {
    given().get("/admin/v1/services").then().statusCode(401).contentType(PROBLEM);
  }

  @Test
  void brokerTokenCannotUseTheAdminApi() {
    given()
        .auth()
        .oauth2(Tokens.bvd())
        .get("/admin/v1/services")
        .then()
        .statusCode(403)
        .contentType(PROBLEM)
        .body("type", equalTo("urn:namens:problem:forbidden"));
  }

  @Test
  void adminTokenCannotUseTheBvdApi() {
    given()
        .auth()
        .oauth2(Tokens.admin())
        .contentType(ContentType.JSON)
        .body(representationsBody())
        .post("/bvd/v1/representations")
        .then()
        .statusCode(403)
        .contentType(PROBLEM);
  }

  @Test
  void tokenWithoutRolesIsForbidden() {
    given()
        .auth()
        .oauth2(Tokens.withRoles("offline_access", "uma_authorization"))
        .get("/admin/v1/services")
        .then()
        .statusCode(403)
        .contentType(PROBLEM);
  }

  @Test
  void tokenFromAnotherIssuerIsUnauthorized() {
    given()
        .auth()
        .oauth2(Tokens.fromIssuer("http://localhost:8080/realms/digid-sim", Roles.ADMIN))
        .get("/admin/v1/services")
        .then()
        .statusCode(401)
        .contentType(PROBLEM);
  }

  @Test
  void tokenSignedWithAnotherKeyIsUnauthorized() {
    given()
        .auth()
        .oauth2(Tokens.signedWithAnotherKey(Roles.ADMIN))
        .get("/admin/v1/services")
        .then()
        .statusCode(401)
        .contentType(PROBLEM);
  }

  @Test
  void expiredTokenIsUnauthorized() {
    given()
        .auth()
        .oauth2(Tokens.expired(Roles.ADMIN))
        .get("/admin/v1/services")
        .then()
        .statusCode(401)
        .contentType(PROBLEM);
  }

  @Test
  void garbageTokenIsUnauthorized() {
    given()
        .auth()
        .oauth2("not.a.jwt")
        .get("/admin/v1/services")
        .then()
        .statusCode(401)
        .contentType(PROBLEM);
  }

  @Test
  void tokenWithoutAudienceIsAccepted() {
    given()
        .auth()
        .oauth2(Tokens.withoutAudience(Roles.ADMIN))
        .get("/admin/v1/services")
        .then()
        .statusCode(200);
  }

  @Test
  void tokenWithTheAccountAudienceIsAccepted() {
    given().auth().oauth2(Tokens.admin()).get("/admin/v1/services").then().statusCode(200);
  }

  /** The management interface of the test run ({@code quarkus.management.test-port}). */
  private static String management(String path) {
    int port = ConfigProvider.getConfig().getValue("quarkus.management.test-port", Integer.class);
    return "http://localhost:" + port + path;
  }

  @Test
  void healthIsOpenOnTheManagementPort() {
    given().get(management("/q/health")).then().statusCode(200).body("status", equalTo("UP"));
  }

  @Test
  void openApiIsOpenOnTheManagementPort() {
    given()
        .accept("application/json")
        .get(management("/q/openapi"))
        .then()
        .statusCode(200)
        .body("paths", hasKey("/bvd/v1/representations"));
  }

  @Test
  void metricsAreOnTheManagementPort() {
    given().get(management("/q/metrics")).then().statusCode(200);
  }

  @Test
  void nothingOfManagementIsServedBesideThePortal() {
    for (String path : new String[] {"/q/health", "/q/health/ready", "/q/openapi", "/q/metrics"}) {
      given().get(path).then().statusCode(404);
    }
  }
}
