package nl.namens.register.legal;

import static nl.namens.register.PortalApi.as;
import static nl.namens.register.RegisterApi.asBroker;
import static nl.namens.register.RegisterApi.representations;
import static nl.namens.register.legal.Legal.bsn;
import static nl.namens.register.legal.Legal.courtRow;
import static nl.namens.register.legal.Legal.estateService;
import static nl.namens.register.legal.Legal.importRows;
import static nl.namens.register.legal.Legal.parentRow;
import static nl.namens.register.legal.Legal.person;
import static nl.namens.register.legal.Legal.activeSurvivor;
import static nl.namens.register.legal.Legal.service;
import static nl.namens.register.legal.Legal.survivor;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import nl.namens.register.Database;
import nl.namens.register.EmbeddedPostgresResource;
import nl.namens.register.TestClock;
import org.junit.jupiter.api.Test;

/** Uses of legal representations and survivor mandates: recorded like voluntary ones, listed for the principal. */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class LegalUsagesTest {

  @Inject DataSource dataSource;

  private static ValidatableResponse use(String id, String actor, String principal, String service) {
    return asBroker()
        .body(
            Map.of(
                "mandateId", id,
                "actor", bsn(actor),
                "principal", bsn(principal),
                "service", service,
                "loa", "substantieel"))
        .post("/bvd/v1/usages")
        .then();
  }

  @Test
  void aParentsUseIsRecordedAndTheChildSeesIt() {
    String service = service("Kinderbijslag", "financial");
    String child = person();
    String parent = person();
    importRows("brp", List.of(parentRow(child, parent, TestClock.TODAY.minusYears(10))));
    String id = representations(bsn(parent), service).extract().path("principals[0].mandateId");

    use(id, parent, child, service)
        .statusCode(201)
        .body("mandateId", equalTo(id))
        .body("kind", equalTo("parental-authority"))
        .body("representative.id", equalTo(parent))
        .body("principal.id", equalTo(child))
        .body("service.id", equalTo(service));

    as(bsn(child))
        .get("/api/v1/usages/as-principal")
        .then()
        .statusCode(200)
        .body("$", hasSize(1))
        .body("[0].mandateId", equalTo(id))
        .body("[0].kind", equalTo("parental-authority"))
        .body("[0].representative.id", equalTo(parent));
    as(bsn(parent)).get("/api/v1/usages/as-representative").then().body("mandateId", contains(id));
  }

  @Test
  void aSurvivorsUseIsRecordedForTheEstate() {
    String estate = estateService("Nalatenschap afwikkelen");
    String deceased = person();
    String executor = person();
    String id = activeSurvivor(survivor(deceased, executor, estate));

    use(id, executor, deceased, estate).statusCode(201).body("kind", equalTo("survivor"));
    as(bsn(deceased))
        .get("/api/v1/usages/as-principal")
        .then()
        .body("kind", contains("survivor"))
        .body("[0].representative.id", equalTo(executor));
  }

  @Test
  void aUseOutsideTheScopeOrByOtherPartiesIsAConflictThatStoresNothing() {
    String tax = service("Belastingaangifte", "financial");
    String care = service("Wmo-aanvraag", "care");
    String estate = estateService("Nalatenschap afwikkelen");
    String client = person();
    String administrator = person();
    importRows("court", List.of(courtRow("bewind", client, administrator)));
    String bewind = representations(bsn(administrator), tax).extract().path("principals[0].mandateId");
    String deceased = person();
    String executor = person();
    String survivor = activeSurvivor(survivor(deceased, executor, estate));
    Map<String, Long> before = Database.counts(dataSource);

    use(bewind, administrator, client, care).statusCode(409);
    use(bewind, person(), client, tax).statusCode(409);
    use(bewind, administrator, person(), tax).statusCode(409);
    use(bewind, administrator, client, UUID.randomUUID().toString()).statusCode(409);
    use(survivor, executor, deceased, tax).statusCode(409);
    use(UUID.randomUUID().toString(), administrator, client, tax).statusCode(404);

    assertEquals(before, Database.counts(dataSource));
    as(bsn(client)).get("/api/v1/usages/as-principal").then().body("$", empty());
  }
}
