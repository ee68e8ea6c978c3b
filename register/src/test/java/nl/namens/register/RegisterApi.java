package nl.namens.register;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Arranges test data through the register's own admin API and asks the BVD API, as a client would. */
public final class RegisterApi {

  private RegisterApi() {}

  public static RequestSpecification asAdmin() {
    return given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON);
  }

  public static RequestSpecification asBroker() {
    return given().auth().oauth2(Tokens.bvd()).contentType(ContentType.JSON);
  }

  public static Map<String, Object> party(String type, String id) {
    return Map.of("type", type, "id", id);
  }

  public static Map<String, Object> person() {
    return party("BSN", Identifiers.bsn());
  }

  public static Map<String, Object> company() {
    return party("KVK", Identifiers.kvk());
  }

  /** A financial service needing {@code substantieel}; returns its id. */
  public static String service(String name) {
    return service(name, "substantieel", false);
  }

  public static String service(String name, String minimumLoa, boolean retired) {
    String id = UUID.randomUUID().toString();
    asAdmin()
        .body(
            Map.of(
                "id", id,
                "name", name,
                "provider", "Belastingdienst",
                "category", "financial",
                "minimumLoa", minimumLoa,
                "retired", retired))
        .post("/admin/v1/services")
        .then()
        .statusCode(201);
    return id;
  }

  public static Map<String, Object> registerParty(Map<String, Object> party, String displayName) {
    Map<String, Object> body = new HashMap<>(party);
    body.put("displayName", displayName);
    asAdmin().body(body).post("/admin/v1/parties").then().statusCode(201);
    return party;
  }

  public static Map<String, Object> mandate(
      Map<String, Object> principal,
      Map<String, Object> representative,
      List<String> services,
      LocalDate validFrom,
      LocalDate validUntil,
      String status) {
    Map<String, Object> body = new HashMap<>();
    body.put("principal", principal);
    body.put("representative", representative);
    body.put("services", services);
    body.put("validFrom", validFrom.toString());
    body.put("validUntil", validUntil.toString());
    body.put("status", status);
    return body;
  }

  public static ValidatableResponse createMandate(Map<String, Object> body) {
    return asAdmin().body(body).post("/admin/v1/mandates").then();
  }

  /** Registers an active mandate valid from a month ago until a year from the test's today. */
  public static String activeMandate(
      Map<String, Object> principal, Map<String, Object> representative, String... services) {
    return mandateId(
        mandate(
            principal,
            representative,
            List.of(services),
            TestClock.TODAY.minusMonths(1),
            TestClock.TODAY.plusYears(1),
            "active"));
  }

  public static String mandateId(Map<String, Object> body) {
    return createMandate(body).statusCode(201).extract().path("id");
  }

  public static ValidatableResponse revoke(String mandateId) {
    return asAdmin().post("/admin/v1/mandates/" + mandateId + "/revoke").then();
  }

  public static ValidatableResponse representations(Map<String, Object> actor, String service) {
    return asBroker()
        .body(Map.of("actor", actor, "service", service))
        .post("/bvd/v1/representations")
        .then();
  }

  public static ValidatableResponse authorizations(
      Map<String, Object> actor, Map<String, Object> principal, String service, String mandateId) {
    Map<String, Object> body = new HashMap<>();
    body.put("actor", actor);
    body.put("principal", principal);
    body.put("service", service);
    if (mandateId != null) {
      body.put("mandateId", mandateId);
    }
    return asBroker().body(body).post("/bvd/v1/authorizations").then();
  }
}
