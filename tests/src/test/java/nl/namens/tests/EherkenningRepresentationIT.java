package nl.namens.tests;

import static nl.namens.tests.support.DemoServices.BELASTINGAANGIFTE;
import static nl.namens.tests.support.DemoServices.KVK_DEEG;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import nl.namens.tests.support.BrokerTestBase;
import nl.namens.tests.support.NamensServerConfig;
import nl.namens.tests.support.ServiceClients;
import org.junit.jupiter.api.Test;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.oauth.OAuthClient;
import org.keycloak.testframework.oauth.annotations.InjectOAuthClient;
import org.keycloak.testsuite.util.oauth.AccessTokenResponse;

/** An employee logs in with eHerkenning for their company and acts for another company. */
@KeycloakIntegrationTest(config = NamensServerConfig.class)
class EherkenningRepresentationIT extends BrokerTestBase {

  @InjectOAuthClient(ref = "belasting", realmRef = "namens", config = ServiceClients.Belastingaangifte.class)
  OAuthClient belasting;

  @Test
  void employeeOfCompanyActsForAnotherCompany() {
    openLogin(belasting, BELASTINGAANGIFTE);
    browser.loginWithEherkenning("anna"); // Cijfer Administratie B.V., KvK 90000001

    assertTrue(browser.onActingForPage(), browser.pageText());
    browser.actFor("Bakkerij De Deeg");
    AccessTokenResponse tokens = tokensAfterLogin(belasting);

    Map<String, Object> represents = represents(belasting, tokens.getIdToken());
    assertEquals(KVK_DEEG, represents.get("sub"));
    assertEquals("urn:nl-eid-gdi:1.0:id:KvKnr", represents.get("sub_id_type"));
    assertEquals("http://eidas.europa.eu/LoA/substantial", acr(belasting, tokens.getIdToken()));
  }
}
