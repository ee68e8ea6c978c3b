package nl.namens.register.death;

import static nl.namens.register.PortalApi.as;
import static nl.namens.register.PortalApi.history;
import static nl.namens.register.PortalApi.outbox;
import static nl.namens.register.PortalApi.register;
import static nl.namens.register.PortalApi.registered;
import static nl.namens.register.RegisterApi.activeMandate;
import static nl.namens.register.RegisterApi.asAdmin;
import static nl.namens.register.RegisterApi.authorizations;
import static nl.namens.register.RegisterApi.person;
import static nl.namens.register.RegisterApi.representations;
import static nl.namens.register.RegisterApi.service;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import nl.namens.register.Database;
import nl.namens.register.EmbeddedPostgresResource;
import nl.namens.register.TestClock;
import org.junit.jupiter.api.Test;

/**
 * The BRP deaths feed ({@code POST /admin/v1/legal/imports/brp-deaths}): per-row policy, the deceased's open
 * voluntary mandates end (either role, every open status, audited as {@code system}), survivor mandates stay.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class DeathsTest {

  @Inject DataSource dataSource;

  private static Map<String, Object> row(String bsn, String date) {
    Map<String, Object> row = new HashMap<>();
    row.put("externalId", "ovl-" + UUID.randomUUID());
    row.put("bsn", bsn);
    row.put("dateOfDeath", date);
    return row;
  }

  private static ValidatableResponse importDeaths(List<Map<String, Object>> rows) {
    return asAdmin().body(Map.of("rows", rows)).post("/admin/v1/legal/imports/brp-deaths").then();
  }

  private static String id(Map<String, Object> party) {
    return (String) party.get("id");
  }

  @Test
  void aDeathEndsTheOpenMandatesOfEitherRoleAndTheSameBatchTwiceChangesNothing() {
    Map<String, Object> deceased = person();
    Map<String, Object> child = person();
    Map<String, Object> friend = person();
    Map<String, Object> bystander = person();
    String service = service("Belastingaangifte");
    String given = activeMandate(deceased, child, service); // the deceased is principal
    String held = activeMandate(friend, deceased, service); // the deceased is representative
    String pending = registered(deceased, friend, service("Afvalpas"))[0];
    String unrelated = activeMandate(friend, bystander, service);
    List<Map<String, Object>> batch = List.of(row(id(deceased), TestClock.TODAY.minusDays(2).toString()));

    importDeaths(batch)
        .statusCode(200)
        .body("source", equalTo("brp-deaths"))
        .body("received", equalTo(1))
        .body("applied", equalTo(1))
        .body("rejected", equalTo(0));

    asAdmin().get("/admin/v1/mandates/" + given).then().body("status", equalTo("revoked"));
    asAdmin().get("/admin/v1/mandates/" + held).then().body("status", equalTo("revoked"));
    asAdmin().get("/admin/v1/mandates/" + pending).then().body("status", equalTo("revoked"));
    asAdmin().get("/admin/v1/mandates/" + unrelated).then().body("status", equalTo("active"));
    history(child, given)
        .body("[-1].action", equalTo("death"))
        .body("[-1].channel", equalTo("system"))
        .body("[-1].statusBefore", equalTo("active"))
        .body("[-1].statusAfter", equalTo("revoked"));
    history(friend, pending).body("[-1].statusBefore", equalTo("pending"));
    outbox(child).body("kind", hasItem("mandate-ended-death"));
    representations(child, service).body("principals", empty());
    authorizations(child, deceased, service, given).body("authorized", equalTo(false));

    Map<String, Long> before = Database.counts(dataSource);
    importDeaths(batch).statusCode(200).body("applied", equalTo(0)).body("unchanged", equalTo(1));
    assertEquals(before, Database.counts(dataSource));
  }

  @Test
  void noNewMandateNamesADeceasedParty() {
    Map<String, Object> deceased = person();
    Map<String, Object> friend = person();
    importDeaths(List.of(row(id(deceased), TestClock.TODAY.minusDays(1).toString()))).statusCode(200);
    Map<String, Long> before = Database.counts(dataSource);

    register(friend, deceased, service("X"))
        .statusCode(409)
        .body("type", equalTo("urn:namens:problem:party-deceased"));
    register(deceased, friend, service("X")).statusCode(409);

    assertEquals(before.get("mandates"), Database.counts(dataSource).get("mandates"));
  }

  @Test
  void badRowsAreRejectedWithoutABsnAndTheGoodRowsAreKept() {
    String good = id(person());
    String unknownYet = id(person());
    Map<String, Object> future = row(id(person()), TestClock.TODAY.plusDays(1).toString());
    Map<String, Object> early = row(id(person()), "1899-12-31");
    Map<String, Object> notADate = row(id(person()), "31-12-2025");
    Map<String, Object> badBsn = row("999990230", "2025-01-01");
    Map<String, Object> noId = row(id(person()), "2025-01-01");
    noId.remove("externalId");
    Map<String, Object> first = row(good, "2025-01-01");
    Map<String, Object> duplicate = new HashMap<>(row(unknownYet, "2025-01-01"));
    duplicate.put("externalId", first.get("externalId"));

    String report =
        importDeaths(java.util.Arrays.asList(first, future, early, notADate, badBsn, noId, duplicate, null))
            .statusCode(200)
            .body("received", equalTo(8))
            .body("applied", equalTo(1))
            .body("rejected", equalTo(7))
            .body("rejections.index", contains(1, 2, 3, 4, 5, 6, 7))
            .body(
                "rejections.reason",
                contains(
                    "dateOfDeath must not be in the future",
                    "dateOfDeath must not be before 1900-01-01",
                    "dateOfDeath is not a date (yyyy-mm-dd)",
                    "bsn is not a valid BSN",
                    "externalId is required",
                    "externalId occurs more than once in the batch",
                    "row is empty"))
            .extract()
            .asString();
    for (String bsn : List.of(good, unknownYet, "999990230")) {
      assertFalse(report.contains(bsn), "no BSN in the report: " + report);
    }
  }

  @Test
  void aDeathOfSomeoneTheRegisterDidNotKnowIsKeptForALaterSurvivorMandate() {
    Map<String, Object> stranger = person();
    importDeaths(List.of(row(id(stranger), "2024-02-29"))).statusCode(200).body("applied", equalTo(1));
    String estate = UUID.randomUUID().toString();
    asAdmin()
        .body(
            Map.of(
                "id", estate,
                "name", "Nalatenschap",
                "provider", "Belastingdienst",
                "category", "financial",
                "minimumLoa", "substantieel",
                "settlesEstate", true))
        .post("/admin/v1/services")
        .then()
        .statusCode(201);
    asAdmin()
        .body(
            Map.of(
                "deceased", stranger,
                "holder", person(),
                "role", "executor",
                "evidence", Map.of("type", "executele", "reference", "NOT-1"),
                "services", List.of(estate)))
        .post("/admin/v1/survivor-mandates")
        .then()
        .statusCode(201)
        .body("status", equalTo("active"));
  }

  @Test
  void onlyAdministratorsImportDeaths() {
    Map<String, Object> someone = person();
    as(someone)
        .body(Map.of("rows", List.of(row(id(someone), "2025-01-01"))))
        .post("/admin/v1/legal/imports/brp-deaths")
        .then()
        .statusCode(403);
    asAdmin().body(Map.of()).post("/admin/v1/legal/imports/brp-deaths").then().statusCode(400);
  }
}
