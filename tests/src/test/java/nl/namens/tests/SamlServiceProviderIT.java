package nl.namens.tests;

import static nl.namens.tests.support.DemoServices.BEA;
import static nl.namens.tests.support.DemoServices.BELASTINGAANGIFTE;
import static nl.namens.tests.support.DemoServices.JAN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

/** A SAML service provider receives the ST-SAML representation attributes for the same choice as OIDC. */
@KeycloakIntegrationTest(config = NamensServerConfig.class)
class SamlServiceProviderIT extends BrokerTestBase {

  @Test
  void samlServiceProviderReceivesRepresentationAttributes() {
    try (SamlServiceProvider sp = new SamlServiceProvider()) {
      String entityId = "it-saml-belastingaangifte";
      ClientRepresentation client =
          RealmJson.load("namens").getClients().stream()
              .filter(c -> "demo-saml-belastingaangifte".equals(c.getClientId()))
              .findFirst()
              .orElseThrow();
      client.setClientId(entityId);
      client.setRedirectUris(List.of(sp.acsUrl()));
      client.getAttributes().put("saml_assertion_consumer_url_post", sp.acsUrl());
      try (Response created = broker.admin().clients().create(client)) {
        assertEquals(201, created.getStatus());
      }
      broker.cleanup().add(r -> r.clients().findByClientId(entityId).forEach(c -> r.clients().get(c.getId()).remove()));

      driver.open(sp.loginUrl(RealmJson.KEYCLOAK_URL + "/realms/namens/protocol/saml", entityId).toString());
      browser.loginWithDigid("jan");
      browser.actFor("Bea de Vries");

      assertTrue(
          !driver.driver().findElements(By.id("sp-received")).isEmpty(),
          "the broker posted to the SP: " + browser.pageText());
      Map<String, List<String>> attributes = sp.lastAttributes();
      assertEquals(List.of(BELASTINGAANGIFTE), attributes.get("urn:nl-eid-gdi:1.0:ServiceUUID"), attributes.toString());
      assertEquals(List.of(BEA), attributes.get("urn:nl-eid-gdi:1.0:LegalSubjectID"));
      assertEquals(List.of(JAN), attributes.get("urn:nl-eid-gdi:1.0:ActingSubjectID"));
      assertEquals(List.of("urn:namens:1.0:RT:Vrijwillig"), attributes.get("urn:nl-eid-gdi:1.1:RepresentationType"));
    }
  }
}
