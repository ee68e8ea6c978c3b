package nl.namens.register.legal;

import static nl.namens.register.RegisterApi.asBroker;
import static nl.namens.register.legal.Legal.bsn;
import static nl.namens.register.legal.Legal.capacity;
import static nl.namens.register.legal.Legal.courtRow;
import static nl.namens.register.legal.Legal.importRows;
import static nl.namens.register.legal.Legal.parentRow;
import static nl.namens.register.legal.Legal.person;
import static nl.namens.register.legal.Legal.service;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.namens.register.EmbeddedPostgresResource;
import nl.namens.register.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class CapacityTest {

  private String financial;
  private String care;
  private String general;

  @BeforeEach
  void services() {
    financial = service("Belastingaangifte", "financial");
    care = service("Wmo-aanvraag", "care");
    general = service("Verhuizing doorgeven", "general");
  }

  @Test
  void personUnderCurateleMayActForThemselvesNowhere() {
    String client = person();
    String curator = person();
    importRows("court", List.of(courtRow("curatele", client, curator)));

    for (String service : List.of(financial, care, general)) {
      capacity(client, service)
          .body("mayActForSelf", equalTo(false))
          .body("reason", equalTo("curatele"))
          .body("representatives.displayName", contains("Vertegenwoordiger curatele"))
          .body("representatives.kind", contains("curatele"))
          .body("representatives[0].id", nullValue());
    }
  }

  @Test
  void personUnderBewindIsStoppedAtFinancialServicesOnly() {
    String client = person();
    importRows("court", List.of(courtRow("bewind", client, person())));

    capacity(client, financial)
        .body("mayActForSelf", equalTo(false))
        .body("reason", equalTo("bewind"))
        .body("representatives.kind", contains("bewind"));
    capacity(client, care).body("mayActForSelf", equalTo(true)).body("reason", nullValue());
  }

  @Test
  void personUnderMentorschapIsStoppedAtCareServicesOnly() {
    String client = person();
    importRows("court", List.of(courtRow("mentorschap", client, person())));

    capacity(client, care)
        .body("mayActForSelf", equalTo(false))
        .body("reason", equalTo("mentorschap"))
        .body("representatives.kind", contains("mentorschap"));
    capacity(client, financial).body("mayActForSelf", equalTo(true));
  }

  @Test
  void bewindAndMentorschapTogetherNameOnlyWhoMayActAtTheService() {
    String client = person();
    importRows(
        "court",
        List.of(courtRow("bewind", client, person()), courtRow("mentorschap", client, person())));

    capacity(client, care).body("reason", equalTo("mentorschap")).body("representatives.kind", contains("mentorschap"));
    capacity(client, financial).body("reason", equalTo("bewind")).body("representatives.kind", contains("bewind"));
    capacity(client, general).body("mayActForSelf", equalTo(true));
  }

  @Test
  void serviceMayAllowSelfServiceUnderRepresentation() {
    String client = person();
    importRows("court", List.of(courtRow("curatele", client, person())));
    String lenient = service("Klacht indienen", "general", true);

    capacity(client, lenient)
        .body("mayActForSelf", equalTo(true))
        .body("reason", nullValue())
        .body("representatives", empty());
  }

  @Test
  void minorsAndUnknownPeopleMayActForThemselves() {
    String child = person();
    importRows("brp", List.of(parentRow(child, person(), TestClock.TODAY.minusYears(15))));

    capacity(child, care).body("mayActForSelf", equalTo(true));
    capacity(person(), financial).body("mayActForSelf", equalTo(true)).body("representatives", empty());
  }

  @Test
  void unknownServiceIsNotFound() {
    asBroker()
        .body(Map.of("subject", bsn(person()), "service", UUID.randomUUID().toString()))
        .post("/bvd/v1/capacity")
        .then()
        .statusCode(404);
  }
}
