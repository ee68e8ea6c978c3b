package nl.namens.register.mandate;

import static nl.namens.register.PortalApi.activeThroughLifecycle;
import static nl.namens.register.PortalApi.as;
import static nl.namens.register.PortalApi.asEmployee;
import static nl.namens.register.PortalApi.terms;
import static nl.namens.register.RegisterApi.asBroker;
import static nl.namens.register.RegisterApi.company;
import static nl.namens.register.RegisterApi.person;
import static nl.namens.register.RegisterApi.registerParty;
import static nl.namens.register.RegisterApi.service;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.namens.register.EmbeddedPostgresResource;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class CompanyAndChainTest {

  private static Map<String, Object> employee(Map<String, Object> company, String pseudonym) {
    Map<String, Object> actor = new HashMap<>(company);
    actor.put("actingSubjectId", pseudonym);
    return actor;
  }

  private static ValidatableResponse representations(Map<String, Object> actor, String service) {
    return asBroker()
        .body(Map.of("actor", actor, "service", service))
        .post("/bvd/v1/representations")
        .then()
        .statusCode(200);
  }

  private static ValidatableResponse authorized(
      Map<String, Object> actor, Map<String, Object> principal, String service) {
    return asBroker()
        .body(Map.of("actor", actor, "principal", principal, "service", service))
        .post("/bvd/v1/authorizations")
        .then()
        .statusCode(200);
  }

  @Test
  void companyEmployeeActivatesAndEveryEmployeeMayUseItByDefault() {
    String service = service("Belastingaangifte");
    Map<String, Object> principal = person();
    Map<String, Object> company = company();
    String[] m = nl.namens.register.PortalApi.registered(principal, company, service);

    asEmployee(company, "emp-1")
        .body(Map.of("code", m[1]))
        .post("/api/v1/mandates/" + m[0] + "/activate")
        .then()
        .statusCode(200)
        .body("employeePolicy", equalTo("all"));

    representations(employee(company, "emp-2"), service).body("principals", hasSize(1));
    authorized(employee(company, "emp-3"), principal, service).body("authorized", equalTo(true));
  }

  /**
   * An employee whose company did not authorise them in eHerkenning for the portal (no eToegang ServiceID of
   * the portal in the login) may look, but every act for the company is refused and changes nothing.
   */
  @Test
  void anEmployeeWithoutThePortalAuthorisationMayLookButNotAct() {
    String service = service("Belastingaangifte");
    Map<String, Object> principal = person();
    Map<String, Object> company = company();
    String[] m = nl.namens.register.PortalApi.registered(principal, company, service);
    String other = "urn:etoegang:DV:00000099000000000001:services:1234";

    for (String serviceIds : new String[] {null, "", other}) {
      asEmployee(company, "emp-ro", serviceIds)
          .body(Map.of("code", m[1]))
          .post("/api/v1/mandates/" + m[0] + "/activate")
          .then()
          .statusCode(403)
          .body("type", equalTo("urn:namens:problem:employee-not-authorised"));
      asEmployee(company, "emp-ro", serviceIds)
          .body(terms("representative", person(), service))
          .post("/api/v1/mandates")
          .then()
          .statusCode(403)
          .body("type", equalTo("urn:namens:problem:employee-not-authorised"));
      asEmployee(company, "emp-ro", serviceIds).get("/api/v1/mandates/held").then().statusCode(200);
    }
    asEmployee(company, "emp-ro", null)
        .get("/api/v1/mandates/" + m[0])
        .then()
        .statusCode(200)
        .body("status", equalTo("pending"));

    // The same employee with the authorisation (among others) activates it; the history names the employee.
    asEmployee(company, "emp-ok", other + " " + nl.namens.register.Tokens.PORTAL_SERVICE_ID)
        .body(Map.of("code", m[1]))
        .post("/api/v1/mandates/" + m[0] + "/activate")
        .then()
        .statusCode(200);
    as(principal)
        .get("/api/v1/mandates/" + m[0] + "/history")
        .then()
        .statusCode(200)
        .body("find { it.action == 'activate' }.actingSubjectId", equalTo("emp-ok"));
  }

  @Test
  void listedPolicyLetsOnlyTheListedEmployeesUseTheMandate() {
    String service = service("Belastingaangifte");
    Map<String, Object> principal = person();
    Map<String, Object> company = company();
    String id = activeThroughLifecycle(principal, company, service);

    as(company)
        .body(Map.of("policy", "listed", "actingSubjectIds", List.of("emp-1")))
        .put("/api/v1/mandates/" + id + "/employees")
        .then()
        .statusCode(200)
        .body("policy", equalTo("listed"))
        .body("actingSubjectIds", contains("emp-1"));

    representations(employee(company, "emp-1"), service).body("principals", hasSize(1));
    representations(employee(company, "emp-2"), service).body("principals", empty());
    authorized(employee(company, "emp-2"), principal, service).body("authorized", equalTo(false));
    authorized(company, principal, service).body("authorized", equalTo(false));
  }

  @Test
  void principalCannotDecideTheCompanysEmployees() {
    Map<String, Object> principal = person();
    String id = activeThroughLifecycle(principal, company(), service("X"));

    as(principal)
        .body(Map.of("policy", "listed", "actingSubjectIds", List.of("emp-1")))
        .put("/api/v1/mandates/" + id + "/employees")
        .then()
        .statusCode(403);
  }

  @Test
  void personRepresentativeHasNoEmployees() {
    Map<String, Object> representative = person();
    String id = activeThroughLifecycle(person(), representative, service("X"));

    as(representative).get("/api/v1/mandates/" + id + "/employees").then().statusCode(409);
  }

  @Test
  void chainMandateRepresentationNamesTheIntermediary() {
    String service = service("Belastingaangifte");
    Map<String, Object> principal = registerParty(company(), "Bakkerij De Deeg B.V.");
    Map<String, Object> accountant = registerParty(company(), "Cijfer Administratie B.V.");
    Map<String, Object> body = new HashMap<>(terms("representative", accountant, service));
    body.put("kind", "chain");
    var answer =
        as(principal).body(body).post("/api/v1/mandates").then().statusCode(201).extract();
    String id = answer.path("mandate.id");
    asEmployee(accountant, "boekhouder-1")
        .body(Map.of("code", answer.path("activationCode")))
        .post("/api/v1/mandates/" + id + "/activate")
        .then()
        .statusCode(200)
        .body("kind", equalTo("chain"));

    representations(employee(accountant, "boekhouder-1"), service)
        .body("principals[0].kind", equalTo("chain"))
        .body("principals[0].principal.id", equalTo(principal.get("id")))
        .body("principals[0].intermediary.type", equalTo("KVK"))
        .body("principals[0].intermediary.id", equalTo(accountant.get("id")))
        .body("principals[0].intermediary.displayName", equalTo("Cijfer Administratie B.V."));
  }

  @Test
  void voluntaryRepresentationHasNoIntermediary() {
    String service = service("Belastingaangifte");
    Map<String, Object> representative = person();
    activeThroughLifecycle(person(), representative, service);

    representations(representative, service)
        .body("principals[0].kind", equalTo("voluntary"))
        .body("principals[0]", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasKey("intermediary")));
  }
}
