package nl.namens.register.admin;

import static nl.namens.register.RegisterApi.asAdmin;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import nl.namens.register.EmbeddedPostgresResource;
import nl.namens.register.Identifiers;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class PartiesAdminTest {

  @Test
  void personIsRegistered() {
    String bsn = Identifiers.bsn();
    asAdmin()
        .body(Map.of("type", "BSN", "id", bsn, "displayName", "Jan Jansen"))
        .post("/admin/v1/parties")
        .then()
        .statusCode(201)
        .body("type", equalTo("BSN"))
        .body("id", equalTo(bsn))
        .body("displayName", equalTo("Jan Jansen"));
  }

  @Test
  void organisationIsRegisteredByRsin() {
    asAdmin()
        .body(Map.of("type", "RSIN", "id", Identifiers.rsin(), "displayName", "Stichting Hulp"))
        .post("/admin/v1/parties")
        .then()
        .statusCode(201)
        .body("type", equalTo("RSIN"));
  }

  @Test
  void registeringTheSamePartyTwiceIsAConflict() {
    Map<String, Object> party = Map.of("type", "KVK", "id", Identifiers.kvk(), "displayName", "Bakkerij");
    asAdmin().body(party).post("/admin/v1/parties").then().statusCode(201);

    asAdmin()
        .body(party)
        .post("/admin/v1/parties")
        .then()
        .statusCode(409)
        .contentType("application/problem+json")
        .body("detail", equalTo("A party with this type and identifier is already registered."));
  }

  @Test
  void htmlInDisplayNameIsRejected() {
    asAdmin()
        .body(Map.of("type", "BSN", "id", Identifiers.bsn(), "displayName", "<img src=x onerror=alert(1)>"))
        .post("/admin/v1/parties")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("violations[0].field", equalTo("displayName"));
  }

  @Test
  void controlCharacterInDisplayNameIsRejected() {
    asAdmin()
        .body(Map.of("type", "BSN", "id", Identifiers.bsn(), "displayName", "Jan\u0000Jansen"))
        .post("/admin/v1/parties")
        .then()
        .statusCode(400)
        .body("violations[0].field", equalTo("displayName"));
  }

  @Test
  void missingDisplayNameIsRejected() {
    asAdmin()
        .body(Map.of("type", "BSN", "id", Identifiers.bsn()))
        .post("/admin/v1/parties")
        .then()
        .statusCode(400)
        .body("violations[0].field", equalTo("displayName"));
  }

  @Test
  void invalidBsnIsRejected() {
    asAdmin()
        .body(Map.of("type", "BSN", "id", "999990018", "displayName", "Jan Jansen"))
        .post("/admin/v1/parties")
        .then()
        .statusCode(400)
        .body("violations[0].field", equalTo("id"))
        .body("violations[0].message", equalTo("is not a valid BSN (nine digits passing the 11-proef)"));
  }
}
