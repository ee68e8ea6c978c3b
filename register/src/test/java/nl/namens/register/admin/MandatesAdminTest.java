package nl.namens.register.admin;

import static nl.namens.register.RegisterApi.activeMandate;
import static nl.namens.register.RegisterApi.asAdmin;
import static nl.namens.register.RegisterApi.createMandate;
import static nl.namens.register.RegisterApi.mandate;
import static nl.namens.register.RegisterApi.mandateId;
import static nl.namens.register.RegisterApi.person;
import static nl.namens.register.RegisterApi.registerParty;
import static nl.namens.register.RegisterApi.representations;
import static nl.namens.register.RegisterApi.revoke;
import static nl.namens.register.RegisterApi.service;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.namens.register.EmbeddedPostgresResource;
import nl.namens.register.PortalApi;
import nl.namens.register.TestClock;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class MandatesAdminTest {

  private static final LocalDate TODAY = TestClock.TODAY;
  private static final String PROBLEM = "application/problem+json";
  private static final Pattern CODE = Pattern.compile(
          "(?<![0-9A-Za-z-])[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}(?![0-9A-Za-z-])"); // not three groups inside a UUID

  @Test
  void registeredMandateIsAnsweredWithItsLocation() {
    String service = service("Belastingaangifte");

    ExtractableResponse<Response> created =
        createMandate(
                mandate(
                    person(), person(), List.of(service), TODAY.minusDays(10), TODAY.plusYears(1), "active"))
            .statusCode(201)
            .contentType("application/json")
            .extract();

    String id = created.path("id");
    assertThat(
        created.header("Location"), endsWith("/admin/v1/mandates/" + id));
  }

  @Test
  void registeredMandateShowsAllItsFields() {
    String service = service("Belastingaangifte");
    Map<String, Object> principal = registerParty(person(), "B. de Vries");
    Map<String, Object> representative = person();
    String id = activeMandate(principal, representative, service);

    asAdmin()
        .get("/admin/v1/mandates/" + id)
        .then()
        .statusCode(200)
        .body("id", equalTo(id))
        .body("kind", equalTo("voluntary"))
        .body("principal.id", equalTo(principal.get("id")))
        .body("principal.displayName", equalTo("B. de Vries"))
        .body("representative.id", equalTo(representative.get("id")))
        .body("services[0].id", equalTo(service))
        .body("services[0].name", equalTo("Belastingaangifte"))
        .body("validFrom", equalTo(TODAY.minusMonths(1).toString()))
        .body("validUntil", equalTo(TODAY.plusYears(1).toString()))
        .body("status", equalTo("active"))
        .body("createdAt", notNullValue())
        .body("$", not(hasKey("revokedAt")));
  }

  @Test
  void statusDefaultsToActive() {
    Map<String, Object> body =
        mandate(
            person(), person(), List.of(service("Aangifte")), TODAY, TODAY.plusDays(1), "active");
    body.remove("status");

    createMandate(body).statusCode(201).body("status", equalTo("active"));
  }

  @Test
  void selfMandateIsRejected() {
    Map<String, Object> someone = person();

    createMandate(
            mandate(
                someone, someone, List.of(service("Aangifte")), TODAY, TODAY.plusYears(1), "active"))
        .statusCode(400)
        .contentType(PROBLEM)
        .body("violations[0].field", equalTo("representative"))
        .body(
            "violations[0].message",
            equalTo("must not be the principal (a party cannot mandate itself)"));
  }

  @Test
  void mandateEndingBeforeItStartsIsRejected() {
    createMandate(
            mandate(
                person(), person(), List.of(service("Aangifte")), TODAY, TODAY.minusDays(1), "active"))
        .statusCode(400)
        .contentType(PROBLEM)
        .body("violations[0].field", equalTo("validUntil"))
        .body("violations[0].message", equalTo("must not be before validFrom"));
  }

  @Test
  void oneDayMandateIsAccepted() {
    createMandate(mandate(person(), person(), List.of(service("Aangifte")), TODAY, TODAY, "active"))
        .statusCode(201);
  }

  @Test
  void mandateForAnUnknownServiceIsRejected() {
    createMandate(
            mandate(
                person(),
                person(),
                List.of(service("Aangifte"), UUID.randomUUID().toString()),
                TODAY,
                TODAY.plusYears(1),
                "active"))
        .statusCode(400)
        .contentType(PROBLEM)
        .body("violations[0].field", equalTo("services[1]"))
        .body("violations[0].message", equalTo("is not a service in the catalogue"));
  }

  @Test
  void mandateForARetiredServiceIsRejected() {
    String retired = service("Oude regeling", "basis", true);

    createMandate(mandate(person(), person(), List.of(retired), TODAY, TODAY.plusYears(1), "active"))
        .statusCode(400)
        .body("violations[0].field", equalTo("services[0]"))
        .body("violations[0].message", equalTo("is a retired service"));
  }

  @Test
  void mandateWithoutServicesIsRejected() {
    createMandate(mandate(person(), person(), List.of(), TODAY, TODAY.plusYears(1), "active"))
        .statusCode(400)
        .body("violations[0].field", equalTo("services"));
  }

  @Test
  void revokedIsNotAStatusToRegister() {
    createMandate(
            mandate(
                person(), person(), List.of(service("Aangifte")), TODAY, TODAY.plusYears(1), "revoked"))
        .statusCode(400)
        .body("violations[0].field", equalTo("status"));
  }

  @Test
  void dateThatIsNotAnIsoDateIsRejected() {
    Map<String, Object> body =
        new HashMap<>(
            mandate(
                person(), person(), List.of(service("Aangifte")), TODAY, TODAY.plusYears(1), "active"));
    body.put("validUntil", "31-12-2027");

    createMandate(body)
        .statusCode(400)
        .contentType(PROBLEM)
        .body("violations[0].field", equalTo("validUntil"))
        .body("violations[0].message", equalTo("must be a date (yyyy-mm-dd)"));
  }

  @Test
  void overlappingActiveMandateForTheSameServiceIsAConflict() {
    String service = service("Belastingaangifte");
    Map<String, Object> principal = person();
    Map<String, Object> representative = person();
    createMandate(
            mandate(
                principal, representative, List.of(service), TODAY, TODAY.plusMonths(6), "active"))
        .statusCode(201);

    createMandate(
            mandate(
                principal,
                representative,
                List.of(service("Toeslagen"), service),
                TODAY.plusMonths(6),
                TODAY.plusYears(2),
                "active"))
        .statusCode(409)
        .contentType(PROBLEM)
        .body("type", equalTo("urn:namens:problem:mandate-overlap"));
  }

  @Test
  void consecutivePeriodsDoNotOverlap() {
    String service = service("Belastingaangifte");
    Map<String, Object> principal = person();
    Map<String, Object> representative = person();
    createMandate(
            mandate(
                principal, representative, List.of(service), TODAY, TODAY.plusMonths(6), "active"))
        .statusCode(201);

    createMandate(
            mandate(
                principal,
                representative,
                List.of(service),
                TODAY.plusMonths(6).plusDays(1),
                TODAY.plusYears(2),
                "active"))
        .statusCode(201);
  }

  @Test
  void revokedMandateDoesNotBlockANewOne() {
    String service = service("Belastingaangifte");
    Map<String, Object> principal = person();
    Map<String, Object> representative = person();
    revoke(activeMandate(principal, representative, service)).statusCode(200);

    activeMandate(principal, representative, service);
  }

  @Test
  void anotherRepresentativeForTheSameServiceIsFine() {
    String service = service("Belastingaangifte");
    Map<String, Object> principal = person();
    activeMandate(principal, person(), service);

    activeMandate(principal, person(), service);
  }

  @Test
  void rejectedMandateStoresNothing() {
    Map<String, Object> principal = person();
    Map<String, Object> representative = person();

    createMandate(
            mandate(
                principal,
                representative,
                List.of(UUID.randomUUID().toString()),
                TODAY,
                TODAY.plusYears(1),
                "active"))
        .statusCode(400);

    registerParty(principal, "Not registered by the rejected mandate");
    registerParty(representative, "Not registered by the rejected mandate");
  }

  @Test
  void mandateIsRevoked() {
    String id = activeMandate(person(), person(), service("Belastingaangifte"));

    revoke(id)
        .statusCode(200)
        .body("id", equalTo(id))
        .body("status", equalTo("revoked"))
        .body("revokedAt", notNullValue());
    asAdmin().get("/admin/v1/mandates/" + id).then().statusCode(200).body("status", equalTo("revoked"));
  }

  @Test
  void revokingTwiceIsAConflict() {
    String id = activeMandate(person(), person(), service("Belastingaangifte"));
    revoke(id).statusCode(200);

    revoke(id).statusCode(409).contentType(PROBLEM);
  }

  @Test
  void pendingMandateOfAnAdministratorIsActivatedWithTheCodeFromThePrincipalsLetter() {
    String service = service("Belastingaangifte");
    Map<String, Object> principal = person();
    Map<String, Object> representative = person();
    String id =
        mandateId(mandate(principal, representative, List.of(service), TODAY, TODAY.plusYears(1), "pending"));

    String letter =
        PortalApi.outbox(principal)
            .statusCode(200)
            .extract()
            .path("find { it.mandateId == '" + id + "' && it.kind == 'activation-code' }.body");
    Matcher code = CODE.matcher(letter);
    assertTrue(code.find(), letter);

    PortalApi.activate(representative, id, code.group()).statusCode(200).body("status", equalTo("active"));
    representations(representative, service)
        .body("principals.mandateId", contains(id))
        .body("principals[0].principal.id", equalTo(principal.get("id")));
  }

  @Test
  void administratorsRevocationIsWrittenToBothParties() {
    Map<String, Object> principal = person();
    Map<String, Object> representative = person();
    String id = activeMandate(principal, representative, service("Belastingaangifte"));

    revoke(id).statusCode(200);

    for (Map<String, Object> party : List.of(principal, representative)) {
      PortalApi.outbox(party)
          .body("findAll { it.mandateId == '" + id + "' }.kind", contains("mandate-revoked"));
    }
    PortalApi.history(principal, id).body("action", contains("create", "revoke"));
  }

  @Test
  void unknownMandateIsNotFound() {
    String unknown = UUID.randomUUID().toString();

    asAdmin()
        .get("/admin/v1/mandates/" + unknown)
        .then()
        .statusCode(404)
        .contentType(PROBLEM)
        .body("detail", equalTo("No mandate with this id."));
    revoke(unknown).statusCode(404).contentType(PROBLEM);
  }
}
