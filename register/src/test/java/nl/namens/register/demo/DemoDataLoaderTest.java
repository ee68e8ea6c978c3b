package nl.namens.register.demo;

import static nl.namens.register.RegisterApi.asAdmin;
import static nl.namens.register.RegisterApi.party;
import static nl.namens.register.RegisterApi.representations;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import nl.namens.register.EmbeddedPostgresResource;
import nl.namens.register.TestClock;
import nl.namens.register.problem.ProblemCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@QuarkusTest
@TestProfile(DemoDataProfile.class)
@WithTestResource(EmbeddedPostgresResource.class)
class DemoDataLoaderTest {

  private static final String AANGIFTE = "0b6c2b8e-5f4a-4d1e-9a37-1f2d3c4b5a61";
  private static final String ZORGDOSSIER = "5d7e9f10-2a3b-4c5d-8e6f-7a8b9c0d1e2f";
  private static final String NALATENSCHAP = "7c4a1d2e-3b5f-4e6a-9c8d-0e1f2a3b4c5d";
  private static final Map<String, Object> JAN = party("BSN", "999990019");

  @Inject DemoDataLoader loader;

  @Test
  void demoServicesAreInTheCatalogue() {
    asAdmin()
        .get("/admin/v1/services")
        .then()
        .statusCode(200)
        .body("id", containsInAnyOrder(AANGIFTE, ZORGDOSSIER, NALATENSCHAP))
        .body("name", contains("Belastingaangifte", "Nalatenschap afwikkelen", "Zorgdossier"))
        .body("find { it.id == '" + NALATENSCHAP + "' }.settlesEstate", equalTo(true))
        .body("find { it.id == '" + AANGIFTE + "' }.settlesEstate", equalTo(false));
  }

  @Test
  void relativePeriodsAreResolvedAgainstToday() {
    representations(JAN, AANGIFTE)
        .statusCode(200)
        .body("principals", hasSize(1))
        .body("principals[0].principal.id", equalTo("999990020"))
        .body("principals[0].principal.displayName", equalTo("Bea de Vries"))
        .body("principals[0].validFrom", equalTo(TestClock.TODAY.minusDays(30).toString()))
        .body("principals[0].validUntil", equalTo(TestClock.TODAY.plusYears(1).toString()))
        .body("principals[0].requiredLoa", equalTo("substantieel"));
  }

  @Test
  void revokedDemoMandateIsNotOfferedButAbsoluteDatesAre() {
    representations(JAN, ZORGDOSSIER)
        .statusCode(200)
        .body("principals", hasSize(1))
        .body("principals[0].principal.id", equalTo("999990032"))
        .body("principals[0].validFrom", equalTo("2026-01-01"))
        .body("principals[0].validUntil", equalTo("2099-12-31"));
  }

  @Test
  void demoDataIsNotLoadedTwice() {
    assertFalse(loader.loadIfEmpty(Path.of(DemoDataProfile.FILE)));
  }

  @Test
  void pendingDemoMandateActivatesWithItsKnownCode() {
    Map<String, Object> representative = party("BSN", "999990044");
    String id =
        nl.namens.register.PortalApi.as(representative)
            .get("/api/v1/mandates/pending")
            .then()
            .statusCode(200)
            .extract()
            .path("[0].id");

    nl.namens.register.PortalApi.activate(representative, id, "DEMA-CTVR-2345")
        .statusCode(200)
        .body("status", equalTo("active"));
  }

  @Test
  void requestedDemoMandateHasItsApprovalLetterWithTheKnownCode() {
    nl.namens.register.PortalApi.outbox(party("BSN", "999990020"))
        .statusCode(200)
        .body("find { it.kind == 'approval-code' }.body", org.hamcrest.Matchers.containsString("DEMB-APRV-6789"));
  }

  @Test
  void chainDemoMandateIsOfferedToTheListedEmployeeWithTheIntermediary() {
    Map<String, Object> boekhouder = new java.util.HashMap<>(party("KVK", "87654321"));
    boekhouder.put("actingSubjectId", "boekhouder-1");
    representations(boekhouder, AANGIFTE)
        .statusCode(200)
        .body("principals", hasSize(1))
        .body("principals[0].kind", equalTo("chain"))
        .body("principals[0].principal.id", equalTo("12345678"))
        .body("principals[0].intermediary.id", equalTo("87654321"));
    boekhouder.put("actingSubjectId", "stagiair-2");
    representations(boekhouder, AANGIFTE).statusCode(200).body("principals", hasSize(0));
  }

  @Test
  void brpDemoRowMakesTheParentRepresentTheTenYearOld() {
    representations(party("BSN", "999990159"), AANGIFTE)
        .statusCode(200)
        .body("principals", hasSize(1))
        .body("principals[0].kind", equalTo("parental-authority"))
        .body("principals[0].principal.id", equalTo("999990160"))
        .body("principals[0].principal.displayName", equalTo("Tim Smit"))
        .body("principals[0].principal.birthYear", equalTo(TestClock.TODAY.minusYears(10).getYear()))
        .body("principals[0].validFrom", equalTo(TestClock.TODAY.minusYears(10).toString()));
  }

  @Test
  void courtDemoRowHasItsRelativeDecisionDateAndTheBirthYear() {
    representations(party("BSN", "999990172"), AANGIFTE)
        .body("principals", hasSize(1))
        .body("principals[0].kind", equalTo("bewind"))
        .body("principals[0].principal.birthYear", equalTo(1961))
        .body("principals[0].legalBasis.court", equalTo("Rechtbank Midden-Nederland"))
        .body("principals[0].legalBasis.decisionId", equalTo("C/16/123456"))
        .body("principals[0].legalBasis.decisionDate", equalTo(TestClock.TODAY.minusYears(2).toString()));
    representations(party("BSN", "999990172"), ZORGDOSSIER).body("principals", hasSize(0));
  }

  @Test
  void survivorDemoMandateIsOfferedAtTheEstateServiceOnly() {
    representations(party("BSN", "999990238"), NALATENSCHAP)
        .body("principals", hasSize(1))
        .body("principals[0].kind", equalTo("survivor"))
        .body("principals[0].principal.id", equalTo("999990251"))
        .body("principals[0].legalBasis.evidence", equalTo("executele"))
        .body("principals[0].legalBasis.evidenceReference", equalTo("DEMO-NOT-2026-0042"))
        .body("principals[0].validFrom", equalTo(TestClock.TODAY.minusDays(14).toString()));
    representations(party("BSN", "999990238"), AANGIFTE).body("principals", hasSize(0));
  }

  @Test
  void aDemoFileThatBreaksARuleLoadsNothing(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("bad-demo-data.json");
    String service = UUID.randomUUID().toString();
    Files.writeString(
        file,
        """
        {"services": [{"id": "%s", "name": "Erfbelasting", "provider": "Belastingdienst",
                       "category": "financial", "minimumLoa": "substantieel"}],
         "parties": [{"type": "BSN", "id": "999990287", "displayName": "Eva Erfgenaam"}],
         "legal": {"court": [{"externalId": "BAD-1", "kind": "curatele", "representedBsn": "999990299",
                   "representativeBsn": "999990287", "court": "Rechtbank", "decisionDate": "-P1Y",
                   "decisionId": "C/1"}]},
         "survivorMandates": [{"deceased": {"type": "BSN", "id": "999990305"},
                               "holder": {"type": "BSN", "id": "999990287"}, "role": "heir",
                               "evidence": {"type": "verklaring-van-erfrecht", "reference": "X"},
                               "services": ["%s"]}]}
        """
            .formatted(service, service));

    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () -> QuarkusTransaction.requiringNew().run(() -> loader.load(file)));
    assertTrue(
        e.getMessage()
            .endsWith(
                "survivorMandates[0]: The request is not valid: services[0] is not a service for settling"
                    + " an estate (settlesEstate is false)."),
        e.getMessage());
    assertFalse(e.getMessage().contains("999990"), e.getMessage());
    asAdmin().get("/admin/v1/services").then().body("id", not(hasItem(service)));
    asAdmin()
        .body(Map.of("type", "BSN", "id", "999990287", "displayName", "Eva Erfgenaam"))
        .post("/admin/v1/parties")
        .then()
        .statusCode(201); // the party of the failed load was rolled back
  }

  @Test
  void aBadDemoLegalRowNamesItsListAndReason(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("bad-legal.json");
    Files.writeString(
        file,
        """
        {"legal": {"brp": [{"externalId": "BAD-2", "representedBsn": "123456789",
                            "representativeBsn": "999990317", "childBirthDate": "-P3Y"}]}}
        """);
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () -> QuarkusTransaction.requiringNew().run(() -> loader.load(file)));
    assertTrue(e.getMessage().endsWith("legal.brp[0]: representedBsn is not a valid BSN"), e.getMessage());
  }

  @Test
  void aDemoDateOutsideTheRegistersRangeStopsTheLoadNamingTheEntry(@TempDir Path dir) throws IOException {
    String service = UUID.randomUUID().toString();
    String services =
        """
        "services": [{"id": "%s", "name": "Datumtoets", "provider": "Belastingdienst",
                      "category": "financial", "minimumLoa": "substantieel"}]"""
            .formatted(service);
    Map<String, String> files =
        Map.of(
            "parties[0]: birthDate " + ProblemCode.DATE_YEAR_INVALID.text(),
            """
            {%s, "parties": [{"type": "BSN", "id": "999990329", "displayName": "Oud", "birthDate": "+99999-01-01"}]}
            """,
            "mandates[0]: The request is not valid: validUntil " + ProblemCode.DATE_YEAR_INVALID.text() + ".",
            """
            {%s, "mandates": [{"principal": {"type": "BSN", "id": "999990329"},
                               "representative": {"type": "BSN", "id": "999990330"}, "services": ["%s"],
                               "validFrom": "P0D", "validUntil": "+99999-12-31", "kind": "voluntary"}]}
            """,
            "legal.court[0]: representedBirthDate " + ProblemCode.DATE_IN_FUTURE.text(),
            """
            {%s, "legal": {"court": [{"externalId": "BAD-DATE-1", "kind": "bewind", "representedBsn": "999990329",
                           "representativeBsn": "999990330", "court": "Rechtbank", "decisionDate": "-P1Y",
                           "decisionId": "C/1", "representedBirthDate": "2999-01-01"}]}}
            """);
    for (Map.Entry<String, String> entry : files.entrySet()) {
      Path file = dir.resolve("bad-date-" + Math.abs(entry.getKey().hashCode()) + ".json");
      Files.writeString(file, entry.getValue().formatted(services, service));
      IllegalStateException e =
          assertThrows(
              IllegalStateException.class,
              () -> QuarkusTransaction.requiringNew().run(() -> loader.load(file)));
      assertTrue(e.getMessage().endsWith(entry.getKey()), e.getMessage());
      asAdmin().get("/admin/v1/services").then().body("id", not(hasItem(service)));
    }
  }
}
