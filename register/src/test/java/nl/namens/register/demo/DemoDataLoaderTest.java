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
}
