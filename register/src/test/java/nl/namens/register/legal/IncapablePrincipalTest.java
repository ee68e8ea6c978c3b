package nl.namens.register.legal;

import static nl.namens.register.PortalApi.as;
import static nl.namens.register.PortalApi.register;
import static nl.namens.register.PortalApi.request;
import static nl.namens.register.legal.Legal.bsn;
import static nl.namens.register.legal.Legal.courtRow;
import static nl.namens.register.legal.Legal.importRows;
import static nl.namens.register.legal.Legal.person;
import static nl.namens.register.legal.Legal.service;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import nl.namens.register.EmbeddedPostgresResource;
import org.junit.jupiter.api.Test;

/**
 * A person under curatele, beschermingsbewind or mentorschap cannot give or approve a voluntary mandate for a
 * service their legal relation covers; elsewhere they can. Someone else may still ask them (refusing the request
 * would tell anyone who is under curatele); the approval is what is refused, and nothing changes.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class IncapablePrincipalTest {

  @Test
  void underBewindNoMandateForAFinancialServiceButOneForCare() {
    String financial = service("Toeslagen", "financial");
    String care = service("Zorgdossier", "care");
    String client = person();
    importRows("court", List.of(courtRow("bewind", client, person())));
    Map<String, Object> principal = bsn(client);
    Map<String, Object> friend = bsn(person());

    register(principal, friend, financial)
        .statusCode(403)
        .body("type", equalTo("urn:namens:problem:principal-under-representation"))
        .body("reason", equalTo("bewind"));
    as(principal).get("/api/v1/mandates/given").then().statusCode(200).body("$", empty());

    register(principal, friend, care).statusCode(201);
  }

  @Test
  void underCurateleARequestMayBeMadeButNotApproved() {
    String general = service("Afvalpas", "general");
    String client = person();
    importRows("court", List.of(courtRow("curatele", client, person())));
    Map<String, Object> principal = bsn(client);
    Map<String, Object> asker = bsn(person());

    String id = request(asker, principal, general).statusCode(201).extract().path("id");
    as(principal)
        .body(Map.of("code", "AAAA-BBBB-CCCC"))
        .post("/api/v1/mandates/" + id + "/approve")
        .then()
        .statusCode(403)
        .body("type", equalTo("urn:namens:problem:principal-under-representation"));
    as(principal).get("/api/v1/mandates/" + id).then().statusCode(200).body("status", equalTo("requested"));
  }
}
