package nl.namens.tests;

import static nl.namens.tests.support.DemoServices.BART;
import static nl.namens.tests.support.DemoServices.BELASTINGAANGIFTE;
import static nl.namens.tests.support.DemoServices.GIJS;
import static nl.namens.tests.support.DemoServices.KEES;
import static nl.namens.tests.support.DemoServices.MIRA;
import static nl.namens.tests.support.DemoServices.NALATENSCHAP;
import static nl.namens.tests.support.DemoServices.NOOR;
import static nl.namens.tests.support.DemoServices.OTTO;
import static nl.namens.tests.support.DemoServices.RIA;
import static nl.namens.tests.support.DemoServices.SANNE;
import static nl.namens.tests.support.DemoServices.TIM;
import static nl.namens.tests.support.DemoServices.WIM;
import static nl.namens.tests.support.DemoServices.ZORGDOSSIER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import nl.namens.tests.support.BrokerTestBase;
import nl.namens.tests.support.NamensServerConfig;
import nl.namens.tests.support.RealmJson;
import nl.namens.tests.support.SamlServiceProvider;
import org.junit.jupiter.api.Test;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.openqa.selenium.By;

/**
 * A SAML service provider (a copy of {@code demo-saml-belastingaangifte}, for the care and estate kinds pointed at
 * that service) learns the kind of legal representation from the attribute {@code urn:namens:1.0:RepresentationType}
 * (the project's kinds; ST-SAML's {@code urn:nl-eid-gdi:1.1:RepresentationType} carries only the standard's
 * values): one test per kind.
 */
@KeycloakIntegrationTest(config = NamensServerConfig.class)
class LegalRepresentationSamlIT extends BrokerTestBase {

  private static final String ENTITY_ID = "it-saml-legal-belastingaangifte";
  private static final String REPRESENTATION_TYPE = "urn:namens:1.0:RepresentationType";

  @Test
  void administratorActingForClientIsSentAsBewind() {
    Map<String, List<String>> attributes = samlLogin(BELASTINGAANGIFTE, "bart", "Ria Ruiters");

    assertEquals(List.of("urn:namens:1.0:RT:Bewind"), attributes.get(REPRESENTATION_TYPE), attributes.toString());
    assertEquals(List.of(RIA), attributes.get("urn:nl-eid-gdi:1.0:LegalSubjectID"));
    assertEquals(List.of(BART), attributes.get("urn:nl-eid-gdi:1.0:ActingSubjectID"));
    assertEquals(List.of(BELASTINGAANGIFTE), attributes.get("urn:nl-eid-gdi:1.0:ServiceUUID"));
  }

  @Test
  void curatorActingForClientIsSentAsCuratele() {
    Map<String, List<String>> attributes = samlLogin(BELASTINGAANGIFTE, "kees", "Wim Willems");

    assertEquals(List.of("urn:namens:1.0:RT:Curatele"), attributes.get(REPRESENTATION_TYPE), attributes.toString());
    assertEquals(List.of(WIM), attributes.get("urn:nl-eid-gdi:1.0:LegalSubjectID"));
    assertEquals(List.of(KEES), attributes.get("urn:nl-eid-gdi:1.0:ActingSubjectID"));
  }

  @Test
  void parentActingForChildIsSentAsParentalAuthority() {
    Map<String, List<String>> attributes = samlLogin(BELASTINGAANGIFTE, "sanne", "Tim Smit");

    assertEquals(
        List.of("urn:namens:1.0:RT:OuderlijkGezag"), attributes.get(REPRESENTATION_TYPE), attributes.toString());
    assertEquals(List.of(TIM), attributes.get("urn:nl-eid-gdi:1.0:LegalSubjectID"));
    assertEquals(List.of(SANNE), attributes.get("urn:nl-eid-gdi:1.0:ActingSubjectID"));
  }

  @Test
  void parentActingForAChildUnderTwelveAtACareServiceGetsTheStandardsOwnType() {
    Map<String, List<String>> attributes = samlLogin(ZORGDOSSIER, "sanne", "Tim Smit"); // Tim is 10

    assertEquals(
        List.of("urn:nl-eid-gdi:1.1:RT:Zorg_Volledig_Gezag_Kind"),
        attributes.get("urn:nl-eid-gdi:1.1:RepresentationType"),
        attributes.toString());
    assertFalse(attributes.containsKey(REPRESENTATION_TYPE), "no project type beside the standard's");
  }

  @Test
  void mentorActingForClientAtCareServiceIsSentAsMentorschap() {
    Map<String, List<String>> attributes = samlLogin(ZORGDOSSIER, "mira", "Otto Olthof");

    assertEquals(
        List.of("urn:namens:1.0:RT:Mentorschap"), attributes.get(REPRESENTATION_TYPE), attributes.toString());
    assertEquals(List.of(OTTO), attributes.get("urn:nl-eid-gdi:1.0:LegalSubjectID"));
    assertEquals(List.of(MIRA), attributes.get("urn:nl-eid-gdi:1.0:ActingSubjectID"));
    assertEquals(List.of(ZORGDOSSIER), attributes.get("urn:nl-eid-gdi:1.0:ServiceUUID"));
  }

  @Test
  void executorActingForEstateIsSentAsSurvivor() {
    Map<String, List<String>> attributes = samlLogin(NALATENSCHAP, "noor", "Gijs Nagel");

    assertEquals(
        List.of("urn:namens:1.0:RT:Nabestaande"), attributes.get(REPRESENTATION_TYPE), attributes.toString());
    assertEquals(List.of(GIJS), attributes.get("urn:nl-eid-gdi:1.0:LegalSubjectID"));
    assertEquals(List.of(NOOR), attributes.get("urn:nl-eid-gdi:1.0:ActingSubjectID"));
    assertEquals(List.of(NALATENSCHAP), attributes.get("urn:nl-eid-gdi:1.0:ServiceUUID"));
  }

  /**
   * Logs {@code login} in at a SAML service provider for {@code service} and acts for {@code principal}; the
   * attributes it received.
   */
  private Map<String, List<String>> samlLogin(String service, String login, String principal) {
    try (SamlServiceProvider sp = new SamlServiceProvider()) {
      ClientRepresentation client = sp.registration(ENTITY_ID);
      client.getAttributes().put("namens.services", service);
      try (Response created = broker.admin().clients().create(client)) {
        assertEquals(201, created.getStatus());
      }
      broker
          .cleanup()
          .add(r -> r.clients().findByClientId(ENTITY_ID).forEach(c -> r.clients().get(c.getId()).remove()));

      driver.open(sp.loginUrl(RealmJson.KEYCLOAK_URL + "/realms/namens/protocol/saml", ENTITY_ID).toString());
      browser.loginWithDigid(login);
      browser.actFor(principal);

      assertFalse(
          driver.driver().findElements(By.id("sp-received")).isEmpty(),
          "the broker posted to the SP: " + browser.pageText());
      return sp.lastAttributes();
    }
  }
}
