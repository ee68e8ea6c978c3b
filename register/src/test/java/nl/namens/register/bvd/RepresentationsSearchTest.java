package nl.namens.register.bvd;

import static nl.namens.register.RegisterApi.activeMandate;
import static nl.namens.register.RegisterApi.asAdmin;
import static nl.namens.register.RegisterApi.asBroker;
import static nl.namens.register.RegisterApi.registerParty;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.namens.register.EmbeddedPostgresResource;
import nl.namens.register.Identifiers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A professional administrator with 500 clients under beschermingsbewind (imported through the court feed)
 * and one voluntary mandate: the acting-for list is searched (name, birth year, part of the BSN) and paged,
 * legal and voluntary relations together, ordered by name.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class RepresentationsSearchTest {

  private static final String PROBLEM = "application/problem+json";
  private static final int CLIENTS = 500;

  private static String service;
  private static Map<String, Object> professional;
  private static final List<String> clientBsns = new ArrayList<>();
  private static String rareClient;
  private static String voluntaryPrincipal;

  @BeforeEach
  void aProfessionalWithFiveHundredClients() {
    if (professional != null) {
      return;
    }
    service = nl.namens.register.RegisterApi.service("Toeslagen");
    professional = Map.of("type", "BSN", "id", Identifiers.bsn());
    List<Map<String, Object>> rows = new ArrayList<>();
    for (int i = 0; i < CLIENTS; i++) {
      String bsn = Identifiers.bsn();
      clientBsns.add(bsn);
      Map<String, Object> row = new HashMap<>();
      row.put("externalId", "search-" + UUID.randomUUID());
      row.put("kind", "bewind");
      row.put("representedBsn", bsn);
      row.put("representativeBsn", professional.get("id"));
      row.put("representativeName", "Petra Pauw");
      row.put(
          "representedName", i == 137 ? "Zeldzame Zwaan" : String.format(Locale.ROOT, "Klant %03d", i));
      row.put("representedBirthDate", (1950 + i % 50) + "-03-01");
      row.put("court", "Rechtbank Midden-Nederland");
      row.put("decisionDate", "2025-06-01");
      row.put("decisionId", "C/16/" + (100000 + i));
      rows.add(row);
    }
    rareClient = clientBsns.get(137);
    for (int from = 0; from < CLIENTS; from += 100) { // request bodies are at most 64 KiB
      asAdmin()
          .body(Map.of("rows", rows.subList(from, from + 100)))
          .post("/admin/v1/legal/imports/court")
          .then()
          .statusCode(200)
          .body("applied", equalTo(100))
          .body("rejected", equalTo(0));
    }
    Map<String, Object> principal = registerParty(nl.namens.register.RegisterApi.person(), "Klant 250a");
    voluntaryPrincipal = (String) principal.get("id");
    activeMandate(principal, professional, service);
  }

  private static ValidatableResponse search(Map<String, Object> criteria, Integer offset, Integer limit) {
    Map<String, Object> body = new HashMap<>();
    body.put("actor", professional);
    body.put("service", service);
    if (criteria != null) {
      body.put("search", criteria);
    }
    if (offset != null) {
      body.put("offset", offset);
    }
    if (limit != null) {
      body.put("limit", limit);
    }
    return asBroker().body(body).post("/bvd/v1/representations").then();
  }

  @Test
  void withoutSearchOrPagingEverythingIsAnsweredInNameOrder() {
    List<String> names =
        search(null, null, null)
            .statusCode(200)
            .body("total", equalTo(CLIENTS + 1))
            .body("principals", hasSize(CLIENTS + 1))
            .extract()
            .path("principals.principal.displayName");
    List<String> sorted = new ArrayList<>(names);
    sorted.sort(String.CASE_INSENSITIVE_ORDER);
    assertEquals(sorted, names);
    // legal and voluntary together: the voluntary mandate sits between Klant 250 and Klant 251
    assertEquals(names.indexOf("Klant 250") + 1, names.indexOf("Klant 250a"));
  }

  @Test
  void searchByNameFindsTheOneClient() {
    search(Map.of("name", "zeldzame ZWAAN"), null, null)
        .statusCode(200)
        .body("total", equalTo(1))
        .body("principals", hasSize(1))
        .body("principals[0].principal.id", equalTo(rareClient))
        .body("principals[0].principal.birthYear", equalTo(1950 + 137 % 50))
        .body("principals[0].principal.birthDate", nullValue())
        .body("principals[0].kind", equalTo("bewind"));
  }

  @Test
  void searchByNameMatchesLegalAndVoluntaryAlike() {
    search(Map.of("name", "klant 250"), null, null)
        .body("total", equalTo(2))
        .body("principals.kind", contains("bewind", "voluntary"))
        .body("principals[1].principal.id", equalTo(voluntaryPrincipal));
  }

  @Test
  void likeWildcardsInTheNameAreTakenLiterally() {
    search(Map.of("name", "%"), null, null).body("total", equalTo(0));
    search(Map.of("name", "klant _5_"), null, null).body("total", equalTo(0));
  }

  @Test
  void searchByBirthYear() {
    List<Integer> years =
        search(Map.of("birthYear", 1960), null, null)
            .statusCode(200)
            .body("total", equalTo(CLIENTS / 50))
            .extract()
            .path("principals.principal.birthYear");
    assertEquals(CLIENTS / 50, years.size());
    assertTrue(years.stream().allMatch(y -> y == 1960), years.toString());
  }

  @Test
  void searchByPartOfTheBsn() {
    search(Map.of("bsnPart", rareClient), null, null)
        .body("total", equalTo(1))
        .body("principals[0].principal.id", equalTo(rareClient));

    String part = rareClient.substring(4, 8);
    long expected = clientBsns.stream().filter(b -> b.contains(part)).count()
        + (voluntaryPrincipal.contains(part) ? 1 : 0);
    List<String> ids =
        search(Map.of("bsnPart", part), null, null)
            .body("total", equalTo((int) expected))
            .extract()
            .path("principals.principal.id");
    assertTrue(ids.stream().allMatch(id -> id.contains(part)), ids.toString());
  }

  @Test
  void allCriteriaMustMatch() {
    search(Map.of("name", "zwaan", "birthYear", 1987, "bsnPart", rareClient.substring(0, 5)), null, null)
        .body("total", equalTo(1));
    search(Map.of("name", "zwaan", "birthYear", 1988), null, null)
        .body("total", equalTo(0))
        .body("principals", empty());
  }

  @Test
  void pagesAreDisjointStableAndCoverEveryone() {
    Set<String> seen = new HashSet<>();
    List<String> inOrder = new ArrayList<>();
    for (int offset = 0; offset < CLIENTS + 1; offset += 100) {
      List<String> ids =
          search(null, offset, 100)
              .statusCode(200)
              .body("total", equalTo(CLIENTS + 1))
              .extract()
              .path("principals.mandateId");
      assertEquals(Math.min(100, CLIENTS + 1 - offset), ids.size());
      for (String id : ids) {
        assertTrue(seen.add(id), "mandate " + id + " on two pages");
      }
      inOrder.addAll(ids);
    }
    assertEquals(CLIENTS + 1, seen.size());
    List<String> all = search(null, null, null).extract().path("principals.mandateId");
    assertEquals(all, inOrder);
    search(null, CLIENTS + 10, 10).body("total", equalTo(CLIENTS + 1)).body("principals", empty());
  }

  @Test
  void aSearchedPageCountsAllMatches() {
    // Klant 100 .. Klant 199, except 137 (Zeldzame Zwaan)
    search(Map.of("name", "klant 1"), 10, 10)
        .body("total", equalTo(99))
        .body("principals", hasSize(10))
        .body("principals[0].principal.displayName", equalTo("Klant 110"));
  }

  @Test
  void anUnknownBirthDateIsNoBirthYear() {
    search(Map.of("name", "klant 250a"), null, null)
        .body("principals[0].principal.birthYear", nullValue());
  }

  @Test
  void badSearchParametersAreRefusedWithTheirPaths() {
    refused(Map.of("search", Map.of("birthYear", 1800)), "search.birthYear", "must be greater than or equal to 1900");
    refused(Map.of("search", Map.of("birthYear", 2101)), "search.birthYear", "must be less than or equal to 2100");
    refused(Map.of("search", Map.of("bsnPart", "12")), "search.bsnPart", "must be 3 to 9 digits");
    refused(Map.of("search", Map.of("bsnPart", "12a45")), "search.bsnPart", "must be 3 to 9 digits");
    refused(Map.of("search", Map.of("bsnPart", "1234567890")), "search.bsnPart", "must be 3 to 9 digits");
    refused(Map.of("search", Map.of("name", "")), "search.name", "must not be blank");
    refused(Map.of("search", Map.of("name", "x".repeat(101))), "search.name", "size must be between 0 and 100");
    refused(
        Map.of("search", Map.of("name", "<b>")),
        "search.name",
        "must be plain text: no control characters, no < or >");
    refused(Map.of("offset", -1), "offset", "must be greater than or equal to 0");
    refused(Map.of("limit", 0), "limit", "must be greater than or equal to 1");
    refused(Map.of("limit", 101), "limit", "must be less than or equal to 100");

    Map<String, Object> body = new HashMap<>(Map.of("actor", professional, "service", service));
    body.put("search", Map.of("birthYear", "nineteen"));
    asBroker()
        .body(body)
        .post("/bvd/v1/representations")
        .then()
        .statusCode(400)
        .contentType(PROBLEM)
        .body("type", equalTo("urn:namens:problem:malformed-request"))
        .body("violations[0].field", equalTo("search.birthYear"));
  }

  private static void refused(Map<String, Object> extra, String field, String message) {
    Map<String, Object> body = new HashMap<>(Map.of("actor", professional, "service", service));
    body.putAll(extra);
    asBroker()
        .body(body)
        .post("/bvd/v1/representations")
        .then()
        .statusCode(400)
        .contentType(PROBLEM)
        .body("type", equalTo("urn:namens:problem:invalid-request"))
        .body("violations.field", contains(field))
        .body("violations.message", hasItem(message));
  }
}
