package nl.namens.register.legal;

import static nl.namens.register.RegisterApi.asAdmin;
import static nl.namens.register.RegisterApi.asBroker;

import io.restassured.response.ValidatableResponse;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.namens.register.Identifiers;

/** Test helpers for legal representation: services by category, feed rows, imports, capacity. */
final class Legal {

  private Legal() {}

  static String service(String name, String category) {
    return service(name, category, false);
  }

  static String service(String name, String category, boolean allowsSelfService) {
    String id = UUID.randomUUID().toString();
    asAdmin()
        .body(
            Map.of(
                "id", id,
                "name", name,
                "provider", "Gemeente",
                "category", category,
                "minimumLoa", "substantieel",
                "allowsSelfServiceUnderRepresentation", allowsSelfService))
        .post("/admin/v1/services")
        .then()
        .statusCode(201);
    return id;
  }

  /** A financial service marked for settling an estate ({@code settlesEstate: true}). */
  static String estateService(String name) {
    String id = UUID.randomUUID().toString();
    asAdmin()
        .body(
            Map.of(
                "id", id,
                "name", name,
                "provider", "Belastingdienst",
                "category", "financial",
                "minimumLoa", "substantieel",
                "settlesEstate", true))
        .post("/admin/v1/services")
        .then()
        .statusCode(201)
        .body("settlesEstate", org.hamcrest.Matchers.equalTo(true));
    return id;
  }

  /** A survivor-mandate body: {@code holder} is the executor of {@code deceased}'s estate (executele). */
  static Map<String, Object> survivor(String deceased, String holder, String... services) {
    Map<String, Object> body = new HashMap<>();
    body.put("deceased", bsn(deceased));
    body.put("holder", bsn(holder));
    body.put("role", "executor");
    body.put(
        "evidence",
        Map.of("type", "executele", "reference", "NOT-2026-" + UUID.randomUUID().toString().substring(0, 6)));
    body.put("services", List.of(services));
    return body;
  }

  /** The date of death the helpers record (before every start date the tests use). */
  static final String DIED_ON = "2020-01-01";

  /**
   * Agent {@code agent-007} proposes the survivor mandate (201, status {@code proposed}), after the BRP deaths
   * feed reported the deceased's death on {@link #DIED_ON} (if the body names a BSN).
   */
  static ValidatableResponse registerSurvivor(Map<String, Object> body) {
    knownDead(body);
    return proposeSurvivor(body);
  }

  /** The BRP deaths feed reports the death (on {@link #DIED_ON}) of the body's deceased, if it names a BSN. */
  static void knownDead(Map<String, Object> body) {
    if (body.get("deceased") instanceof Map<?, ?> deceased && deceased.get("id") instanceof String bsn) {
      recordDeath(bsn, DIED_ON);
    }
  }

  /** Agent {@code agent-007} proposes the survivor mandate as it is (no death recorded first). */
  static ValidatableResponse proposeSurvivor(Map<String, Object> body) {
    return nl.namens.register.PortalApi.asHelpdesk("agent-007")
        .body(body)
        .post("/api/v1/helpdesk/survivor-mandates")
        .then();
  }

  /** A second agent ({@code agent-009}) approves a survivor proposal. */
  static ValidatableResponse approveSurvivor(String id) {
    return nl.namens.register.PortalApi.asHelpdesk("agent-009")
        .post("/api/v1/helpdesk/survivor-mandates/" + id + "/approve")
        .then();
  }

  /** Proposed by one agent, approved by another: an active survivor mandate; its id. */
  static String activeSurvivor(Map<String, Object> body) {
    String id = registerSurvivor(body).statusCode(201).extract().path("id");
    approveSurvivor(id).statusCode(200).body("status", org.hamcrest.Matchers.equalTo("active"));
    return id;
  }

  /** The BRP deaths feed reports {@code bsn}'s death on {@code diedOn}. */
  static ValidatableResponse recordDeath(String bsn, String diedOn) {
    return asAdmin()
        .body(
            Map.of(
                "rows",
                List.of(Map.of("externalId", "death-" + UUID.randomUUID(), "bsn", bsn, "dateOfDeath", diedOn))))
        .post("/admin/v1/legal/imports/brp-deaths")
        .then()
        .statusCode(200);
  }

  static ValidatableResponse endSurvivor(String id, String reason) {
    return nl.namens.register.PortalApi.asHelpdesk("agent-008")
        .body(Map.of("reason", reason))
        .post("/api/v1/helpdesk/survivor-mandates/" + id + "/end")
        .then();
  }

  static String externalId() {
    return "rec-" + UUID.randomUUID();
  }

  /** A BRP row: {@code parent} has authority over the child born on {@code birth}. */
  static Map<String, Object> parentRow(String child, String parent, LocalDate birth) {
    Map<String, Object> row = new HashMap<>();
    row.put("externalId", externalId());
    row.put("representedBsn", child);
    row.put("representativeBsn", parent);
    row.put("representativeName", "Ouder " + parent.substring(6));
    row.put("childBirthDate", birth.toString());
    return row;
  }

  /** A court row of {@code kind} decided a year ago. */
  static Map<String, Object> courtRow(String kind, String person, String representative) {
    Map<String, Object> row = new HashMap<>();
    row.put("externalId", externalId());
    row.put("kind", kind);
    row.put("representedBsn", person);
    row.put("representativeBsn", representative);
    row.put("representativeName", "Vertegenwoordiger " + kind);
    row.put("court", "Rechtbank Midden-Nederland");
    row.put("decisionDate", "2025-06-01");
    row.put("decisionId", "C/16/" + UUID.randomUUID().toString().substring(0, 8));
    return row;
  }

  static ValidatableResponse importRows(String source, List<Map<String, Object>> rows) {
    return asAdmin()
        .body(Map.of("rows", rows))
        .post("/admin/v1/legal/imports/" + source)
        .then()
        .statusCode(200);
  }

  static Map<String, Object> bsn(String id) {
    return Map.of("type", "BSN", "id", id);
  }

  static String person() {
    return Identifiers.bsn();
  }

  static ValidatableResponse capacity(String person, String service) {
    return asBroker()
        .body(Map.of("subject", bsn(person), "service", service))
        .post("/bvd/v1/capacity")
        .then()
        .statusCode(200);
  }
}
