package nl.namens.register.legal;

import static nl.namens.register.RegisterApi.authorizations;
import static nl.namens.register.RegisterApi.representations;
import static nl.namens.register.legal.Legal.bsn;
import static nl.namens.register.legal.Legal.courtRow;
import static nl.namens.register.legal.Legal.importRows;
import static nl.namens.register.legal.Legal.parentRow;
import static nl.namens.register.legal.Legal.person;
import static nl.namens.register.legal.Legal.service;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import nl.namens.register.EmbeddedPostgresResource;
import nl.namens.register.TestClock;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class LegalRepresentationsTest {

  private static final LocalDate TODAY = TestClock.TODAY;

  /** ST-SAML's one RepresentationType: parental authority for a child under 12 at a care service. */
  @Test
  void atACareServiceAChildUnderTwelveGetsTheStandardsRepresentationType() {
    String care = service("Kinderarts", "care");
    String young = person();
    String older = person();
    String parent = person();
    importRows(
        "brp",
        List.of(
            parentRow(young, parent, TODAY.minusYears(12).plusDays(1)), // 11, turns 12 tomorrow
            parentRow(older, parent, TODAY.minusYears(12)))); // 12 today

    representations(bsn(parent), care)
        .statusCode(200)
        .body("principals", hasSize(2))
        .body(
            "principals.find { it.principal.id == '" + young + "' }.representationType",
            equalTo("urn:nl-eid-gdi:1.1:RT:Zorg_Volledig_Gezag_Kind"))
        .body(
            "principals.find { it.principal.id == '" + older + "' }.representationType",
            equalTo("urn:namens:1.0:RT:OuderlijkGezag"));
  }

  @Test
  void parentIsOfferedForATenYearOldChildWithTheLegalShape() {
    String service = service("Paspoort aanvragen", "general");
    String child = person();
    String parent = person();
    importRows("brp", List.of(parentRow(child, parent, TODAY.minusYears(10))));

    representations(bsn(parent), service)
        .statusCode(200)
        .body("principals", hasSize(1))
        .body("principals[0].kind", equalTo("parental-authority"))
        .body("principals[0].relation", equalTo("ouderlijk-gezag"))
        .body("principals[0].representationType", equalTo("urn:namens:1.0:RT:OuderlijkGezag"))
        .body("principals[0].source", equalTo("brp"))
        .body("principals[0].legalBasis.law", equalTo("BW 1:245"))
        .body("principals[0].legalBasis.register", equalTo("BRP"))
        .body("principals[0].principal.id", equalTo(child))
        .body("principals[0].services.id", contains(service))
        .body("principals[0].validUntil", equalTo(TODAY.plusYears(8).minusDays(1).toString()))
        .body("principals[0].requiredLoa", equalTo("substantieel"));
  }

  @Test
  void twoParentsBothActAndTheMandateIdIsTheLegalRepresentation() {
    String service = service("Kinderbijslag", "financial");
    String child = person();
    String mother = person();
    String father = person();
    importRows(
        "brp",
        List.of(
            parentRow(child, mother, TODAY.minusYears(5)),
            parentRow(child, father, TODAY.minusYears(5))));

    String id =
        representations(bsn(mother), service)
            .body("principals", hasSize(1))
            .extract()
            .path("principals[0].mandateId");
    representations(bsn(father), service).body("principals", hasSize(1));
    authorizations(bsn(mother), bsn(child), service, id)
        .statusCode(200)
        .body("authorized", equalTo(true))
        .body("representation.mandateId", equalTo(id))
        .body("representation.kind", equalTo("parental-authority"));
    authorizations(bsn(mother), bsn(person()), service, null).body("authorized", equalTo(false));
  }

  @Test
  void parentIsNoLongerOfferedOnTheChildsEighteenthBirthday() {
    String service = service("Studiefinanciering", "financial");
    String child = person();
    String parent = person();
    importRows("brp", List.of(parentRow(child, parent, TODAY.minusYears(18).plusDays(1))));

    representations(bsn(parent), service)
        .body("principals", hasSize(1))
        .body("principals[0].validUntil", equalTo(TODAY.toString()));
    try {
      TestClock.advance(Period.ofDays(1));
      representations(bsn(parent), service).body("principals", empty());
      authorizations(bsn(parent), bsn(child), service, null).body("authorized", equalTo(false));
    } finally {
      TestClock.reset();
    }
  }

  @Test
  void careServicesFollowTheChildsAge() {
    String care = service("Jeugdzorg", "care");
    String financial = service("Toeslagen", "financial");
    String parent = person();
    String young = person();
    String sixteen = person();
    importRows(
        "brp",
        List.of(
            parentRow(young, parent, TODAY.minusYears(13)),
            parentRow(sixteen, parent, TODAY.minusYears(16))));

    representations(bsn(parent), care).body("principals.principal.id", contains(young));
    representations(bsn(parent), financial).body("principals", hasSize(2));
  }

  @Test
  void administratorReachesFinancialButNotCareServices() {
    String tax = service("Belastingaangifte", "financial");
    String care = service("Wmo-aanvraag", "care");
    String client = person();
    String administrator = person();
    importRows("court", List.of(courtRow("bewind", client, administrator)));

    representations(bsn(administrator), tax)
        .body("principals", hasSize(1))
        .body("principals[0].kind", equalTo("bewind"))
        .body("principals[0].relation", equalTo("beschermingsbewind"))
        .body("principals[0].representationType", equalTo("urn:namens:1.0:RT:Bewind"))
        .body("principals[0].source", equalTo("court"))
        .body("principals[0].legalBasis.court", equalTo("Rechtbank Midden-Nederland"))
        .body("principals[0].legalBasis.decisionDate", equalTo("2025-06-01"))
        .body("principals[0].validFrom", equalTo("2025-06-01"));
    representations(bsn(administrator), care).body("principals", empty());
    authorizations(bsn(administrator), bsn(client), care, null).body("authorized", equalTo(false));
  }

  @Test
  void mentorReachesCareButNotFinancialServices() {
    String tax = service("Belastingaangifte", "financial");
    String care = service("Wmo-aanvraag", "care");
    String general = service("Verhuizing doorgeven", "general");
    String client = person();
    String mentor = person();
    importRows("court", List.of(courtRow("mentorschap", client, mentor)));

    representations(bsn(mentor), care)
        .body("principals", hasSize(1))
        .body("principals[0].kind", equalTo("mentorschap"))
        .body("principals[0].representationType", equalTo("urn:namens:1.0:RT:Mentorschap"));
    representations(bsn(mentor), tax).body("principals", empty());
    representations(bsn(mentor), general).body("principals", empty());
  }

  @Test
  void curatorReachesEveryCategory() {
    String client = person();
    String curator = person();
    importRows("court", List.of(courtRow("curatele", client, curator)));

    for (String category : List.of("financial", "care", "general")) {
      String service = service("Dienst " + category, category);
      representations(bsn(curator), service)
          .body("principals", hasSize(1))
          .body("principals[0].kind", equalTo("curatele"))
          .body("principals[0].representationType", equalTo("urn:namens:1.0:RT:Curatele"));
      authorizations(bsn(curator), bsn(client), service, null).body("authorized", equalTo(true));
    }
  }

  @Test
  void voluntaryMandatesCarryTheirRepresentationType() {
    String service = service("Belastingaangifte", "financial");
    String principal = person();
    String actor = person();
    nl.namens.register.RegisterApi.activeMandate(bsn(principal), bsn(actor), service);

    representations(bsn(actor), service)
        .body("principals[0].kind", equalTo("voluntary"))
        .body("principals[0].representationType", equalTo("urn:namens:1.0:RT:Vrijwillig"));
  }
}
