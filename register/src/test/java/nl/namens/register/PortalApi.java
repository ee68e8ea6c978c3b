package nl.namens.register;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The user-facing JSON API ({@code /api/v1}) as the portal would call it, for a logged-in party. */
public final class PortalApi {

  private PortalApi() {}

  public static RequestSpecification as(Map<String, Object> party) {
    return given().auth().oauth2(Tokens.portal(party)).contentType(ContentType.JSON);
  }

  public static RequestSpecification asEmployee(Map<String, Object> company, String actingSubjectId) {
    return given()
        .auth()
        .oauth2(Tokens.employee(company, actingSubjectId))
        .contentType(ContentType.JSON);
  }

  /** An employee whose eHerkenning login carries these service authorisations (null: none at all). */
  public static RequestSpecification asEmployee(
      Map<String, Object> company, String actingSubjectId, String serviceIds) {
    return given()
        .auth()
        .oauth2(Tokens.employee(company, actingSubjectId, serviceIds))
        .contentType(ContentType.JSON);
  }

  public static RequestSpecification asHelpdesk(String agent) {
    return given().auth().oauth2(Tokens.helpdesk(agent)).contentType(ContentType.JSON);
  }

  /** Terms from today for a year. */
  public static Map<String, Object> terms(String role, Map<String, Object> other, String... services) {
    return terms(role, other, List.of(services), TestClock.TODAY, TestClock.TODAY.plusYears(1));
  }

  public static Map<String, Object> terms(
      String role, Map<String, Object> other, List<String> services, LocalDate from, LocalDate until) {
    Map<String, Object> body = new HashMap<>();
    body.put(role, other);
    body.put("services", services);
    body.put("validFrom", from.toString());
    body.put("validUntil", until.toString());
    return body;
  }

  /** The principal registers a mandate for the representative; the raw answer. */
  public static ValidatableResponse register(
      Map<String, Object> principal, Map<String, Object> representative, String... services) {
    return as(principal).body(terms("representative", representative, services)).post("/api/v1/mandates").then();
  }

  /** Registers and returns {@code [mandateId, activationCode]}. */
  public static String[] registered(
      Map<String, Object> principal, Map<String, Object> representative, String... services) {
    var answer = register(principal, representative, services).statusCode(201).extract();
    return new String[] {answer.path("mandate.id"), answer.path("activationCode")};
  }

  public static ValidatableResponse activate(Map<String, Object> party, String mandateId, String code) {
    return as(party)
        .body(Map.of("code", code))
        .post("/api/v1/mandates/" + mandateId + "/activate")
        .then();
  }

  public static ValidatableResponse approve(Map<String, Object> party, String mandateId, String code) {
    return as(party)
        .body(Map.of("code", code))
        .post("/api/v1/mandates/" + mandateId + "/approve")
        .then();
  }

  public static ValidatableResponse request(
      Map<String, Object> representative, Map<String, Object> principal, String... services) {
    return as(representative)
        .body(terms("principal", principal, services))
        .post("/api/v1/mandates/requests")
        .then();
  }

  public static ValidatableResponse revoke(Map<String, Object> party, String mandateId) {
    return as(party).post("/api/v1/mandates/" + mandateId + "/revoke").then();
  }

  public static ValidatableResponse decline(Map<String, Object> party, String mandateId) {
    return as(party).post("/api/v1/mandates/" + mandateId + "/decline").then();
  }

  public static ValidatableResponse get(Map<String, Object> party, String mandateId) {
    return as(party).get("/api/v1/mandates/" + mandateId).then();
  }

  public static ValidatableResponse history(Map<String, Object> party, String mandateId) {
    return as(party).get("/api/v1/mandates/" + mandateId + "/history").then();
  }

  public static ValidatableResponse outbox(Map<String, Object> party) {
    return as(party).get("/api/v1/outbox").then();
  }

  /** Registered and activated: an active mandate from today for a year. */
  public static String activeThroughLifecycle(
      Map<String, Object> principal, Map<String, Object> representative, String... services) {
    String[] m = registered(principal, representative, services);
    activate(representative, m[0], m[1]).statusCode(200);
    return m[0];
  }
}
