package nl.namens.register.mandate;

import static nl.namens.register.PortalApi.activeThroughLifecycle;
import static nl.namens.register.PortalApi.as;
import static nl.namens.register.RegisterApi.asBroker;
import static nl.namens.register.RegisterApi.person;
import static nl.namens.register.RegisterApi.registerParty;
import static nl.namens.register.RegisterApi.service;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.util.Map;
import nl.namens.register.EmbeddedPostgresResource;
import nl.namens.register.TestClock;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class UsagesTest {

  private static ValidatableResponse use(
      String mandateId, Map<String, Object> actor, Map<String, Object> principal, String service) {
    return asBroker()
        .body(
            Map.of(
                "mandateId", mandateId,
                "actor", actor,
                "principal", principal,
                "service", service,
                "loa", "substantieel"))
        .post("/bvd/v1/usages")
        .then();
  }

  @Test
  void principalSeesWhoActedForHer() {
    String service = service("Belastingaangifte");
    Map<String, Object> principal = person();
    Map<String, Object> representative = registerParty(person(), "Jan Jansen");
    String id = activeThroughLifecycle(principal, representative, service);

    use(id, representative, principal, service).statusCode(201);

    as(principal)
        .get("/api/v1/usages/as-principal")
        .then()
        .statusCode(200)
        .body("$", hasSize(1))
        .body("[0].mandateId", equalTo(id))
        .body("[0].representative.displayName", equalTo("Jan Jansen"))
        .body("[0].service.name", equalTo("Belastingaangifte"))
        .body("[0].loa", equalTo("substantieel"))
        .body("[0].usedAt", equalTo(TestClock.TODAY.atTime(10, 0).toString() + ":00Z"));
  }

  @Test
  void representativeSeesHisOwnUses() {
    String service = service("Belastingaangifte");
    Map<String, Object> principal = person();
    Map<String, Object> representative = person();
    String id = activeThroughLifecycle(principal, representative, service);
    use(id, representative, principal, service).statusCode(201);

    as(representative).get("/api/v1/usages/as-representative").then().body("$", hasSize(1));
    as(representative).get("/api/v1/usages/as-principal").then().body("$", empty());
  }

  @Test
  void useByAnotherActorThanTheMandatesRepresentativeIsAConflict() {
    String service = service("Belastingaangifte");
    Map<String, Object> principal = person();
    String id = activeThroughLifecycle(principal, person(), service);

    use(id, person(), principal, service).statusCode(409);
    as(principal).get("/api/v1/usages/as-principal").then().body("$", empty());
  }

  @Test
  void recordingUsesNeedsTheBvdRole() {
    Map<String, Object> principal = person();
    as(principal)
        .body(Map.of())
        .post("/bvd/v1/usages")
        .then()
        .statusCode(403);
  }
}
