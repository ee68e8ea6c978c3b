package nl.namens.register.mandate;

import static nl.namens.register.PortalApi.activeThroughLifecycle;
import static nl.namens.register.PortalApi.get;
import static nl.namens.register.PortalApi.history;
import static nl.namens.register.PortalApi.outbox;
import static nl.namens.register.PortalApi.revoke;
import static nl.namens.register.RegisterApi.authorizations;
import static nl.namens.register.RegisterApi.person;
import static nl.namens.register.RegisterApi.service;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Map;
import javax.sql.DataSource;
import nl.namens.register.Database;
import nl.namens.register.EmbeddedPostgresResource;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class RevokeTest {

  @Inject DataSource dataSource;

  @Test
  void principalRevokesAndTheRepresentativeIsNoLongerAuthorized() {
    String service = service("Belastingaangifte");
    Map<String, Object> principal = person();
    Map<String, Object> representative = person();
    String id = activeThroughLifecycle(principal, representative, service);

    revoke(principal, id).statusCode(200).body("status", equalTo("revoked"));

    authorizations(representative, principal, service, id).body("authorized", equalTo(false));
    outbox(representative).body("kind", hasItem("mandate-revoked"));
  }

  @Test
  void representativeMayRevokeToo() {
    Map<String, Object> principal = person();
    Map<String, Object> representative = person();
    String id = activeThroughLifecycle(principal, representative, service("Belastingaangifte"));

    revoke(representative, id).statusCode(200).body("status", equalTo("revoked"));
    outbox(principal).body("kind", hasItem("mandate-revoked"));
  }

  @Test
  void revokingTwiceIsAConflict() {
    Map<String, Object> principal = person();
    String id = activeThroughLifecycle(principal, person(), service("Belastingaangifte"));
    revoke(principal, id).statusCode(200);

    revoke(principal, id)
        .statusCode(409)
        .body("detail", equalTo("The mandate has already ended (status revoked)."));
  }

  @Test
  void revokingAMandateThatIsNotYoursIsNotFoundAndChangesNothing() {
    Map<String, Object> principal = person();
    String id = activeThroughLifecycle(principal, person(), service("Belastingaangifte"));
    Map<String, Long> before = Database.counts(dataSource);

    revoke(person(), id).statusCode(404).body("detail", equalTo("No mandate with this id."));
    get(person(), id).statusCode(404);
    history(person(), id).statusCode(404);

    assertEquals(before, Database.counts(dataSource));
    get(principal, id).body("status", equalTo("active"));
  }

  @Test
  void bothPartiesSeeTheSameHistoryWithWhoDidWhat() {
    Map<String, Object> principal = person();
    Map<String, Object> representative = person();
    String id = activeThroughLifecycle(principal, representative, service("Belastingaangifte"));
    revoke(representative, id).statusCode(200);

    for (Map<String, Object> party : new Map[] {principal, representative}) {
      history(party, id)
          .statusCode(200)
          .body("action", contains("register", "activate", "revoke"))
          .body("by", contains("principal", "representative", "representative"))
          .body("channel", contains("online", "online", "online"))
          .body("statusBefore[1]", equalTo("pending"))
          .body("statusAfter", contains("pending", "active", "revoked"));
    }
  }
}
