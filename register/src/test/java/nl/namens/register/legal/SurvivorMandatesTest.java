package nl.namens.register.legal;

import static nl.namens.register.RegisterApi.asAdmin;
import static nl.namens.register.RegisterApi.authorizations;
import static nl.namens.register.RegisterApi.representations;
import static nl.namens.register.legal.Legal.bsn;
import static nl.namens.register.legal.Legal.capacity;
import static nl.namens.register.legal.Legal.endSurvivor;
import static nl.namens.register.legal.Legal.estateService;
import static nl.namens.register.legal.Legal.person;
import static nl.namens.register.legal.Legal.activeSurvivor;
import static nl.namens.register.legal.Legal.registerSurvivor;
import static nl.namens.register.legal.Legal.service;
import static nl.namens.register.legal.Legal.survivor;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import nl.namens.register.Database;
import nl.namens.register.EmbeddedPostgresResource;
import nl.namens.register.PortalApi;
import nl.namens.register.TestClock;
import nl.namens.register.Tokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class SurvivorMandatesTest {

  private static final String PROBLEM = "application/problem+json";

  @Inject DataSource dataSource;

  @Test
  void helpdeskRegistersAnExecutorWithTheEvidence() {
    String estate = estateService("Nalatenschap afwikkelen");
    String deceased = person();
    String executor = person();
    Map<String, Object> body = survivor(deceased, executor, estate);
    body.put("evidence", Map.of("type", "executele", "reference", "DEMO-NOT-2026-0042"));

    registerSurvivor(body)
        .statusCode(201)
        .body("id", notNullValue())
        .body("kind", equalTo("survivor"))
        .body("deceased.id", equalTo(deceased))
        .body("holder.id", equalTo(executor))
        .body("role", equalTo("executor"))
        .body("evidence.type", equalTo("executele"))
        .body("evidence.reference", equalTo("DEMO-NOT-2026-0042"))
        .body("services.id", contains(estate))
        .body("services.name", contains("Nalatenschap afwikkelen"))
        .body("validFrom", equalTo(TestClock.TODAY.toString()))
        .body("status", equalTo("proposed"))
        .body("endReason", nullValue())
        .body("source", equalTo("helpdesk"))
        .body("legalBasis.law", equalTo("BW 4:144"))
        .body("agentId", equalTo("agent-007"))
        .body("approvedBy", nullValue());
  }

  @Test
  void survivorIsOfferedOnlyAtTheEstateServicesItNames() {
    String estate = estateService("Nalatenschap afwikkelen");
    String otherEstate = estateService("Erfbelasting");
    String tax = service("Belastingaangifte", "financial");
    String deceased = person();
    String executor = person();
    String id = activeSurvivor(survivor(deceased, executor, estate));

    representations(bsn(executor), estate)
        .statusCode(200)
        .body("principals", hasSize(1))
        .body("total", equalTo(1))
        .body("principals[0].mandateId", equalTo(id))
        .body("principals[0].kind", equalTo("survivor"))
        .body("principals[0].relation", equalTo("nabestaande"))
        .body("principals[0].representationType", equalTo("urn:namens:1.0:RT:Nabestaande"))
        .body("principals[0].source", equalTo("helpdesk"))
        .body("principals[0].legalBasis.law", equalTo("BW 4:144"))
        .body("principals[0].legalBasis.evidence", equalTo("executele"))
        .body("principals[0].legalBasis.evidenceReference", notNullValue())
        .body("principals[0].legalBasis.register", nullValue())
        .body("principals[0].principal.id", equalTo(deceased))
        .body("principals[0].services.id", contains(estate))
        .body("principals[0].validFrom", equalTo(TestClock.TODAY.toString()))
        .body("principals[0].validUntil", nullValue());
    representations(bsn(executor), otherEstate).body("principals", empty());
    representations(bsn(executor), tax).body("principals", empty());
    authorizations(bsn(executor), bsn(deceased), tax, id).body("authorized", equalTo(false));
  }

  @Test
  void anHeirRestsOnArticle4182AndAVerklaringVanErfrecht() {
    String estate = estateService("Nalatenschap afwikkelen");
    String heir = person();
    Map<String, Object> body = survivor(person(), heir, estate);
    body.put("role", "heir");
    body.put("evidence", Map.of("type", "verklaring-van-erfrecht", "reference", "VVE 2026/17"));
    registerSurvivor(body).statusCode(201).body("legalBasis.law", equalTo("BW 4:182"));
    Legal.approveSurvivor(
            PortalApi.asHelpdesk("agent-009")
                .get("/api/v1/helpdesk/proposals")
                .then()
                .extract()
                .path("survivorMandates.find { it.holder.id == '" + heir + "' }.id"))
        .statusCode(200);

    representations(bsn(heir), estate)
        .body("principals[0].legalBasis.law", equalTo("BW 4:182"))
        .body("principals[0].legalBasis.evidence", equalTo("verklaring-van-erfrecht"))
        .body("principals[0].legalBasis.evidenceReference", equalTo("VVE 2026/17"));
  }

  @Test
  void authorizationsRechecksTheSurvivorMandateByIdAndEndingItStopsIt() {
    String estate = estateService("Nalatenschap afwikkelen");
    String deceased = person();
    String executor = person();
    String id = activeSurvivor(survivor(deceased, executor, estate));

    authorizations(bsn(executor), bsn(deceased), estate, id)
        .statusCode(200)
        .body("authorized", equalTo(true))
        .body("representation.mandateId", equalTo(id))
        .body("representation.kind", equalTo("survivor"));
    authorizations(bsn(executor), bsn(deceased), estate, UUID.randomUUID().toString())
        .body("authorized", equalTo(false));

    endSurvivor(id, "settled")
        .statusCode(200)
        .body("status", equalTo("ended"))
        .body("endReason", equalTo("settled"))
        .body("endedAt", notNullValue());
    authorizations(bsn(executor), bsn(deceased), estate, id).body("authorized", equalTo(false));
    representations(bsn(executor), estate).body("principals", empty());
    PortalApi.asHelpdesk("agent-009")
        .get("/api/v1/helpdesk/survivor-mandates/" + id)
        .then()
        .statusCode(200)
        .body("status", equalTo("ended"))
        .body("endReason", equalTo("settled"));
  }

  @Test
  void endingTwiceIsAConflictThatChangesNothing() {
    String estate = estateService("Nalatenschap afwikkelen");
    String id = activeSurvivor(survivor(person(), person(), estate));
    endSurvivor(id, "revoked").statusCode(200).body("endReason", equalTo("revoked"));
    Map<String, Long> before = Database.counts(dataSource);

    endSurvivor(id, "settled")
        .statusCode(409)
        .contentType(PROBLEM)
        .body("type", equalTo("urn:namens:problem:survivor-mandate-ended"))
        .body("endReason", equalTo("revoked"))
        .body("detail", containsString("already ended"));
    assertEquals(before, Database.counts(dataSource));
    PortalApi.asHelpdesk("agent-009")
        .get("/api/v1/helpdesk/survivor-mandates/" + id)
        .then()
        .body("endReason", equalTo("revoked"));
  }

  @Test
  void aSecondHolderForTheSameEstateAndServiceIsAConflict() {
    String estate = estateService("Nalatenschap afwikkelen");
    String otherEstate = estateService("Erfbelasting");
    String deceased = person();
    String first = person();
    String second = person();
    String id = activeSurvivor(survivor(deceased, first, estate));
    Map<String, Long> before = Database.counts(dataSource);

    registerSurvivor(survivor(deceased, second, otherEstate, estate))
        .statusCode(409)
        .contentType(PROBLEM)
        .body("type", equalTo("urn:namens:problem:survivor-mandate-taken"))
        .body("detail", containsString("one holder at a time"))
        .body("detail", not(containsString(deceased)));
    assertEquals(before, Database.counts(dataSource));

    // another service of the same estate is free; after the first ends, the second may take over
    registerSurvivor(survivor(deceased, second, otherEstate)).statusCode(201);
    endSurvivor(id, "revoked").statusCode(200);
    activeSurvivor(survivor(deceased, second, estate));
    representations(bsn(second), estate).body("principals.principal.id", contains(deceased));
    representations(bsn(first), estate).body("principals", empty());
  }

  @Test
  void concurrentRegistrationsForOneEstateGiveOneHolder() throws Exception {
    String estate = estateService("Nalatenschap afwikkelen");
    String deceased = person();
    asAdmin()
        .body(Map.of("type", "BSN", "id", deceased, "displayName", "Overleden Persoon"))
        .post("/admin/v1/parties")
        .then()
        .statusCode(201);
    Legal.recordDeath(deceased, Legal.DIED_ON);
    String token = Tokens.helpdesk("agent-race");
    List<Callable<Integer>> calls = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      Map<String, Object> body = survivor(deceased, person(), estate);
      calls.add(
          () ->
              RestAssured.given()
                  .auth()
                  .oauth2(token)
                  .contentType(ContentType.JSON)
                  .body(body)
                  .post("/api/v1/helpdesk/survivor-mandates")
                  .statusCode());
    }
    ExecutorService pool = Executors.newFixedThreadPool(8);
    List<Integer> statuses = new ArrayList<>();
    try {
      for (Future<Integer> f : pool.invokeAll(calls)) {
        statuses.add(f.get());
      }
    } finally {
      pool.shutdownNow();
    }
    assertEquals(1, statuses.stream().filter(s -> s == 201).count(), statuses.toString());
    assertEquals(7, statuses.stream().filter(s -> s == 409).count(), statuses.toString());
  }

  @Test
  void aServiceNotMarkedForSettlingAnEstateIsRefused() {
    String tax = service("Belastingaangifte", "financial");
    String estate = estateService("Nalatenschap afwikkelen");
    refused(
        survivor(person(), person(), estate, tax),
        "service-not-for-estate",
        "services[1]",
        "is not a service for settling an estate (settlesEstate is false)");
  }

  @Test
  void anUnknownServiceIsRefused() {
    refused(
        survivor(person(), person(), UUID.randomUUID().toString()),
        "service-unknown",
        "services[0]",
        "is not a service in the catalogue");
  }

  @Test
  void theHolderCannotBeTheDeceased() {
    String estate = estateService("Nalatenschap afwikkelen");
    String same = person();
    refused(survivor(same, same, estate), "holder-is-deceased", "holder", "must not be the deceased");
  }

  @Test
  void bothPartiesArePersons() {
    String estate = estateService("Nalatenschap afwikkelen");
    Map<String, Object> body = survivor(person(), person(), estate);
    body.put("holder", Map.of("type", "KVK", "id", nl.namens.register.Identifiers.kvk()));
    refused(
        body,
        "survivor-needs-person",
        "holder.type",
        "must be BSN (a survivor mandate is between persons)");
  }

  @Test
  void aBadEvidenceTypeIsRefused() {
    String estate = estateService("Nalatenschap afwikkelen");
    Map<String, Object> body = survivor(person(), person(), estate);
    body.put("evidence", Map.of("type", "testament", "reference", "X-1"));
    refused(body, "evidence.type", "must be executele or verklaring-van-erfrecht");
  }

  @Test
  void anHeirNeedsAVerklaringVanErfrecht() {
    String estate = estateService("Nalatenschap afwikkelen");
    Map<String, Object> body = survivor(person(), person(), estate);
    body.put("role", "heir");
    refused(
        body,
        "heir-needs-inheritance-certificate",
        "evidence.type",
        "must be verklaring-van-erfrecht for an heir (executele names an executor)");
  }

  @Test
  void anOversizedOrHostileReferenceIsRefused() {
    String estate = estateService("Nalatenschap afwikkelen");
    Map<String, Object> body = survivor(person(), person(), estate);
    body.put("evidence", Map.of("type", "executele", "reference", "N".repeat(101)));
    refused(body, "evidence.reference", "size must be between 0 and 100");
    body.put("evidence", Map.of("type", "executele", "reference", "<script>alert(1)</script>"));
    refused(body, "evidence.reference", "must be plain text: no control characters, no < or >");
    body.put("evidence", Map.of("type", "executele", "reference", "NOT-1\nforged log line"));
    refused(body, "evidence.reference", "must be plain text: no control characters, no < or >");
    body.put("evidence", Map.of("type", "executele", "reference", "NOT-\u202E1"));
    refused(body, "evidence.reference", "must be plain text: no control characters, no < or >");
  }

  @Test
  void missingFieldsAreEachReported() {
    Map<String, Long> before = Database.counts(dataSource);
    registerSurvivor(Map.of("role", "executor"))
        .statusCode(400)
        .contentType(PROBLEM)
        .body(
            "violations.field",
            containsInAnyOrder("deceased", "holder", "evidence", "services"));
    assertEquals(before, Database.counts(dataSource));
  }

  @Test
  void theAgentComesFromTheTokenNotTheBody() {
    String estate = estateService("Nalatenschap afwikkelen");
    Map<String, Object> body = survivor(person(), person(), estate);
    body.put("agentId", "someone-else");
    refused(
        body, "agent-id-not-allowed", "agentId", "must not be given: the agent is the token's user");
  }

  @Test
  void onlyHelpdeskAgentsOfThePortalClientMayRegister() {
    String estate = estateService("Nalatenschap afwikkelen");
    Map<String, Object> body = survivor(person(), person(), estate);
    PortalApi.as(bsn(person()))
        .body(body)
        .post("/api/v1/helpdesk/survivor-mandates")
        .then()
        .statusCode(403)
        .contentType(PROBLEM);
    RestAssured.given()
        .contentType(ContentType.JSON)
        .body(body)
        .post("/api/v1/helpdesk/survivor-mandates")
        .then()
        .statusCode(401);
  }

  @Test
  void unknownIdsAndOtherLegalKindsAreNotFound() {
    PortalApi.asHelpdesk("agent-009")
        .get("/api/v1/helpdesk/survivor-mandates/" + UUID.randomUUID())
        .then()
        .statusCode(404)
        .contentType(PROBLEM)
        .body("detail", equalTo("No survivor mandate with this id."));
    endSurvivor(UUID.randomUUID().toString(), "settled").statusCode(404);

    String service = service("Toeslagen", "financial");
    String client = person();
    String administrator = person();
    Legal.importRows("court", List.of(Legal.courtRow("bewind", client, administrator)));
    String bewindId =
        representations(bsn(administrator), service).extract().path("principals[0].mandateId");
    PortalApi.asHelpdesk("agent-009")
        .get("/api/v1/helpdesk/survivor-mandates/" + bewindId)
        .then()
        .statusCode(404);
    endSurvivor(bewindId, "revoked").statusCode(404);
  }

  @Test
  void aBadEndReasonIsRefused() {
    String estate = estateService("Nalatenschap afwikkelen");
    String id = activeSurvivor(survivor(person(), person(), estate));
    endSurvivor(id, "forgotten")
        .statusCode(400)
        .body("violations[0].field", equalTo("reason"))
        .body("violations[0].message", equalTo("must be settled or revoked"));
  }

  @Test
  void registrationAndEndAreAuditedWithTheAgent() throws SQLException {
    String estate = estateService("Nalatenschap afwikkelen");
    String id = activeSurvivor(survivor(person(), person(), estate));
    endSurvivor(id, "settled").statusCode(200);

    List<String> entries = new ArrayList<>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "select action, source, agent_id, coalesce(reason, '-'), status_after"
                    + " from legal_audit_entries where legal_representation_id = ? order by id")) {
      s.setObject(1, UUID.fromString(id));
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          entries.add(
              String.join(
                  " ", r.getString(1), r.getString(2), r.getString(3), r.getString(4), r.getString(5)));
        }
      }
    }
    assertEquals(
        List.of(
            "proposed helpdesk agent-007 - proposed",
            "approved helpdesk agent-009 - active",
            "ended helpdesk agent-008 settled ended"),
        entries);
  }

  @Test
  void administratorsRegisterThroughTheSameRules() {
    String estate = estateService("Nalatenschap afwikkelen");
    String tax = service("Belastingaangifte", "financial");
    Map<String, Object> body = survivor(person(), person(), estate);
    Legal.knownDead(body);
    body.put("agentId", "notaris-desk");
    body.put("validFrom", TestClock.TODAY.minusDays(20).toString());
    String id =
        asAdmin()
            .body(body)
            .post("/admin/v1/survivor-mandates")
            .then()
            .statusCode(201)
            .body("agentId", equalTo("notaris-desk"))
            .body("validFrom", equalTo(TestClock.TODAY.minusDays(20).toString()))
            .extract()
            .path("id");
    asAdmin().get("/admin/v1/survivor-mandates/" + id).then().statusCode(200);

    Map<String, Object> wrong = new HashMap<>(survivor(person(), person(), tax));
    Legal.knownDead(wrong);
    asAdmin()
        .body(wrong)
        .post("/admin/v1/survivor-mandates")
        .then()
        .statusCode(400)
        .body("violations[0].field", equalTo("services[0]"));
  }

  @Test
  void theDeceasedsCapacityIsUnaffected() {
    String estate = estateService("Nalatenschap afwikkelen");
    String deceased = person();
    registerSurvivor(survivor(deceased, person(), estate)).statusCode(201);
    capacity(deceased, estate).body("mayActForSelf", equalTo(true)).body("representatives", empty());
  }

  // --- the death from the BRP feed ----------------------------------------------------------------------------

  @Test
  void aSurvivorMandateWaitsForTheDeathFromTheFeed() {
    String estate = estateService("Nalatenschap afwikkelen");
    String deceased = person();
    Map<String, Object> body = survivor(deceased, person(), estate);
    Map<String, Long> before = Database.counts(dataSource);

    Legal.proposeSurvivor(body)
        .statusCode(409)
        .contentType(PROBLEM)
        .body("type", equalTo("urn:namens:problem:death-not-known"))
        .body("detail", not(containsString(deceased)));
    asAdmin().body(body).post("/admin/v1/survivor-mandates").then().statusCode(409);
    assertEquals(before, Database.counts(dataSource), "nothing stored, not even the party");

    Legal.recordDeath(deceased, TestClock.TODAY.minusDays(10).toString());
    body.put("validFrom", TestClock.TODAY.minusDays(11).toString());
    Map<String, Long> known = Database.counts(dataSource);
    Legal.proposeSurvivor(body)
        .statusCode(400)
        .body("type", equalTo("urn:namens:problem:valid-from-before-death"))
        .body("violations.field", contains("validFrom"))
        .body("violations.message", contains("must not be before the date of death (BRP deaths feed)"));
    assertEquals(known, Database.counts(dataSource));

    body.put("validFrom", TestClock.TODAY.minusDays(10).toString());
    Legal.proposeSurvivor(body).statusCode(201).body("status", equalTo("proposed"));
  }

  // --- four eyes ----------------------------------------------------------------------------------------------

  @Test
  void aProposalTakesEffectOnlyWhenASecondDifferentAgentApproves() {
    String estate = estateService("Nalatenschap afwikkelen");
    String deceased = person();
    String executor = person();
    String id = registerSurvivor(survivor(deceased, executor, estate)).statusCode(201).extract().path("id");
    representations(bsn(executor), estate).body("principals", empty());

    // the proposer alone: refused, nothing changes
    Map<String, Long> before = Database.counts(dataSource);
    PortalApi.asHelpdesk("agent-007")
        .post("/api/v1/helpdesk/survivor-mandates/" + id + "/approve")
        .then()
        .statusCode(403)
        .contentType(PROBLEM)
        .body("type", equalTo("urn:namens:problem:own-proposal"));
    // an agent who is the holder: refused
    RestAssured.given()
        .auth()
        .oauth2(Tokens.helpdesk("agent-holder", bsn(executor), Tokens.SUBSTANTIAL))
        .contentType("application/json")
        .post("/api/v1/helpdesk/survivor-mandates/" + id + "/approve")
        .then()
        .statusCode(403)
        .body("type", equalTo("urn:namens:problem:agent-is-party"));
    // an agent logged in below substantieel, or without an acr: refused
    for (String acr : java.util.Arrays.asList(Tokens.LOW, null)) {
      RestAssured.given()
          .auth()
          .oauth2(Tokens.helpdesk("agent-low", null, acr))
          .contentType("application/json")
          .post("/api/v1/helpdesk/survivor-mandates/" + id + "/approve")
          .then()
          .statusCode(403)
          .body("type", equalTo("urn:namens:problem:agent-loa-too-low"));
    }
    assertEquals(before, Database.counts(dataSource));
    PortalApi.asHelpdesk("agent-009")
        .get("/api/v1/helpdesk/proposals")
        .then()
        .statusCode(200)
        .body("survivorMandates.id", org.hamcrest.Matchers.hasItem(id));
    representations(bsn(executor), estate).body("principals", empty());

    Legal.approveSurvivor(id)
        .statusCode(200)
        .body("status", equalTo("active"))
        .body("agentId", equalTo("agent-007"))
        .body("approvedBy", equalTo("agent-009"));
    representations(bsn(executor), estate).body("principals.principal.id", contains(deceased));
    Legal.approveSurvivor(id)
        .statusCode(409)
        .body("type", equalTo("urn:namens:problem:not-a-proposal"))
        .body("proposalStatus", equalTo("active"));
    PortalApi.asHelpdesk("agent-009")
        .get("/api/v1/helpdesk/proposals")
        .then()
        .body("survivorMandates.id", not(org.hamcrest.Matchers.hasItem(id)));
  }

  @Test
  void aDeclinedProposalEndsAndFreesTheEstate() {
    String estate = estateService("Nalatenschap afwikkelen");
    String deceased = person();
    String id = registerSurvivor(survivor(deceased, person(), estate)).statusCode(201).extract().path("id");
    PortalApi.asHelpdesk("agent-009")
        .post("/api/v1/helpdesk/survivor-mandates/" + id + "/decline")
        .then()
        .statusCode(200)
        .body("status", equalTo("ended"))
        .body("endReason", equalTo("declined"));
    activeSurvivor(survivor(deceased, person(), estate));
  }

  @Test
  void anAgentWhoIsAPartyCannotProposeEither() {
    String estate = estateService("Nalatenschap afwikkelen");
    String holder = person();
    Map<String, Object> body = survivor(person(), holder, estate);
    Legal.knownDead(body);
    Map<String, Long> before = Database.counts(dataSource);
    RestAssured.given()
        .auth()
        .oauth2(Tokens.helpdesk("agent-heir", bsn(holder), Tokens.SUBSTANTIAL))
        .contentType(ContentType.JSON)
        .body(body)
        .post("/api/v1/helpdesk/survivor-mandates")
        .then()
        .statusCode(403)
        .body("type", equalTo("urn:namens:problem:agent-is-party"));
    assertEquals(before, Database.counts(dataSource));
  }

  /** Bean Validation's 400 problem naming {@code field} with {@code message}; nothing stored. */
  private void refused(Map<String, Object> body, String field, String message) {
    refused(body, "invalid-request", field, message);
  }

  /** A 400 problem of type {@code code} naming {@code field} with {@code message}; nothing stored. */
  private void refused(Map<String, Object> body, String code, String field, String message) {
    Legal.knownDead(body);
    Map<String, Long> before = Database.counts(dataSource);
    Legal.proposeSurvivor(body)
        .statusCode(400)
        .contentType(PROBLEM)
        .body("type", equalTo("urn:namens:problem:" + code))
        .body("violations.field", contains(field))
        .body("violations.message", contains(message));
    assertEquals(before, Database.counts(dataSource));
  }
}
