package nl.namens.register.bvd;

import static nl.namens.register.RegisterApi.activeMandate;
import static nl.namens.register.RegisterApi.authorizations;
import static nl.namens.register.RegisterApi.person;
import static nl.namens.register.RegisterApi.registerParty;
import static nl.namens.register.RegisterApi.revoke;
import static nl.namens.register.RegisterApi.service;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import java.util.UUID;
import nl.namens.register.EmbeddedPostgresResource;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class AuthorizationsTest {

  @Test
  void actorWithActiveMandateIsAuthorizedAndGetsTheRepresentation() {
    String service = service("Belastingaangifte");
    Map<String, Object> principal = registerParty(person(), "B. de Vries");
    Map<String, Object> actor = person();
    String mandate = activeMandate(principal, actor, service);

    authorizations(actor, principal, service, null)
        .statusCode(200)
        .body("authorized", equalTo(true))
        .body("representation.mandateId", equalTo(mandate))
        .body("representation.principal.id", equalTo(principal.get("id")))
        .body("representation.principal.displayName", equalTo("B. de Vries"))
        .body("representation.requiredLoa", equalTo("substantieel"));
  }

  @Test
  void namedMandateThatIsOfferedIsAuthorized() {
    String service = service("Belastingaangifte");
    Map<String, Object> principal = person();
    Map<String, Object> actor = person();
    String mandate = activeMandate(principal, actor, service);

    authorizations(actor, principal, service, mandate)
        .statusCode(200)
        .body("authorized", equalTo(true))
        .body("representation.mandateId", equalTo(mandate));
  }

  @Test
  void actorIsNotAuthorizedForAnotherPrincipal() {
    String service = service("Belastingaangifte");
    Map<String, Object> actor = person();
    activeMandate(person(), actor, service);

    authorizations(actor, person(), service, null)
        .statusCode(200)
        .body("authorized", equalTo(false))
        .body("$", not(hasKey("representation")));
  }

  @Test
  void mandateOfAnotherActorDoesNotAuthorize() {
    String service = service("Belastingaangifte");
    Map<String, Object> principal = person();
    activeMandate(principal, person(), service);

    authorizations(person(), principal, service, null).statusCode(200).body("authorized", equalTo(false));
  }

  @Test
  void unknownMandateIdIsNotAuthorized() {
    String service = service("Belastingaangifte");
    Map<String, Object> principal = person();
    Map<String, Object> actor = person();
    activeMandate(principal, actor, service);

    authorizations(actor, principal, service, UUID.randomUUID().toString())
        .statusCode(200)
        .body("authorized", equalTo(false));
  }

  @Test
  void revokedMandateNoLongerAuthorizes() {
    String service = service("Belastingaangifte");
    Map<String, Object> principal = person();
    Map<String, Object> actor = person();
    String mandate = activeMandate(principal, actor, service);
    revoke(mandate).statusCode(200);

    authorizations(actor, principal, service, mandate)
        .statusCode(200)
        .body("authorized", equalTo(false));
  }

  @Test
  void mandateForAnotherServiceDoesNotAuthorize() {
    Map<String, Object> principal = person();
    Map<String, Object> actor = person();
    activeMandate(principal, actor, service("Belastingaangifte"));

    authorizations(actor, principal, service("Huurtoeslag"), null)
        .statusCode(200)
        .body("authorized", equalTo(false));
  }

  @Test
  void unknownServiceIsNotFound() {
    authorizations(person(), person(), UUID.randomUUID().toString(), null)
        .statusCode(404)
        .contentType("application/problem+json");
  }
}
