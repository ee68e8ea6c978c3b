package nl.namens.register.demo;

import static nl.namens.register.RegisterApi.asAdmin;
import static nl.namens.register.RegisterApi.party;
import static nl.namens.register.RegisterApi.representations;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.Map;
import nl.namens.register.EmbeddedPostgresResource;
import nl.namens.register.TestClock;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(DemoDataProfile.class)
@WithTestResource(EmbeddedPostgresResource.class)
class DemoDataLoaderTest {

  private static final String AANGIFTE = "0b6c2b8e-5f4a-4d1e-9a37-1f2d3c4b5a61";
  private static final String ZORGDOSSIER = "5d7e9f10-2a3b-4c5d-8e6f-7a8b9c0d1e2f";
  private static final Map<String, Object> JAN = party("BSN", "999990019");

  @Inject DemoDataLoader loader;

  @Test
  void demoServicesAreInTheCatalogue() {
    asAdmin()
        .get("/admin/v1/services")
        .then()
        .statusCode(200)
        .body("id", containsInAnyOrder(AANGIFTE, ZORGDOSSIER))
        .body("name", contains("Belastingaangifte", "Zorgdossier"));
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
}
