package nl.namens.tests;

import static nl.namens.tests.support.DemoServices.BELASTINGAANGIFTE;
import static nl.namens.tests.support.DemoServices.GIJS;
import static nl.namens.tests.support.DemoServices.NALATENSCHAP;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import nl.namens.tests.support.BrokerTestBase;
import nl.namens.tests.support.NamensServerConfig;
import nl.namens.tests.support.ServiceClients;
import org.junit.jupiter.api.Test;
import org.keycloak.representations.IDToken;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.oauth.OAuthClient;
import org.keycloak.testframework.oauth.annotations.InjectOAuthClient;
import org.keycloak.testsuite.util.oauth.AccessTokenResponse;
import org.openqa.selenium.WebElement;

/**
 * A survivor mandate (nabestaandenmachtiging): the executor of a deceased person's estate acts for the estate at the
 * service that settles estates, and nowhere else.
 */
@KeycloakIntegrationTest(config = NamensServerConfig.class)
class SurvivorMandateIT extends BrokerTestBase {

  @InjectOAuthClient(ref = "nalatenschap", realmRef = "namens", config = ServiceClients.Nalatenschap.class)
  OAuthClient nalatenschap;

  @InjectOAuthClient(ref = "belasting", realmRef = "namens", config = ServiceClients.Belastingaangifte.class)
  OAuthClient belasting;

  @Test
  void executorActsForTheEstateAtTheEstateService() {
    openLogin(nalatenschap, NALATENSCHAP, "nl");
    browser.loginWithDigid("noor");
    assertTrue(browser.onActingForPage(), browser.pageText());
    assertEquals(List.of("Gijs Nagel"), browser.principalNames());
    WebElement kind = browser.kindLabelOf("Gijs Nagel");
    assertEquals("survivor", kind.getAttribute("data-kind"));
    assertTrue(kind.getText().contains("Nabestaande"), kind.getText());

    browser.actFor("Gijs Nagel");
    AccessTokenResponse tokens = tokensAfterLogin(nalatenschap);

    for (String jwt : List.of(tokens.getIdToken(), tokens.getAccessToken())) {
      Map<String, Object> represents = represents(nalatenschap, jwt);
      assertNotNull(represents, "represents in " + jwt);
      assertRepresentsBsn(represents, GIJS, jwt.equals(tokens.getIdToken()));

      Map<String, Object> representation = representation(nalatenschap, jwt);
      assertEquals("survivor", representation.get("kind"), representation.toString());
      assertEquals("urn:namens:1.0:RT:Nabestaande", representation.get("representation_type"));
      assertEquals(NALATENSCHAP, representation.get("service"));
      assertNotNull(representation.get("mandate_id"), "the id of the survivor mandate");

      Map<String, Object> basis = legalBasis(nalatenschap, jwt);
      assertNotNull(basis, "legal_basis in " + representation);
      assertEquals("helpdesk", basis.get("source"), basis.toString());
      assertEquals("BW 4:144", basis.get("law"), "an executor: " + basis);
      assertEquals("executele", basis.get("evidence"), basis.toString());
      LegalRepresentationIT.assertLeastData(representation);
      String claims = nalatenschap.parseToken(jwt, IDToken.class).getOtherClaims().toString();
      assertFalse(claims.contains("DEMO-NOT-2026-0042"), "the evidence reference stays in the register: " + claims);
    }
  }

  @Test
  void executorIsNotOfferedTheEstateAtOtherServices() {
    openLogin(belasting, BELASTINGAANGIFTE, "nl");
    browser.loginWithDigid("noor");

    assertFalse(browser.pageText().contains("Gijs Nagel"), browser.pageText());
    assertFalse(browser.onActingForPage(), "Noor has nobody else to act for: " + browser.pageText());
    AccessTokenResponse tokens = tokensAfterLogin(belasting);
    assertNull(represents(belasting, tokens.getIdToken()), "Noor is logged in as herself");
    assertNull(representation(belasting, tokens.getIdToken()));
  }
}
