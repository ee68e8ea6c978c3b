package nl.namens.register.admin;

import static nl.namens.register.RegisterApi.asAdmin;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import nl.namens.register.EmbeddedPostgresResource;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class ServicesAdminTest {

  private static Map<String, Object> service(String id) {
    Map<String, Object> body = new HashMap<>();
    body.put("id", id);
    body.put("name", "Zorgtoeslag");
    body.put("provider", "Dienst Toeslagen");
    body.put("category", "care");
    body.put("minimumLoa", "midden");
    return body;
  }

  @Test
  void serviceIsAddedAndListed() {
    String id = UUID.randomUUID().toString();
    asAdmin()
        .body(service(id))
        .post("/admin/v1/services")
        .then()
        .statusCode(201)
        .body("id", equalTo(id))
        .body("name", equalTo("Zorgtoeslag"))
        .body("provider", equalTo("Dienst Toeslagen"))
        .body("category", equalTo("care"))
        .body("minimumLoa", equalTo("midden"))
        .body("retired", equalTo(false));

    asAdmin().get("/admin/v1/services").then().statusCode(200).body("id", hasItem(id));
  }

  @Test
  void serviceWithATakenIdIsAConflict() {
    String id = UUID.randomUUID().toString();
    asAdmin().body(service(id)).post("/admin/v1/services").then().statusCode(201);

    asAdmin()
        .body(service(id))
        .post("/admin/v1/services")
        .then()
        .statusCode(409)
        .contentType("application/problem+json")
        .body("type", equalTo("urn:namens:problem:service-exists"))
        .body("detail", equalTo("A service with this id already exists."));
  }

  @Test
  void unknownCategoryIsRejected() {
    Map<String, Object> body = service(UUID.randomUUID().toString());
    body.put("category", "fun");

    asAdmin()
        .body(body)
        .post("/admin/v1/services")
        .then()
        .statusCode(400)
        .body("violations[0].field", equalTo("category"))
        .body("violations[0].message", equalTo("must be one of financial, care, general"));
  }

  @Test
  void unknownLevelOfAssuranceIsRejected() {
    Map<String, Object> body = service(UUID.randomUUID().toString());
    body.put("minimumLoa", "extreem");

    asAdmin()
        .body(body)
        .post("/admin/v1/services")
        .then()
        .statusCode(400)
        .body("violations[0].field", equalTo("minimumLoa"));
  }

  @Test
  void markupInServiceNameIsRejected() {
    Map<String, Object> body = service(UUID.randomUUID().toString());
    body.put("name", "<script>alert(1)</script>");

    asAdmin()
        .body(body)
        .post("/admin/v1/services")
        .then()
        .statusCode(400)
        .body("violations[0].field", equalTo("name"))
        .body("violations[0].message", equalTo("must be plain text: no control characters, no < or >"));
  }

  @Test
  void lineBreakInProviderIsRejected() {
    Map<String, Object> body = service(UUID.randomUUID().toString());
    body.put("provider", "Belastingdienst\nINFO forged log line");

    asAdmin()
        .body(body)
        .post("/admin/v1/services")
        .then()
        .statusCode(400)
        .body("violations[0].field", equalTo("provider"));
  }

  @Test
  void overlongServiceNameIsRejected() {
    Map<String, Object> body = service(UUID.randomUUID().toString());
    body.put("name", "x".repeat(201));

    asAdmin()
        .body(body)
        .post("/admin/v1/services")
        .then()
        .statusCode(400)
        .body("violations[0].field", equalTo("name"));
  }

  @Test
  void rejectedServiceIsNotStored() {
    String id = UUID.randomUUID().toString();
    Map<String, Object> body = service(id);
    body.put("name", "<b>Zorgtoeslag</b>");
    asAdmin().body(body).post("/admin/v1/services").then().statusCode(400);

    asAdmin().body(service(id)).post("/admin/v1/services").then().statusCode(201);
  }
}
