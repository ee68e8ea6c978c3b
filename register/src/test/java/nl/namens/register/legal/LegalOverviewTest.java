package nl.namens.register.legal;

import static io.restassured.RestAssured.given;
import static nl.namens.register.legal.Legal.bsn;
import static nl.namens.register.legal.Legal.courtRow;
import static nl.namens.register.legal.Legal.endSurvivor;
import static nl.namens.register.legal.Legal.estateService;
import static nl.namens.register.legal.Legal.importRows;
import static nl.namens.register.legal.Legal.parentRow;
import static nl.namens.register.legal.Legal.person;
import static nl.namens.register.legal.Legal.activeSurvivor;
import static nl.namens.register.legal.Legal.survivor;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.namens.register.EmbeddedPostgresResource;
import nl.namens.register.PortalApi;
import nl.namens.register.RegisterApi;
import nl.namens.register.TestClock;
import nl.namens.register.Tokens;
import org.junit.jupiter.api.Test;

/**
 * "Wettelijke vertegenwoordiging" for the people concerned, read-only: {@code /api/v1/legal/represented-by},
 * {@code /api/v1/legal/representing} and the two tables on the portal overview. Relations in force only; the
 * other party by name, never by BSN.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class LegalOverviewTest {

  private static final LocalDate TEN_YEARS_AGO = TestClock.TODAY.minusYears(10);

  @Test
  void aChildSeesBothParentsByNameOnly() {
    String child = person();
    String mother = person();
    String father = person();
    importRows("brp", List.of(parentRow(child, mother, TEN_YEARS_AGO), parentRow(child, father, TEN_YEARS_AGO)));
    String lastMinorDay = TEN_YEARS_AGO.plusYears(18).minusDays(1).toString();

    String json =
        api(child)
            .get("/api/v1/legal/represented-by")
            .then()
            .statusCode(200)
            .body("$", hasSize(2))
            .body("kind", everyItem(equalTo("parental-authority")))
            .body("representative", containsInAnyOrder("Ouder " + mother.substring(6), "Ouder " + father.substring(6)))
            .body("source", everyItem(equalTo("brp")))
            .body("legalBasis.law", everyItem(equalTo("BW 1:245")))
            .body("validFrom", everyItem(equalTo(TEN_YEARS_AGO.toString())))
            .body("validUntil", everyItem(equalTo(lastMinorDay)))
            .body("status", everyItem(equalTo("active")))
            .extract()
            .asString();
    assertNoBsn(json, mother, father);
    api(child).get("/api/v1/legal/representing").then().statusCode(200).body("$", empty());

    String html = page(child, "nl");
    assertContains(html, "Wettelijke vertegenwoordiging", "Wie mij vertegenwoordigt", "id=\"namens-legal-represented-by\"",
        "<caption>Wie mij wettelijk vertegenwoordigt</caption>", "data-kind=\"parental-authority\"", "Ouderlijk gezag",
        "Ouder " + mother.substring(6), "Ouder " + father.substring(6), "Basisregistratie Personen",
        "niet wijzigen");
    assertNotContains(html, "id=\"namens-legal-representing\"", "Wie ik vertegenwoordig");
    assertNoBsn(html, mother, father);
  }

  @Test
  void aParentSeesTheChildUntilTheDayBeforeTheEighteenthBirthday() {
    String child = person();
    String parent = person();
    Map<String, Object> row = parentRow(child, parent, TEN_YEARS_AGO);
    row.put("representedName", "Kim Jansen");
    importRows("brp", List.of(row));

    api(parent)
        .get("/api/v1/legal/representing")
        .then()
        .statusCode(200)
        .body("$", hasSize(1))
        .body("[0].represented", equalTo("Kim Jansen"))
        .body("[0].representative", nullValue())
        .body("[0].kind", equalTo("parental-authority"))
        .body("[0].scope.categories", contains("financial", "care", "general"))
        .body("[0].validUntil", equalTo(TEN_YEARS_AGO.plusYears(18).minusDays(1).toString()));
  }

  @Test
  void aBewindvoerderSeesTheClientWithTheScopeInBothLanguages() {
    String client = person();
    String bewindvoerder = person();
    Map<String, Object> row = courtRow("bewind", client, bewindvoerder);
    row.put("representedName", "Cor Cliënt");
    importRows("court", List.of(row));

    String json =
        api(bewindvoerder)
            .get("/api/v1/legal/representing")
            .then()
            .statusCode(200)
            .body("$", hasSize(1))
            .body("[0].kind", equalTo("bewind"))
            .body("[0].represented", equalTo("Cor Cliënt"))
            .body("[0].source", equalTo("court"))
            .body("[0].scope.categories", contains("financial"))
            .body("[0].scope.services", empty())
            .body("[0].legalBasis.law", equalTo("BW 1:431"))
            .body("[0].legalBasis.court", equalTo("Rechtbank Midden-Nederland"))
            .body("[0].legalBasis.decisionDate", equalTo("2025-06-01"))
            .body("[0].validFrom", equalTo("2025-06-01"))
            .body("[0].validUntil", nullValue())
            .extract()
            .asString();
    assertNoBsn(json, client);
    assertNotContains(json, "decisionId", "C/16/");

    String nl = page(bewindvoerder, "nl");
    assertContains(nl, "Wie ik vertegenwoordig", "id=\"namens-legal-representing\"", "data-kind=\"bewind\"",
        "Beschermingsbewind", "Cor Cliënt", "geldzaken", "Vanaf 01-06-2025");
    assertNotContains(nl, "id=\"namens-legal-represented-by\"");
    assertNoBsn(nl, client);

    String en = page(bewindvoerder, "en");
    assertContains(en, "Legal representation", "Whom I represent", "<caption>Whom I represent by law</caption>",
        "Protective administration", "financial matters", "From 01-06-2025", "cannot change these details");

    String clientPage = page(client, "en");
    assertContains(clientPage, "Who represents me", "data-kind=\"bewind\"", "Vertegenwoordiger bewind", "BW 1:431",
        "Rechtbank Midden-Nederland", "decision of 01-06-2025", "Central Register of Guardianship");
    assertNoBsn(clientPage, bewindvoerder);
  }

  @Test
  void aSurvivorSeesTheEstateServicesByName() {
    String estate = estateService("Aanslag nalatenschap");
    String deceased = person();
    String executor = person();
    activeSurvivor(survivor(deceased, executor, estate));

    String json =
        api(executor)
            .get("/api/v1/legal/representing")
            .then()
            .statusCode(200)
            .body("$", hasSize(1))
            .body("[0].kind", equalTo("survivor"))
            .body("[0].source", equalTo("helpdesk"))
            .body("[0].scope.categories", empty())
            .body("[0].scope.services.name", contains("Aanslag nalatenschap"))
            .body("[0].legalBasis.law", equalTo("BW 4:144"))
            .extract()
            .asString();
    assertNoBsn(json, deceased);
    assertNotContains(json, "NOT-2026-");
    assertContains(page(executor, "nl"), "data-kind=\"survivor\"", "Nabestaande",
        "afwikkeling nalatenschap bij Aanslag nalatenschap");
  }

  @Test
  void endedAndTerminatedRelationsAreNotShown() {
    String person = person();
    String curator = person();
    String mentor = person();
    Map<String, Object> terminated = courtRow("curatele", person, curator);
    terminated.put("terminated", true);
    Map<String, Object> expired = courtRow("mentorschap", person, mentor);
    expired.put("validUntil", TestClock.TODAY.minusDays(1).toString());
    importRows("court", List.of(terminated, expired));
    String adult = person();
    String formerParent = person();
    importRows("brp", List.of(parentRow(adult, formerParent, TestClock.TODAY.minusYears(18))));
    String estate = estateService("Erfbelasting");
    String deceased = person();
    String heir = person();
    String survivorId = activeSurvivor(survivor(deceased, heir, estate));
    endSurvivor(survivorId, "settled").statusCode(200);

    for (String someone : List.of(person, curator, mentor, adult, formerParent, deceased, heir)) {
      api(someone).get("/api/v1/legal/represented-by").then().statusCode(200).body("$", empty());
      api(someone).get("/api/v1/legal/representing").then().statusCode(200).body("$", empty());
    }
    assertNotContains(page(person, "nl"), "namens-legal", "Wettelijke vertegenwoordiging");
    assertNotContains(page(heir, "nl"), "namens-legal", "Wettelijke vertegenwoordiging");
  }

  @Test
  void aStrangerSeesNothing() {
    String child = person();
    importRows("brp", List.of(parentRow(child, person(), TEN_YEARS_AGO)));
    String stranger = person();

    api(stranger).get("/api/v1/legal/represented-by").then().statusCode(200).body("$", empty());
    api(stranger).get("/api/v1/legal/representing").then().statusCode(200).body("$", empty());
    assertNotContains(page(stranger, "nl"), "namens-legal", "Wettelijke vertegenwoordiging");
  }

  @Test
  void aCompanyGetsEmptyLists() {
    Map<String, Object> company = RegisterApi.company();
    PortalApi.as(company).get("/api/v1/legal/represented-by").then().statusCode(200).body("$", empty());
    PortalApi.as(company).get("/api/v1/legal/representing").then().statusCode(200).body("$", empty());
  }

  @Test
  void theEndpointsNeedAPortalToken() {
    given().get("/api/v1/legal/represented-by").then().statusCode(401);
    given().auth().oauth2(Tokens.admin()).get("/api/v1/legal/representing").then().statusCode(403);
  }

  // --- helpers ------------------------------------------------------------------------------------------------

  private static RequestSpecification api(String bsn) {
    return PortalApi.as(bsn(bsn));
  }

  private static String page(String bsn, String language) {
    return given()
        .auth()
        .oauth2(Tokens.portal(bsn(bsn)))
        .header("Accept-Language", language)
        .get("/portal")
        .then()
        .statusCode(200)
        .extract()
        .asString();
  }

  private static void assertContains(String text, String... parts) {
    for (String part : parts) {
      org.hamcrest.MatcherAssert.assertThat(text, containsString(part));
    }
  }

  private static void assertNotContains(String text, String... parts) {
    for (String part : parts) {
      org.hamcrest.MatcherAssert.assertThat(text, not(containsString(part)));
    }
  }

  private static void assertNoBsn(String text, String... bsns) {
    assertNotContains(text, bsns);
  }
}
