package nl.namens.register.bvd;

import static nl.namens.register.RegisterApi.activeMandate;
import static nl.namens.register.RegisterApi.company;
import static nl.namens.register.RegisterApi.createMandate;
import static nl.namens.register.RegisterApi.mandate;
import static nl.namens.register.RegisterApi.mandateId;
import static nl.namens.register.RegisterApi.person;
import static nl.namens.register.RegisterApi.registerParty;
import static nl.namens.register.RegisterApi.representations;
import static nl.namens.register.RegisterApi.revoke;
import static nl.namens.register.RegisterApi.service;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.namens.register.EmbeddedPostgresResource;
import nl.namens.register.TestClock;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class RepresentationsTest {

  private static final LocalDate TODAY = TestClock.TODAY;

  @Test
  void activeMandateIsOfferedWithTheRepresentationShape() {
    String aangifte = service("Belastingaangifte");
    String toeslagen = service("Toeslagen", "midden", false);
    Map<String, Object> principal = registerParty(person(), "B. de Vries");
    Map<String, Object> actor = person();
    String mandate = activeMandate(principal, actor, aangifte, toeslagen);

    representations(actor, toeslagen)
        .statusCode(200)
        .contentType("application/json")
        .body("principals", hasSize(1))
        .body("principals[0].mandateId", equalTo(mandate))
        .body("principals[0].kind", equalTo("voluntary"))
        .body("principals[0].principal.type", equalTo("BSN"))
        .body("principals[0].principal.id", equalTo(principal.get("id")))
        .body("principals[0].principal.displayName", equalTo("B. de Vries"))
        .body("principals[0].relation", equalTo("machtiging"))
        .body("principals[0].services.name", contains("Belastingaangifte", "Toeslagen"))
        .body("principals[0].services.id", containsInAnyOrder(aangifte, toeslagen))
        .body("principals[0].validFrom", equalTo(TODAY.minusMonths(1).toString()))
        .body("principals[0].validUntil", equalTo(TODAY.plusYears(1).toString()))
        .body("principals[0].requiredLoa", equalTo("midden"));
  }

  @Test
  void everyPrincipalOfTheActorIsOffered() {
    String service = service("Belastingaangifte");
    Map<String, Object> actor = person();
    Map<String, Object> mother = person();
    Map<String, Object> father = person();
    activeMandate(mother, actor, service);
    activeMandate(father, actor, service);

    representations(actor, service)
        .statusCode(200)
        .body("principals.principal.id", containsInAnyOrder(mother.get("id"), father.get("id")));
  }

  @Test
  void companyCanBeRepresentedByAPerson() {
    String service = service("Omzetbelasting");
    Map<String, Object> company = registerParty(company(), "Bakkerij B.V.");
    Map<String, Object> actor = person();
    activeMandate(company, actor, service);

    representations(actor, service)
        .statusCode(200)
        .body("principals[0].principal.type", equalTo("KVK"))
        .body("principals[0].principal.displayName", equalTo("Bakkerij B.V."));
  }

  @Test
  void mandateForAnotherServiceIsNotOffered() {
    String mandated = service("Belastingaangifte");
    String other = service("Huurtoeslag");
    Map<String, Object> actor = person();
    activeMandate(person(), actor, mandated);

    representations(actor, other).statusCode(200).body("principals", empty());
  }

  @Test
  void expiredMandateIsNotOffered() {
    String service = service("Belastingaangifte");
    Map<String, Object> actor = person();
    mandateId(
        mandate(
            person(), actor, List.of(service), TODAY.minusYears(1), TODAY.minusDays(1), "active"));

    representations(actor, service).statusCode(200).body("principals", empty());
  }

  @Test
  void notYetValidMandateIsNotOffered() {
    String service = service("Belastingaangifte");
    Map<String, Object> actor = person();
    mandateId(
        mandate(person(), actor, List.of(service), TODAY.plusDays(1), TODAY.plusYears(1), "active"));

    representations(actor, service).statusCode(200).body("principals", empty());
  }

  @Test
  void mandateIsOfferedOnItsFirstAndItsLastDay() {
    String service = service("Belastingaangifte");
    Map<String, Object> actor = person();
    mandateId(mandate(person(), actor, List.of(service), TODAY, TODAY.plusDays(3), "active"));
    mandateId(mandate(person(), actor, List.of(service), TODAY.minusDays(3), TODAY, "active"));

    representations(actor, service).statusCode(200).body("principals", hasSize(2));
  }

  @Test
  void revokedMandateIsNotOffered() {
    String service = service("Belastingaangifte");
    Map<String, Object> actor = person();
    revoke(activeMandate(person(), actor, service)).statusCode(200);

    representations(actor, service).statusCode(200).body("principals", empty());
  }

  @Test
  void pendingMandateIsNotOffered() {
    String service = service("Belastingaangifte");
    Map<String, Object> actor = person();
    createMandate(
            mandate(
                person(), actor, List.of(service), TODAY.minusDays(1), TODAY.plusYears(1), "pending"))
        .statusCode(201)
        .body("status", equalTo("pending"));

    representations(actor, service).statusCode(200).body("principals", empty());
  }

  @Test
  void representativeIsNotOfferedThePrincipalsOwnRole() {
    String service = service("Belastingaangifte");
    Map<String, Object> principal = person();
    activeMandate(principal, person(), service);

    representations(principal, service).statusCode(200).body("principals", empty());
  }

  @Test
  void unknownActorGetsAnEmptyList() {
    String service = service("Belastingaangifte");

    representations(person(), service).statusCode(200).body("principals", empty());
  }

  @Test
  void unknownServiceIsNotFound() {
    representations(person(), UUID.randomUUID().toString())
        .statusCode(404)
        .contentType("application/problem+json")
        .body("type", equalTo("urn:namens:problem:service-not-found"))
        .body("status", equalTo(404))
        .body("title", equalTo("Not found"))
        .body("detail", equalTo("No service with this id in the catalogue."));
  }
}
