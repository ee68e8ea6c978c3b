package nl.namens.register.bvd;

import static nl.namens.register.RegisterApi.asBroker;
import static nl.namens.register.RegisterApi.party;
import static nl.namens.register.RegisterApi.person;
import static nl.namens.register.RegisterApi.representations;
import static nl.namens.register.RegisterApi.service;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import nl.namens.register.EmbeddedPostgresResource;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class BvdInputTest {

  private static final String PROBLEM = "application/problem+json";

  @Test
  void bsnFailingTheElevenProofIsRejected() {
    representations(party("BSN", "123456789"), service("Belastingaangifte"))
        .statusCode(400)
        .contentType(PROBLEM)
        .body("type", equalTo("urn:namens:problem:invalid-request"))
        .body("title", equalTo("Invalid request"))
        .body("status", equalTo(400))
        .body("detail", containsString("actor.id is not a valid BSN"))
        .body("violations", hasSize(1))
        .body("violations[0].field", equalTo("actor.id"))
        .body("violations[0].message", equalTo("is not a valid BSN (nine digits passing the 11-proef)"))
        .body("detail", not(containsString("123456789")));
  }

  @Test
  void kvkNumberOfSevenDigitsIsRejected() {
    representations(party("KVK", "1234567"), service("Belastingaangifte"))
        .statusCode(400)
        .contentType(PROBLEM)
        .body("violations[0].field", equalTo("actor.id"))
        .body("violations[0].message", equalTo("is not a valid KvK number (eight digits)"));
  }

  @Test
  void rsinFailingTheElevenProofIsRejected() {
    representations(party("RSIN", "800000001"), service("Belastingaangifte"))
        .statusCode(400)
        .body("violations[0].field", equalTo("actor.id"))
        .body("violations[0].message", containsString("not a valid RSIN"));
  }

  @Test
  void unknownPartyTypeIsRejected() {
    representations(party("PASSPORT", "NX1234567"), service("Belastingaangifte"))
        .statusCode(400)
        .contentType(PROBLEM)
        .body("violations[0].field", equalTo("actor.type"))
        .body("violations[0].message", equalTo("must be one of BSN, KVK, RSIN"));
  }

  @Test
  void missingFieldsAreEachReported() {
    asBroker()
        .body(Map.of("actor", Map.of("type", "BSN")))
        .post("/bvd/v1/representations")
        .then()
        .statusCode(400)
        .contentType(PROBLEM)
        .body("violations.field", hasItem("actor.id"))
        .body("violations.field", hasItem("service"))
        .body("violations", hasSize(2));
  }

  @Test
  void missingPrincipalInAuthorizationIsRejected() {
    asBroker()
        .body(Map.of("actor", person(), "service", service("Belastingaangifte")))
        .post("/bvd/v1/authorizations")
        .then()
        .statusCode(400)
        .body("violations[0].field", equalTo("principal"));
  }

  @Test
  void malformedJsonIsRejected() {
    asBroker()
        .body("{\"actor\": {\"type\": \"BSN\", ")
        .post("/bvd/v1/representations")
        .then()
        .statusCode(400)
        .contentType(PROBLEM)
        .body("type", equalTo("urn:namens:problem:malformed-request"))
        .body("detail", equalTo("The request body is not valid JSON."));
  }

  @Test
  void emptyBodyIsRejected() {
    asBroker()
        .post("/bvd/v1/representations")
        .then()
        .statusCode(400)
        .contentType(PROBLEM)
        .body("violations[0].field", equalTo("body"));
  }

  @Test
  void serviceThatIsNotAUuidIsRejected() {
    asBroker()
        .body(Map.of("actor", person(), "service", "belastingaangifte"))
        .post("/bvd/v1/representations")
        .then()
        .statusCode(400)
        .contentType(PROBLEM)
        .body("violations[0].field", equalTo("service"))
        .body("violations[0].message", equalTo("must be a UUID"));
  }

  @Test
  void actorOfTheWrongJsonTypeIsRejected() {
    asBroker()
        .body(Map.of("actor", "999990019", "service", service("Belastingaangifte")))
        .post("/bvd/v1/representations")
        .then()
        .statusCode(400)
        .contentType(PROBLEM)
        .body("violations[0].field", equalTo("actor"));
  }

  @Test
  void unknownPathIsAProblem() {
    asBroker()
        .body(Map.of())
        .post("/bvd/v1/nothing-here")
        .then()
        .statusCode(404)
        .contentType(PROBLEM);
  }
}
