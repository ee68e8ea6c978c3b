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
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Period;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import nl.namens.register.Database;
import nl.namens.register.EmbeddedPostgresResource;
import nl.namens.register.TestClock;
import nl.namens.register.Tokens;
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

  private static final Pattern CODE = Pattern.compile(
          "(?<![0-9A-Za-z-])[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}(?![0-9A-Za-z-])"); // not three groups inside a UUID

  /** Agent 007 proposes for the caller: the proposal's id. */
  private static String proposal(Map<String, Object> caller, Map<String, Object> representative) {
    return asHelpdesk("agent-007")
        .body(body(caller, "ID-CHECK-2026-0042", representative, service("Belastingaangifte")))
        .post("/api/v1/helpdesk/mandates")
        .then()
        .statusCode(201)
        .body("status", equalTo("proposed"))
        .body("proposedBy", equalTo("agent-007"))
        .body("$", not(hasKey("activationCode")))
        .extract()
        .path("id");
  }

  /**
   * Proposed by agent 007, approved by agent 009: {@code [mandateId, activationCode]}, the code read from
   * the principal's letter (the only place it is).
   */
  private static String[] helpdeskRegistration(
      Map<String, Object> caller, Map<String, Object> representative) {
    String id = proposal(caller, representative);
    String answer =
        asHelpdesk("agent-009")
            .post("/api/v1/helpdesk/mandates/" + id + "/approve")
            .then()
            .statusCode(200)
            .body("status", equalTo("pending"))
            .body("approvedBy", equalTo("agent-009"))
            .extract()
            .asString();
    String letter = outbox(caller).extract().path("find { it.kind == 'helpdesk-registration' }.body");
    Matcher code = CODE.matcher(letter);
    assertTrue(code.find(), letter);
    assertFalse(answer.contains(code.group()), "the code is never in an agent's answer: " + answer);
    return new String[] {id, code.group()};
  }

  @Test
  void agentRegistersForACallerAndTheAuditNamesChannelAgentAndIdentityCheck() {
    Map<String, Object> caller = person();
    String[] m = helpdeskRegistration(caller, person());

    history(caller, m[0])
        .body("[0].action", equalTo("propose"))
        .body("[0].channel", equalTo("helpdesk"))
        .body("[0].agentId", equalTo("agent-007"))
        .body("[0].identityCheck", equalTo("ID-CHECK-2026-0042"))
        .body("[0].by", equalTo("principal"))
        .body("[0].statusAfter", equalTo("proposed"))
        .body("[1].action", equalTo("approve-proposal"))
        .body("[1].channel", equalTo("helpdesk"))
        .body("[1].agentId", equalTo("agent-009"))
        .body("[1].statusAfter", equalTo("pending"));
    get(caller, m[0]).body("channel", equalTo("helpdesk")).body("status", equalTo("pending"));
  }

  @Test
  void callerGetsALetterWithTheCodeAndHowToUndo() {
    Map<String, Object> caller = person();
    String[] m = helpdeskRegistration(caller, person());

    outbox(caller)
        .body("[0].kind", equalTo("helpdesk-registration"))
        .body("[0].body", containsString(m[1]))
        .body("[0].body", containsString("ongedaan"))
        .body("[0].body", containsString("Een tweede medewerker heeft die gecontroleerd."))
        // the agents' accounts are internal identifiers: in the history (for the helpdesk), never in the letter
        .body("[0].body", not(containsString("agent-007")))
        .body("[0].body", not(containsString("agent-009")));
  }

  // --- four eyes ------------------------------------------------------------------------------------------------

  @Test
  void aProposalHasNoCodeSendsNoLetterAndCannotBeActivated() {
    Map<String, Object> caller = person();
    Map<String, Object> representative = person();
    String id = proposal(caller, representative);

    outbox(caller).body("$", empty());
    outbox(representative).body("$", empty());
    get(caller, id).body("status", equalTo("proposed"));
    activate(representative, id, "ABCD-EFGH-JKMN")
        .statusCode(409)
        .body("type", equalTo("urn:namens:problem:not-awaiting-activation"));
    asHelpdesk("agent-009")
        .get("/api/v1/helpdesk/proposals")
        .then()
        .statusCode(200)
        .body("mandates.id", hasItem(id));
  }

  @Test
  void theProposingAgentCannotApproveTheirOwnProposalAndNothingChanges() {
    Map<String, Object> caller = person();
    String id = proposal(caller, person());
    Map<String, Long> before = Database.counts(dataSource);

    asHelpdesk("agent-007")
        .post("/api/v1/helpdesk/mandates/" + id + "/approve")
        .then()
        .statusCode(403)
        .contentType("application/problem+json")
        .body("type", equalTo("urn:namens:problem:own-proposal"));

    assertEquals(before, Database.counts(dataSource));
    get(caller, id).body("status", equalTo("proposed"));
    outbox(caller).body("$", empty());
  }

  @Test
  void anAgentWhoIsAPartyNeitherProposesNorApproves() {
    Map<String, Object> caller = person();
    Map<String, Object> agentSelf = person();
    String service = service("X");
    Map<String, Long> before = Database.counts(dataSource);
    given()
        .auth()
        .oauth2(Tokens.helpdesk("agent-self", agentSelf, Tokens.SUBSTANTIAL))
        .contentType("application/json")
        .body(body(caller, "BALIE-1", agentSelf, service))
        .post("/api/v1/helpdesk/mandates")
        .then()
        .statusCode(403)
        .body("type", equalTo("urn:namens:problem:agent-is-party"));
    assertEquals(before, Database.counts(dataSource));

    String id = proposal(caller, agentSelf);
    given()
        .auth()
        .oauth2(Tokens.helpdesk("agent-self", agentSelf, Tokens.SUBSTANTIAL))
        .contentType("application/json")
        .post("/api/v1/helpdesk/mandates/" + id + "/approve")
        .then()
        .statusCode(403)
        .body("type", equalTo("urn:namens:problem:agent-is-party"));
    get(caller, id).body("status", equalTo("proposed"));
  }

  @Test
  void anAgentBelowSubstantieelDoesNothingAtTheHelpdesk() {
    Map<String, Object> caller = person();
    String service = service("X");
    Map<String, Long> before = Database.counts(dataSource);
    for (String acr : java.util.Arrays.asList(Tokens.LOW, null, "urn:unknown")) {
      given()
          .auth()
          .oauth2(Tokens.helpdesk("agent-low", null, acr))
          .contentType("application/json")
          .body(body(caller, "BALIE-1", person(), service))
          .post("/api/v1/helpdesk/mandates")
          .then()
          .statusCode(403)
          .body("type", equalTo("urn:namens:problem:agent-loa-too-low"));
    }
    assertEquals(before, Database.counts(dataSource));
  }

  @Test
  void aDeclinedProposalEndsWithoutLettersAndCannotBeApprovedLater() {
    Map<String, Object> caller = person();
    String id = proposal(caller, person());
    asHelpdesk("agent-009")
        .post("/api/v1/helpdesk/mandates/" + id + "/decline")
        .then()
        .statusCode(200)
        .body("status", equalTo("declined"));
    asHelpdesk("agent-010")
        .post("/api/v1/helpdesk/mandates/" + id + "/approve")
        .then()
        .statusCode(409)
        .body("type", equalTo("urn:namens:problem:not-a-proposal"))
        .body("proposalStatus", equalTo("declined"));
    outbox(caller).body("$", empty());
    history(caller, id).body("action", contains("propose", "decline-proposal"));
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
