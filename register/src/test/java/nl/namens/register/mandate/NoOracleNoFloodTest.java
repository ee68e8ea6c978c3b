package nl.namens.register.mandate;

import static nl.namens.register.PortalApi.activate;
import static nl.namens.register.PortalApi.approve;
import static nl.namens.register.PortalApi.as;
import static nl.namens.register.PortalApi.get;
import static nl.namens.register.PortalApi.outbox;
import static nl.namens.register.PortalApi.register;
import static nl.namens.register.PortalApi.registered;
import static nl.namens.register.PortalApi.request;
import static nl.namens.register.RegisterApi.person;
import static nl.namens.register.RegisterApi.registerParty;
import static nl.namens.register.RegisterApi.service;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.List;
import java.util.Map;
import nl.namens.register.EmbeddedPostgresResource;
import org.junit.jupiter.api.Test;

/**
 * No oracle, no flooding (issue 10, point 8), through the user API the portal calls: whoever names a
 * party by BSN learns its register name only once that party activated or approved; and a person
 * starts at most {@code namens.lifecycle.max-new-per-day} mandates in 24 hours (here 3), the next
 * refused with {@code too-many-new-mandates} and nothing stored or sent.
 */
@QuarkusTest
@TestProfile(NoOracleNoFloodTest.Limit.class)
@WithTestResource(EmbeddedPostgresResource.class)
class NoOracleNoFloodTest {

  /** A daily limit small enough to reach. */
  public static final class Limit implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of("namens.lifecycle.max-new-per-day", "3");
    }
  }

  @Test
  void thePrincipalSeesOnlyTheNumberTheyTypedUntilTheRepresentativeActivates() {
    String service = service("Belastingaangifte");
    Map<String, Object> principal = registerParty(person(), "Bea de Vries");
    Map<String, Object> representative = registerParty(person(), "Jan Jansen");

    var answer =
        register(principal, representative, service)
            .statusCode(201)
            .body("mandate.representative.id", equalTo(representative.get("id")))
            .body("mandate.representative.displayName", nullValue())
            .extract();
    String id = answer.path("mandate.id");
    get(principal, id).body("representative.displayName", nullValue());
    as(principal)
        .get("/api/v1/mandates/given")
        .then()
        .body("representative.displayName", not(hasItem("Jan Jansen")));
    // the representative, whom the principal named, sees who asks
    get(representative, id).body("principal.displayName", equalTo("Bea de Vries"));

    activate(representative, id, answer.path("activationCode")).statusCode(200);

    get(principal, id).body("representative.displayName", equalTo("Jan Jansen"));
  }

  @Test
  void theRepresentativeWhoAsksSeesThePrincipalsNameOnlyAfterApproval() {
    String service = service("Belastingaangifte");
    Map<String, Object> principal = registerParty(person(), "Bea de Vries");
    Map<String, Object> representative = registerParty(person(), "Jan Jansen");

    String id =
        request(representative, principal, service)
            .statusCode(201)
            .body("principal.displayName", nullValue())
            .extract()
            .path("id");
    get(principal, id).body("representative.displayName", equalTo("Jan Jansen"));
    String code = RequestApproveTest.codeFromLetter(principal);

    approve(principal, id, code).statusCode(200);

    get(representative, id).body("principal.displayName", equalTo("Bea de Vries"));
  }

  @Test
  void theFourthNewMandateInADayIsRefusedAndNothingIsStoredOrSent() {
    String service = service("Belastingaangifte");
    Map<String, Object> principal = person();
    for (int i = 0; i < 3; i++) {
      registered(principal, person(), service);
    }
    int letters = outbox(principal).statusCode(200).extract().jsonPath().getList("$").size();

    register(principal, person(), service)
        .statusCode(429)
        .body("type", equalTo("urn:namens:problem:too-many-new-mandates"))
        .body("maxNewPerDay", equalTo(3));
    request(principal, person(), service).statusCode(429);

    as(principal).get("/api/v1/mandates/given").then().body("$", hasSize(3));
    outbox(principal).body("$", hasSize(letters));
  }
}
