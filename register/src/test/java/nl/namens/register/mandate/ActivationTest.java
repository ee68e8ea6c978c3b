package nl.namens.register.mandate;

import static nl.namens.register.PortalApi.activate;
import static nl.namens.register.PortalApi.as;
import static nl.namens.register.PortalApi.get;
import static nl.namens.register.PortalApi.history;
import static nl.namens.register.PortalApi.outbox;
import static nl.namens.register.PortalApi.register;
import static nl.namens.register.PortalApi.registered;
import static nl.namens.register.RegisterApi.authorizations;
import static nl.namens.register.RegisterApi.person;
import static nl.namens.register.RegisterApi.registerParty;
import static nl.namens.register.RegisterApi.service;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Period;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import nl.namens.register.Database;
import nl.namens.register.EmbeddedPostgresResource;
import nl.namens.register.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class ActivationTest {

  @Inject DataSource dataSource;
  @Inject Lapsing lapsing;

  @AfterEach
  void resetClock() {
    TestClock.reset();
  }

  @Test
  void registeredMandateIsPendingWithAFormattedCodeAndNotOffered() {
    String service = service("Belastingaangifte");
    Map<String, Object> principal = person();
    Map<String, Object> representative = person();

    register(principal, representative, service)
        .statusCode(201)
        .body("mandate.status", equalTo("pending"))
        .body("mandate.role", equalTo("principal"))
        .body("mandate.awaiting", equalTo("representative"))
        .body("mandate.channel", equalTo("online"))
        .body("activationCode", matchesPattern("[A-HJKMNP-Z2-9]{4}-[A-HJKMNP-Z2-9]{4}-[A-HJKMNP-Z2-9]{4}"));

    authorizations(representative, principal, service, null).body("authorized", equalTo(false));
  }

  @Test
  void representativeActivatesWithTheCodeAndTheMandateIsOffered() {
    String service = service("Belastingaangifte");
    Map<String, Object> principal = registerParty(person(), "Bea de Vries");
    Map<String, Object> representative = person();
    String[] m = registered(principal, representative, service);

    activate(representative, m[0], m[1])
        .statusCode(200)
        .body("status", equalTo("active"))
        .body("state", equalTo("active"))
        .body("role", equalTo("representative"));

    authorizations(representative, principal, service, m[0]).body("authorized", equalTo(true));
    outbox(principal).statusCode(200).body("kind", hasItem("mandate-activated"));
    outbox(representative).body("kind", hasItem("mandate-registered"));
  }

  @Test
  void codeMayBeTypedInLowerCaseWithoutDashes() {
    String service = service("Belastingaangifte");
    Map<String, Object> principal = person();
    Map<String, Object> representative = person();
    String[] m = registered(principal, representative, service);

    activate(representative, m[0], m[1].replace("-", "").toLowerCase())
        .statusCode(200)
        .body("status", equalTo("active"));
  }

  @Test
  void activationCodeIsSingleUse() {
    String service = service("Belastingaangifte");
    Map<String, Object> representative = person();
    String[] m = registered(person(), representative, service);
    activate(representative, m[0], m[1]).statusCode(200);

    activate(representative, m[0], m[1])
        .statusCode(409)
        .body("type", equalTo("urn:namens:problem:not-awaiting-activation"))
        .body("status", equalTo(409))
        .body("mandateStatus", equalTo("active"))
        .body("detail", equalTo("The mandate is not awaiting activation (status active)."));
  }

  @Test
  void principalCannotActivateTheMandateSheRegistered() {
    Map<String, Object> principal = person();
    String[] m = registered(principal, person(), service("Belastingaangifte"));

    activate(principal, m[0], m[1])
        .statusCode(403)
        .body("detail", equalTo("Only the representative activates a mandate."));
    get(principal, m[0]).body("status", equalTo("pending"));
  }

  @Test
  void activatingSomeoneElsesMandateIsNotFoundAndChangesNothing() {
    String[] m = registered(person(), person(), service("Belastingaangifte"));
    Map<String, Long> before = Database.counts(dataSource);

    activate(person(), m[0], m[1])
        .statusCode(404)
        .contentType("application/problem+json")
        .body("detail", equalTo("No mandate with this id."));

    assertEquals(before, Database.counts(dataSource));
  }

  @Test
  void unknownMandateIsNotFound() {
    activate(person(), UUID.randomUUID().toString(), "ABCD-EFGH-JKMN").statusCode(404);
  }

  @Test
  void wrongCodeCountsEvenThoughTheRequestFails() {
    Map<String, Object> principal = person();
    Map<String, Object> representative = person();
    String[] m = registered(principal, representative, service("Belastingaangifte"));
    long attemptsBefore = Database.counts(dataSource).get("code_attempts");

    activate(representative, m[0], otherCode(m[1]))
        .statusCode(400)
        .body("type", equalTo("urn:namens:problem:code-wrong"))
        .body("attemptsLeft", equalTo(4))
        .body("violations[0].field", equalTo("code"))
        .body(
            "violations[0].message",
            equalTo("is not the right code (4 tries left before the mandate locks)"));

    assertEquals(attemptsBefore + 1, Database.counts(dataSource).get("code_attempts"));
    history(principal, m[0]).body("action", contains("register", "wrong-code"));
  }

  @Test
  void fiveWrongCodesLockTheMandateAndTheRightCodeNoLongerWorks() {
    Map<String, Object> principal = person();
    Map<String, Object> representative = person();
    String[] m = registered(principal, representative, service("Belastingaangifte"));
    for (int i = 0; i < 4; i++) {
      activate(representative, m[0], otherCode(m[1])).statusCode(400);
    }

    activate(representative, m[0], otherCode(m[1]))
        .statusCode(409)
        .body("type", equalTo("urn:namens:problem:mandate-locked"))
        .body("detail", containsString("locked"));
    activate(representative, m[0], m[1]).statusCode(409).body("detail", containsString("locked"));
    get(principal, m[0]).body("status", equalTo("locked"));
    outbox(principal).body("kind", hasItem("mandate-locked"));
  }

  @Test
  void malformedCodeIsRefusedWithoutCountingAndStoresNothing() {
    Map<String, Object> representative = person();
    String[] m = registered(person(), representative, service("Belastingaangifte"));
    Map<String, Long> before = Database.counts(dataSource);

    activate(representative, m[0], "<b>0000</b>")
        .statusCode(400)
        .body("violations[0].field", equalTo("code"))
        .body("violations[0].message", equalTo("must be 12 letters and digits in the form XXXX-XXXX-XXXX"));

    assertEquals(before, Database.counts(dataSource));
  }

  @Test
  void expiredCodeIsRefused() {
    Map<String, Object> representative = person();
    String[] m = registered(person(), representative, service("Belastingaangifte"));
    TestClock.advance(Period.ofDays(15));

    activate(representative, m[0], m[1])
        .statusCode(400)
        .body("violations[0].field", equalTo("code"))
        .body("violations[0].message", equalTo("has expired"));
  }

  @Test
  void pendingMandateLapsesWhenNobodyActivatesIt() {
    Map<String, Object> principal = person();
    Map<String, Object> representative = person();
    String[] m = registered(principal, representative, service("Belastingaangifte"));
    TestClock.advance(Period.ofDays(31));

    get(principal, m[0]).statusCode(200).body("status", equalTo("lapsed"));
    activate(representative, m[0], m[1]).statusCode(409);
    outbox(representative).body("kind", hasItem("mandate-lapsed"));
    history(principal, m[0]).body("action", contains("register", "lapse"));
  }

  @Test
  void readingALapsedMandateWritesNothingAndTheScheduledJobRecordsTheLapse() {
    Map<String, Object> principal = person();
    Map<String, Object> representative = person();
    String[] m = registered(principal, representative, service("Belastingaangifte"));
    TestClock.advance(Period.ofDays(31));
    Map<String, Long> before = Database.counts(dataSource);

    get(principal, m[0]).statusCode(200).body("status", equalTo("lapsed")).body("state", equalTo("lapsed"));
    get(representative, m[0]).statusCode(200).body("status", equalTo("lapsed"));
    as(representative).get("/api/v1/mandates/pending").then().body("id", not(hasItem(m[0])));
    history(principal, m[0]).body("action", contains("register"));
    assertEquals(before, Database.counts(dataSource), "a read wrote");

    lapsing.lapseDue();

    get(principal, m[0]).body("status", equalTo("lapsed"));
    outbox(representative).body("kind", hasItem("mandate-lapsed"));
    history(principal, m[0]).body("action", contains("register", "lapse"));
  }

  @Test
  void representativeDeclinesAPendingMandate() {
    Map<String, Object> principal = person();
    Map<String, Object> representative = person();
    String[] m = registered(principal, representative, service("Belastingaangifte"));

    as(representative)
        .post("/api/v1/mandates/" + m[0] + "/decline")
        .then()
        .statusCode(200)
        .body("status", equalTo("declined"));
    outbox(principal).body("kind", hasItem("mandate-declined"));
    activate(representative, m[0], m[1]).statusCode(409);
  }

  @Test
  void principalCannotDeclineHerOwnRegistrationButCanRevokeIt() {
    Map<String, Object> principal = person();
    String[] m = registered(principal, person(), service("Belastingaangifte"));

    as(principal).post("/api/v1/mandates/" + m[0] + "/decline").then().statusCode(403);
    as(principal)
        .post("/api/v1/mandates/" + m[0] + "/revoke")
        .then()
        .statusCode(200)
        .body("status", equalTo("revoked"));
  }

  @Test
  void activeMandatePastItsEndIsShownAsExpired() {
    Map<String, Object> principal = person();
    Map<String, Object> representative = person();
    String[] m = registered(principal, representative, service("Belastingaangifte"));
    activate(representative, m[0], m[1]).statusCode(200);
    TestClock.advance(Period.ofYears(1).plusDays(1));

    get(principal, m[0]).body("status", equalTo("active")).body("state", equalTo("expired"));
    as(representative).get("/api/v1/mandates/held").then().body("state", hasItem("expired"));
  }

  @Test
  void listsShowGivenHeldAndPendingMandates() {
    String service = service("Belastingaangifte");
    Map<String, Object> principal = person();
    Map<String, Object> representative = person();
    String[] pending = registered(principal, representative, service);

    as(principal).get("/api/v1/mandates/given").then().body("id", contains(pending[0]));
    as(representative).get("/api/v1/mandates/held").then().body("id", contains(pending[0]));
    as(representative)
        .get("/api/v1/mandates/pending")
        .then()
        .body("id", contains(pending[0]))
        .body("[0].awaiting", equalTo("representative"));
    as(principal).get("/api/v1/mandates/held").then().body("id", not(hasItem(pending[0])));
  }

  /** A well-formed code that is not {@code code}. */
  static String otherCode(String code) {
    char first = code.charAt(0) == 'A' ? 'B' : 'A';
    return first + code.substring(1);
  }
}
