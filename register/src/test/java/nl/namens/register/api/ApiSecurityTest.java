package nl.namens.register.api;

import static io.restassured.RestAssured.given;
import static nl.namens.register.RegisterApi.person;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import nl.namens.register.EmbeddedPostgresResource;
import nl.namens.register.Tokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class ApiSecurityTest {

  @Test
  void withoutATokenTheApiAnswers401() {
    given().get("/api/v1/mandates/given").then().statusCode(401).contentType("application/problem+json");
  }

  @Test
  void tokenOfAnotherClientIsForbidden() {
    given()
        .auth()
        .oauth2(Tokens.portalFor("demo-sp", person(), null))
        .get("/api/v1/mandates/given")
        .then()
        .statusCode(403)
        .body("detail", equalTo("The token was not issued to the portal client."));
  }

  @Test
  void portalTokenWithoutSubjectClaimsIsForbidden() {
    given()
        .auth()
        .oauth2(Tokens.portalWithoutSubject())
        .get("/api/v1/outbox")
        .then()
        .statusCode(403)
        .body("detail", equalTo("The token does not name a BSN or KvK subject."));
  }

  @Test
  void subjectWithAnInvalidBsnIsForbidden() {
    given()
        .auth()
        .oauth2(Tokens.portal(Map.of("type", "BSN", "id", "123456789")))
        .get("/api/v1/outbox")
        .then()
        .statusCode(403);
  }

  @Test
  void brokerTokenCannotUseTheUserApi() {
    given().auth().oauth2(Tokens.bvd()).get("/api/v1/mandates/held").then().statusCode(403);
  }

  @Test
  void loggedInPartyWithNothingSeesEmptyLists() {
    given()
        .auth()
        .oauth2(Tokens.portal(person()))
        .get("/api/v1/mandates/given")
        .then()
        .statusCode(200)
        .body("size()", equalTo(0));
  }
}
