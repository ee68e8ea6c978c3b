package nl.namens.register.mandate;

import static nl.namens.register.PortalApi.as;
import static nl.namens.register.PortalApi.registered;
import static nl.namens.register.PortalApi.terms;
import static nl.namens.register.RegisterApi.party;
import static nl.namens.register.RegisterApi.person;
import static nl.namens.register.RegisterApi.service;
import static nl.namens.register.TestClock.TODAY;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import nl.namens.register.Database;
import nl.namens.register.EmbeddedPostgresResource;
import org.junit.jupiter.api.Test;

/** Every refused registration names the field and the rule, and stores nothing. */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class BadInputTest {

  @Inject DataSource dataSource;

  private ValidatableResponse registerUnchanged(Map<String, Object> principal, Map<String, Object> body) {
    Map<String, Long> before = Database.counts(dataSource);
    ValidatableResponse answer =
        as(principal).body(body).post("/api/v1/mandates").then().contentType("application/problem+json");
    assertEquals(before, Database.counts(dataSource));
    return answer;
  }

  private static void violation(ValidatableResponse answer, String field, String message) {
    answer
        .statusCode(400)
        .body("violations[0].field", equalTo(field))
        .body("violations[0].message", equalTo(message));
  }

  @Test
  void representativeWithAnInvalidBsnIsRefused() {
    violation(
        registerUnchanged(person(), terms("representative", party("BSN", "123456789"), service("X"))),
        "representative.id",
        "is not a valid BSN (nine digits passing the 11-proef)");
  }

  @Test
  void representativeWithAnInvalidKvkNumberIsRefused() {
    violation(
        registerUnchanged(person(), terms("representative", party("KVK", "1234567"), service("X"))),
        "representative.id",
        "is not a valid KvK number (eight digits)");
  }

  @Test
  void mandateToOneselfIsRefused() {
    Map<String, Object> me = person();
    violation(
        registerUnchanged(me, terms("representative", me, service("X"))),
        "representative",
        "must not be yourself (a party cannot mandate itself)");
  }

  @Test
  void overlappingPendingMandateForTheSamePairAndServiceIsAConflict() {
    String service = service("X");
    Map<String, Object> principal = person();
    Map<String, Object> representative = person();
    registered(principal, representative, service);

    registerUnchanged(principal, terms("representative", representative, service))
        .statusCode(409)
        .body(
            "detail",
            equalTo(
                "An active or pending mandate between these parties already covers one of these"
                    + " services in an overlapping period."));
  }

  @Test
  void overlappingActiveMandateIsAConflict() {
    String service = service("X");
    Map<String, Object> principal = person();
    Map<String, Object> representative = person();
    nl.namens.register.PortalApi.activeThroughLifecycle(principal, representative, service);

    registerUnchanged(principal, terms("representative", representative, service)).statusCode(409);
  }

  @Test
  void unknownServiceIsRefused() {
    violation(
        registerUnchanged(
            person(), terms("representative", person(), UUID.randomUUID().toString())),
        "services[0]",
        "is not a service in the catalogue");
  }

  @Test
  void retiredServiceIsRefused() {
    violation(
        registerUnchanged(
            person(),
            terms("representative", person(), service("Oud", "basis", true))),
        "services[0]",
        "is a retired service");
  }

  @Test
  void endBeforeStartIsRefused() {
    violation(
        registerUnchanged(
            person(),
            terms("representative", person(), List.of(service("X")), TODAY.plusDays(5), TODAY.plusDays(4))),
        "validUntil",
        "must not be before validFrom");
  }

  @Test
  void startBeforeTodayIsRefused() {
    violation(
        registerUnchanged(
            person(),
            terms("representative", person(), List.of(service("X")), TODAY.minusDays(1), TODAY.plusDays(4))),
        "validFrom",
        "must not be before today");
  }

  @Test
  void periodOverTheMaximumIsRefused() {
    LocalDate from = TODAY.plusDays(1);
    violation(
        registerUnchanged(
            person(),
            terms("representative", person(), List.of(service("X")), from, from.plusYears(5).plusDays(1))),
        "validUntil",
        "must not be more than P5Y after validFrom");
  }

  @Test
  void periodOfExactlyTheMaximumIsAccepted() {
    LocalDate from = TODAY.plusDays(1);
    as(person())
        .body(terms("representative", person(), List.of(service("X")), from, from.plusYears(5)))
        .post("/api/v1/mandates")
        .then()
        .statusCode(201);
  }

  @Test
  void chainMandateToAPersonIsRefused() {
    Map<String, Object> body = new java.util.HashMap<>(terms("representative", person(), service("X")));
    body.put("kind", "chain");
    violation(
        registerUnchanged(person(), body),
        "representative.type",
        "a chain mandate's representative (the intermediary) must be a company (KVK)");
  }

  @Test
  void unknownKindIsRefused() {
    Map<String, Object> body = new java.util.HashMap<>(terms("representative", person(), service("X")));
    body.put("kind", "<i>legal</i>");
    violation(registerUnchanged(person(), body), "kind", "must be voluntary or chain");
  }

  @Test
  void overLongOrHtmlEmployeeIdsAreRefused() {
    Map<String, Object> principal = person();
    Map<String, Object> company = nl.namens.register.RegisterApi.company();
    String id = nl.namens.register.PortalApi.activeThroughLifecycle(principal, company, service("X"));
    Map<String, Long> before = Database.counts(dataSource);

    as(company)
        .body(Map.of("policy", "listed", "actingSubjectIds", List.of("x".repeat(129))))
        .put("/api/v1/mandates/" + id + "/employees")
        .then()
        .statusCode(400)
        .body("violations[0].field", equalTo("actingSubjectIds[0]"));
    as(company)
        .body(Map.of("policy", "listed", "actingSubjectIds", List.of("<b>emp</b>")))
        .put("/api/v1/mandates/" + id + "/employees")
        .then()
        .statusCode(400)
        .body("violations[0].message", equalTo("must be plain text: no control characters, no < or >"));

    assertEquals(before, Database.counts(dataSource));
  }
}
