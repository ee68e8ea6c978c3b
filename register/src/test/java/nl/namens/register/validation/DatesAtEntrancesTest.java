package nl.namens.register.validation;

import static nl.namens.register.RegisterApi.asAdmin;
import static nl.namens.register.RegisterApi.createMandate;
import static nl.namens.register.RegisterApi.mandate;
import static nl.namens.register.RegisterApi.person;
import static nl.namens.register.RegisterApi.representations;
import static nl.namens.register.RegisterApi.service;
import static nl.namens.register.TestClock.TODAY;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import javax.sql.DataSource;
import nl.namens.register.Database;
import nl.namens.register.EmbeddedPostgresResource;
import nl.namens.register.Identifiers;
import nl.namens.register.PortalApi;
import nl.namens.register.problem.ProblemCode;
import org.junit.jupiter.api.Test;

/**
 * The register's date rule ({@link DateRule}) at the JSON entrances: the admin API (parties, mandates,
 * survivor mandates), the user API ({@code /api/v1}: give, request, helpdesk) and the helpdesk's survivor
 * channel. A refused date is a 400 problem naming the field, and nothing is stored. The dates of the issue:
 * birth date {@code 0001-01-01}, {@code validUntil} {@code +99999-12-31}. (Legal imports: {@code
 * legal/ImportDatesTest}; portal forms: {@code portal/DatePagesTest}; demo data: {@code DemoDataLoaderTest}.)
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class DatesAtEntrancesTest {

  @Inject DataSource dataSource;

  /** Runs the request, checks it stored nothing, and returns its answer. */
  private ValidatableResponse unchanged(Supplier<ValidatableResponse> request) {
    Map<String, Long> before = Database.counts(dataSource);
    ValidatableResponse answer = request.get();
    assertEquals(before, Database.counts(dataSource), "a refused request stores nothing");
    return answer;
  }

  /** A 400 {@code invalid-request} problem with exactly this field violation. */
  private static void refused(ValidatableResponse answer, String field, String message) {
    answer
        .statusCode(400)
        .contentType("application/problem+json")
        .body("type", equalTo("urn:namens:problem:invalid-request"))
        .body("status", equalTo(400))
        .body("violations", hasSize(1))
        .body("violations[0].field", equalTo(field))
        .body("violations[0].message", equalTo(message));
  }

  // --- admin: parties ---------------------------------------------------------------------------------------

  private static Map<String, Object> newParty(String bsn, String birthDate) {
    return Map.of("type", "BSN", "id", bsn, "displayName", "Datum Test", "birthDate", birthDate);
  }

  @Test
  void birthDateInYearOneIsRefusedAndThePartyIsNotStored() {
    String bsn = Identifiers.bsn();
    refused(
        unchanged(
            () -> asAdmin().body(newParty(bsn, "0001-01-01")).post("/admin/v1/parties").then()),
        "birthDate",
        ProblemCode.DATE_TOO_EARLY.text());

    asAdmin()
        .body(newParty(bsn, "1950-04-01"))
        .post("/admin/v1/parties")
        .then()
        .statusCode(201); // not a 409: the refused request left no party behind
  }

  @Test
  void birthDateWithAFiveDigitYearIsRefused() {
    refused(
        unchanged(
            () ->
                asAdmin()
                    .body(newParty(Identifiers.bsn(), "+99999-01-01"))
                    .post("/admin/v1/parties")
                    .then()),
        "birthDate",
        ProblemCode.DATE_YEAR_INVALID.text());
  }

  @Test
  void birthDateAfterTheRegistersTodayIsInTheFuture() {
    // the register's today (TestClock), not the machine's: the rule reads the register's one Clock
    refused(
        unchanged(
            () ->
                asAdmin()
                    .body(newParty(Identifiers.bsn(), TODAY.plusDays(1).toString()))
                    .post("/admin/v1/parties")
                    .then()),
        "birthDate",
        ProblemCode.DATE_IN_FUTURE.text());
    refused(
        asAdmin().body(newParty(Identifiers.bsn(), "2999-01-01")).post("/admin/v1/parties").then(),
        "birthDate",
        ProblemCode.DATE_IN_FUTURE.text());
    asAdmin()
        .body(newParty(Identifiers.bsn(), TODAY.toString()))
        .post("/admin/v1/parties")
        .then()
        .statusCode(201);
  }

  // --- admin: mandates --------------------------------------------------------------------------------------

  private static Map<String, Object> adminMandate(
      Map<String, Object> principal, Map<String, Object> representative, String service, String from, String until) {
    Map<String, Object> body =
        new HashMap<>(mandate(principal, representative, List.of(service), TODAY, TODAY, "active"));
    body.put("validFrom", from);
    body.put("validUntil", until);
    return body;
  }

  @Test
  void mandateValidUntilAFiveDigitYearIsRefusedAndNotOffered() {
    String service = service("Belastingaangifte");
    Map<String, Object> representative = person();
    refused(
        unchanged(
            () ->
                createMandate(
                    adminMandate(person(), representative, service, TODAY.toString(), "+99999-12-31"))),
        "validUntil",
        ProblemCode.DATE_YEAR_INVALID.text());
    representations(representative, service).statusCode(200).body("principals", hasSize(0));
  }

  @Test
  void mandateAtTheEdgesOfTheCalendarIsA400NotA500() {
    String service = service("Belastingaangifte");
    unchanged(
            () ->
                createMandate(
                    adminMandate(person(), person(), service, "-0001-01-01", "+999999999-12-31")))
        .statusCode(400)
        .contentType("application/problem+json")
        .body("type", equalTo("urn:namens:problem:invalid-request"))
        .body("violations.field", contains("validFrom", "validUntil"))
        .body("violations.message", everyItem(equalTo(ProblemCode.DATE_YEAR_INVALID.text())));
  }

  @Test
  void mandateBefore1900IsRefused() {
    String service = service("Belastingaangifte");
    refused(
        unchanged(
            () -> createMandate(adminMandate(person(), person(), service, "1899-12-31", TODAY.toString()))),
        "validFrom",
        ProblemCode.DATE_TOO_EARLY.text());
  }

  @Test
  void mandateUntilTheLastDayOf9999IsTaken() {
    String service = service("Belastingaangifte");
    Map<String, Object> representative = person();
    createMandate(adminMandate(person(), representative, service, "1900-01-01", "9999-12-31"))
        .statusCode(201)
        .body("validUntil", equalTo("9999-12-31"));
    representations(representative, service)
        .body("principals", hasSize(1))
        .body("principals[0].validFrom", equalTo("1900-01-01"))
        .body("principals[0].validUntil", equalTo("9999-12-31"));
  }

  // --- user API: give, request, helpdesk --------------------------------------------------------------------

  private static Map<String, Object> terms(String role, Map<String, Object> other, String service, String from, String until) {
    Map<String, Object> body = new HashMap<>();
    body.put(role, other);
    body.put("services", List.of(service));
    body.put("validFrom", from);
    body.put("validUntil", until);
    return body;
  }

  @Test
  void givingAMandateUntilAFiveDigitYearIsRefused() {
    String service = service("Belastingaangifte");
    Map<String, Object> principal = person();
    refused(
        unchanged(
            () ->
                PortalApi.as(principal)
                    .body(terms("representative", person(), service, TODAY.toString(), "+99999-12-31"))
                    .post("/api/v1/mandates")
                    .then()),
        "validUntil",
        ProblemCode.DATE_YEAR_INVALID.text());
    PortalApi.as(principal).get("/api/v1/mandates/pending").then().body("size()", equalTo(0));
  }

  @Test
  void requestingAMandateFromAFiveDigitYearIsRefusedNotAFailure() {
    // before the rule, a start in year 999999999 overflowed the maximum-duration check (a 500)
    String service = service("Belastingaangifte");
    refused(
        unchanged(
            () ->
                PortalApi.as(person())
                    .body(
                        terms("principal", person(), service, "+999999999-01-01", TODAY.toString()))
                    .post("/api/v1/mandates/requests")
                    .then()),
        "validFrom",
        ProblemCode.DATE_YEAR_INVALID.text());
  }

  @Test
  void helpdeskRegistrationUntilAFiveDigitYearIsRefused() {
    String service = service("Belastingaangifte");
    Map<String, Object> body = terms("representative", person(), service, TODAY.toString(), "+99999-12-31");
    body.put("caller", person());
    body.put("identityCheck", "paspoort gezien");
    refused(
        unchanged(
            () -> PortalApi.asHelpdesk("agent-datum").body(body).post("/api/v1/helpdesk/mandates").then()),
        "validUntil",
        ProblemCode.DATE_YEAR_INVALID.text());
  }

  // --- survivor mandates: helpdesk and admin ----------------------------------------------------------------

  private static String estateService() {
    String id = UUID.randomUUID().toString();
    asAdmin()
        .body(
            Map.of(
                "id", id,
                "name", "Nalatenschap",
                "provider", "Belastingdienst",
                "category", "financial",
                "minimumLoa", "substantieel",
                "settlesEstate", true))
        .post("/admin/v1/services")
        .then()
        .statusCode(201);
    return id;
  }

  private static Map<String, Object> survivor(String validFrom) {
    Map<String, Object> body = new HashMap<>();
    body.put("deceased", person());
    body.put("holder", person());
    body.put("role", "executor");
    body.put("evidence", Map.of("type", "executele", "reference", "NOT-DATUM-1"));
    body.put("services", List.of(estateService()));
    body.put("validFrom", validFrom);
    return body;
  }

  @Test
  void survivorMandateFromAFiveDigitYearIsRefusedAtTheHelpdesk() {
    Map<String, Object> body = survivor("+99999-01-01");
    refused(
        unchanged(
            () ->
                PortalApi.asHelpdesk("agent-datum")
                    .body(body)
                    .post("/api/v1/helpdesk/survivor-mandates")
                    .then()),
        "validFrom",
        ProblemCode.DATE_YEAR_INVALID.text());
  }

  @Test
  void survivorMandateFromYearOneIsRefusedByTheAdminApi() {
    Map<String, Object> body = survivor("0001-01-01");
    refused(
        unchanged(() -> asAdmin().body(body).post("/admin/v1/survivor-mandates").then()),
        "validFrom",
        ProblemCode.DATE_TOO_EARLY.text());
  }

  // --- what Jackson cannot read at all stays a malformed request ---------------------------------------------

  @Test
  void aYearOfFiveDigitsWithoutASignIsNotADate() {
    String service = service("Belastingaangifte");
    unchanged(
            () -> createMandate(adminMandate(person(), person(), service, TODAY.toString(), "99999-12-31")))
        .statusCode(400)
        .contentType("application/problem+json")
        .body("type", equalTo("urn:namens:problem:malformed-request"))
        .body("violations[0].field", equalTo("validUntil"));
  }
}
