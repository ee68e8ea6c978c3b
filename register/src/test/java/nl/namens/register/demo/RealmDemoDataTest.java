package nl.namens.register.demo;

import static nl.namens.register.RegisterApi.asAdmin;
import static nl.namens.register.RegisterApi.asBroker;
import static nl.namens.register.RegisterApi.party;
import static nl.namens.register.RegisterApi.representations;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.ValidatableResponse;
import java.util.Map;
import nl.namens.register.EmbeddedPostgresResource;
import nl.namens.register.TestClock;
import org.junit.jupiter.api.Test;

/**
 * The realm's demo data (realm-config/demo-data.json, which the end-to-end tests and {@code ./namens run}
 * load) holds the contract's persons and one relation of each kind, and loads through the register's rules.
 */
@QuarkusTest
@TestProfile(RealmDemoDataProfile.class)
@WithTestResource(EmbeddedPostgresResource.class)
class RealmDemoDataTest {

  private static final String AANGIFTE = "5b1e2c64-0f55-4b8e-9d0a-3a1f2b3c4d01";
  private static final String ZORGDOSSIER = "5b1e2c64-0f55-4b8e-9d0a-3a1f2b3c4d02";
  private static final String AFVALPAS = "5b1e2c64-0f55-4b8e-9d0a-3a1f2b3c4d03";
  private static final String NALATENSCHAP = "5b1e2c64-0f55-4b8e-9d0a-3a1f2b3c4d04";

  private static ValidatableResponse offered(String actorBsn, String service) {
    return representations(party("BSN", actorBsn), service).statusCode(200);
  }

  private static ValidatableResponse capacity(String subjectBsn, String service) {
    return asBroker()
        .body(Map.of("subject", party("BSN", subjectBsn), "service", service))
        .post("/bvd/v1/capacity")
        .then()
        .statusCode(200);
  }

  @Test
  void theEstateServiceIsInTheCatalogue() {
    asAdmin()
        .get("/admin/v1/services")
        .then()
        .body("find { it.id == '" + NALATENSCHAP + "' }.name", equalTo("Nalatenschap afwikkelen"))
        .body("find { it.id == '" + NALATENSCHAP + "' }.provider", equalTo("Belastingdienst (demo)"))
        .body("find { it.id == '" + NALATENSCHAP + "' }.category", equalTo("financial"))
        .body("find { it.id == '" + NALATENSCHAP + "' }.minimumLoa", equalTo("substantieel"))
        .body("find { it.id == '" + NALATENSCHAP + "' }.settlesEstate", equalTo(true));
  }

  @Test
  void bothParentsRepresentTimWhoIsTen() {
    for (String parent : new String[] {"999990159", "999990263"}) {
      offered(parent, AANGIFTE)
          .body("principals", hasSize(1))
          .body("principals[0].kind", equalTo("parental-authority"))
          .body("principals[0].principal.displayName", equalTo("Tim Smit"))
          .body("principals[0].principal.birthYear", equalTo(TestClock.TODAY.minusYears(10).getYear()));
    }
  }

  @Test
  void bartIsRiasBewindvoerderAndRiaIsStoppedAtFinancialServices() {
    offered("999990172", AANGIFTE)
        .body("principals.principal.displayName", contains("Ria Ruiters"))
        .body("principals[0].kind", equalTo("bewind"))
        .body("principals[0].legalBasis.court", equalTo("Rechtbank Midden-Nederland"));
    offered("999990172", ZORGDOSSIER).body("principals", empty());
    capacity("999990184", AANGIFTE)
        .body("mayActForSelf", equalTo(false))
        .body("reason", equalTo("bewind"))
        .body("representatives.displayName", contains("Bart Bos"));
    capacity("999990184", ZORGDOSSIER).body("mayActForSelf", equalTo(true));
  }

  @Test
  void miraIsOttosMentorAndOttoIsStoppedAtCareServices() {
    offered("999990196", ZORGDOSSIER)
        .body("principals.principal.displayName", contains("Otto Olthof"))
        .body("principals[0].kind", equalTo("mentorschap"));
    capacity("999990202", ZORGDOSSIER).body("mayActForSelf", equalTo(false)).body("reason", equalTo("mentorschap"));
  }

  @Test
  void keesIsWimsCuratorAndWimIsStoppedEverywhere() {
    for (String service : new String[] {AANGIFTE, ZORGDOSSIER, AFVALPAS}) {
      offered("999990214", service).body("principals.principal.displayName", contains("Wim Willems"));
      capacity("999990226", service).body("mayActForSelf", equalTo(false)).body("reason", equalTo("curatele"));
    }
  }

  @Test
  void noorSettlesGijsEstateAtTheEstateServiceOnly() {
    offered("999990238", NALATENSCHAP)
        .body("principals", hasSize(1))
        .body("principals[0].kind", equalTo("survivor"))
        .body("principals[0].relation", equalTo("nabestaande"))
        .body("principals[0].principal.displayName", equalTo("Gijs Nagel"))
        .body("principals[0].legalBasis.law", equalTo("BW 4:144"))
        .body("principals[0].legalBasis.evidence", equalTo("executele"))
        .body("principals[0].legalBasis.evidenceReference", equalTo("DEMO-NOT-2026-0042"));
    offered("999990238", AANGIFTE).body("principals", empty());
  }

  @Test
  void petraHasNoDemoRelations() {
    offered("999990275", AANGIFTE).body("principals", empty()).body("total", equalTo(0));
  }

  @Test
  void theVoluntaryDemoMandatesStillLoad() {
    offered("999990019", AANGIFTE)
        .body("principals.principal.displayName", contains("Bea de Vries"))
        .body("principals[0].kind", equalTo("voluntary"));
  }
}
