package nl.namens.register.mandate;

import static io.restassured.RestAssured.given;
import static nl.namens.register.PortalApi.terms;
import static nl.namens.register.RegisterApi.person;
import static nl.namens.register.RegisterApi.service;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import nl.namens.register.EmbeddedPostgresResource;
import nl.namens.register.PortalApi;
import nl.namens.register.Tokens;
import org.junit.jupiter.api.Test;

/**
 * An online act needs a login at least at the highest minimum level of assurance of the services involved: at
 * midden nobody gives, activates or revokes a mandate for a service that needs substantieel, and nothing changes.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class LevelOfActsTest {

  private static RequestSpecification at(Map<String, Object> party, String acr) {
    return given().auth().oauth2(Tokens.portalAt(party, acr)).contentType(ContentType.JSON);
  }

  @Test
  void belowTheServicesLevelNothingIsGivenActivatedOrRevoked() {
    String service = service("Belastingaangifte"); // minimum substantieel
    Map<String, Object> principal = person();
    Map<String, Object> representative = person();

    for (String acr : new String[] {Tokens.LOW, null}) {
      at(principal, acr)
          .body(terms("representative", representative, service))
          .post("/api/v1/mandates")
          .then()
          .statusCode(403)
          .body("type", equalTo("urn:namens:problem:loa-too-low"))
          .body("requiredLoa", equalTo("substantieel"));
    }
    at(principal, Tokens.LOW).get("/api/v1/mandates/given").then().statusCode(200).body("$", empty());

    String[] m = PortalApi.registered(principal, representative, service);
    at(representative, Tokens.LOW)
        .body(Map.of("code", m[1]))
        .post("/api/v1/mandates/" + m[0] + "/activate")
        .then()
        .statusCode(403)
        .body("type", equalTo("urn:namens:problem:loa-too-low"));
    at(principal, Tokens.LOW)
        .post("/api/v1/mandates/" + m[0] + "/revoke")
        .then()
        .statusCode(403)
        .body("type", equalTo("urn:namens:problem:loa-too-low"));
    at(principal, Tokens.SUBSTANTIAL).get("/api/v1/mandates/" + m[0]).then().body("status", equalTo("pending"));

    at(representative, Tokens.SUBSTANTIAL)
        .body(Map.of("code", m[1]))
        .post("/api/v1/mandates/" + m[0] + "/activate")
        .then()
        .statusCode(200)
        .body("status", equalTo("active"));
  }

  @Test
  void aServiceThatNeedsOnlyBasisNeedsNoLevel() {
    String basis = service("Afvalpas", "basis", false);
    at(person(), null).body(terms("representative", person(), basis)).post("/api/v1/mandates").then().statusCode(201);
  }
}
