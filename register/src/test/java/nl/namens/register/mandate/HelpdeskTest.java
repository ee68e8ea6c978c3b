package nl.namens.register.mandate;

import static nl.namens.register.PortalApi.activate;
import static nl.namens.register.PortalApi.as;
import static nl.namens.register.PortalApi.asHelpdesk;
import static nl.namens.register.PortalApi.get;
import static nl.namens.register.PortalApi.history;
import static nl.namens.register.PortalApi.outbox;
import static nl.namens.register.PortalApi.terms;
import static nl.namens.register.RegisterApi.person;
import static nl.namens.register.RegisterApi.service;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Period;
import java.util.HashMap;
import java.util.Map;
import javax.sql.DataSource;
import nl.namens.register.Database;
import nl.namens.register.EmbeddedPostgresResource;
import nl.namens.register.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class HelpdeskTest {

  @Inject DataSource dataSource;

  @AfterEach
  void resetClock() {
    TestClock.reset();
  }

  private static Map<String, Object> body(
      Map<String, Object> caller, String identityCheck, Map<String, Object> representative, String service) {
    Map<String, Object> body = new HashMap<>(terms("representative", representative, service));
    body.put("caller", caller);
    body.put("identityCheck", identityCheck);
    return body;
  }

  private static String[] helpdeskRegistration(
      Map<String, Object> caller, Map<String, Object> representative) {
    var answer =
        asHelpdesk("agent-007")
            .body(body(caller, "ID-CHECK-2026-0042", representative, service("Belastingaangifte")))
            .post("/api/v1/helpdesk/mandates")
            .then()
            .statusCode(201)
            .extract();
    return new String[] {answer.path("mandate.id"), answer.path("activationCode")};
  }

  @Test
  void agentRegistersForACallerAndTheAuditNamesChannelAgentAndIdentityCheck() {
    Map<String, Object> caller = person();
    String[] m = helpdeskRegistration(caller, person());

    history(caller, m[0])
        .body("[0].action", equalTo("register"))
        .body("[0].channel", equalTo("helpdesk"))
        .body("[0].agentId", equalTo("agent-007"))
        .body("[0].identityCheck", equalTo("ID-CHECK-2026-0042"))
        .body("[0].by", equalTo("principal"));
    get(caller, m[0]).body("channel", equalTo("helpdesk")).body("status", equalTo("pending"));
  }

  @Test
  void callerGetsALetterWithTheCodeAndHowToUndo() {
    Map<String, Object> caller = person();
    String[] m = helpdeskRegistration(caller, person());

    outbox(caller)
        .body("[0].kind", equalTo("helpdesk-registration"))
        .body("[0].body", containsString(m[1]))
        .body("[0].body", containsString("ongedaan"));
  }

  @Test
  void principalUndoesAHelpdeskRegistrationWithinTheUndoPeriod() {
    Map<String, Object> caller = person();
    Map<String, Object> representative = person();
    String[] m = helpdeskRegistration(caller, representative);
    activate(representative, m[0], m[1]).statusCode(200);
    TestClock.advance(Period.ofDays(13));

    as(caller)
        .post("/api/v1/mandates/" + m[0] + "/undo")
        .then()
        .statusCode(200)
        .body("status", equalTo("revoked"));
    outbox(representative).body("kind", hasItem("mandate-undone"));
  }

  @Test
  void undoAfterTheUndoPeriodIsRefused() {
    Map<String, Object> caller = person();
    String[] m = helpdeskRegistration(caller, person());
    TestClock.advance(Period.ofDays(15));

    as(caller)
        .post("/api/v1/mandates/" + m[0] + "/undo")
        .then()
        .statusCode(409)
        .body("detail", equalTo("The undo period has ended; revoke the mandate instead."));
  }

  @Test
  void onlineRegistrationCannotBeUndone() {
    Map<String, Object> principal = person();
    String id = nl.namens.register.PortalApi.registered(principal, person(), service("X"))[0];

    as(principal).post("/api/v1/mandates/" + id + "/undo").then().statusCode(409);
  }

  @Test
  void agentRevokesForACaller() {
    Map<String, Object> caller = person();
    Map<String, Object> representative = person();
    String id =
        nl.namens.register.PortalApi.activeThroughLifecycle(caller, representative, service("X"));

    asHelpdesk("agent-008")
        .body(Map.of("caller", representative, "identityCheck", "BALIE-17"))
        .post("/api/v1/helpdesk/mandates/" + id + "/revoke")
        .then()
        .statusCode(200)
        .body("status", equalTo("revoked"));
    history(caller, id)
        .body("[2].channel", equalTo("helpdesk"))
        .body("[2].agentId", equalTo("agent-008"))
        .body("[2].by", equalTo("representative"));
    outbox(caller).body("kind", hasItem("mandate-revoked"));
  }

  @Test
  void helpdeskNeedsTheHelpdeskRole() {
    as(person())
        .body(body(person(), "ID-1", person(), service("X")))
        .post("/api/v1/helpdesk/mandates")
        .then()
        .statusCode(403);
  }

  @Test
  void identityCheckIsRequiredAndNothingIsStoredWithoutIt() {
    String service = service("X");
    Map<String, Long> before = Database.counts(dataSource);

    asHelpdesk("agent-007")
        .body(body(person(), " ", person(), service))
        .post("/api/v1/helpdesk/mandates")
        .then()
        .statusCode(400)
        .body("violations[0].field", equalTo("identityCheck"));

    assertEquals(before, Database.counts(dataSource));
  }

  @Test
  void htmlInTheIdentityCheckIsRefusedAndNothingIsStored() {
    String service = service("X");
    Map<String, Long> before = Database.counts(dataSource);

    asHelpdesk("agent-007")
        .body(body(person(), "<script>alert(1)</script>", person(), service))
        .post("/api/v1/helpdesk/mandates")
        .then()
        .statusCode(400)
        .body("violations[0].field", equalTo("identityCheck"))
        .body("violations[0].message", equalTo("must be plain text: no control characters, no < or >"));

    assertEquals(before, Database.counts(dataSource));
  }
}
