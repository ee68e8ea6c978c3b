package nl.namens.tests;

import static nl.namens.tests.support.DemoServices.BELASTINGAANGIFTE;
import static nl.namens.tests.support.DemoServices.KVK_CIJFER;
import static nl.namens.tests.support.DemoServices.KVK_DEEG;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import nl.namens.tests.support.BrokerTestBase;
import nl.namens.tests.support.NamensServerConfig;
import nl.namens.tests.support.ServiceClients;
import org.junit.jupiter.api.Test;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.oauth.OAuthClient;
import org.keycloak.testframework.oauth.annotations.InjectOAuthClient;
import org.keycloak.representations.IDToken;
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

    // Anna represents her company, which represents De Deeg (UseCase.md: the principal deepest)
    Map<String, Object> company = represents(belasting, tokens.getIdToken());
    assertEquals(KVK_CIJFER, company.get("sub"), company.toString());
    assertEquals("urn:nl-eid-gdi:1.0:id:KvKnr", company.get("sub_id_type"));
    @SuppressWarnings("unchecked")
    Map<String, Object> principal = (Map<String, Object>) company.get("represents");
    assertEquals(KVK_DEEG, principal.get("sub"), company.toString());
    assertEquals("urn:nl-eid-gdi:1.0:id:KvKnr", principal.get("sub_id_type"));
    assertEquals("voluntary", representation(belasting, tokens.getIdToken()).get("kind"));
    assertEquals("http://eidas.europa.eu/LoA/substantial", acr(belasting, tokens.getIdToken()));
  }

  @Test
  void employeeActingForTheirOwnCompanyRepresentsItAndKeepsItAtRefresh() {
    openLogin(belasting, BELASTINGAANGIFTE);
    browser.loginWithEherkenning("anna");
    browser.actAsMyself(); // for Cijfer Administratie B.V. itself
    AccessTokenResponse tokens = tokensAfterLogin(belasting);

    Map<String, Object> company = represents(belasting, tokens.getIdToken());
    assertEquals(KVK_CIJFER, company.get("sub"), "the company is represented, not a person: " + company);
    assertEquals("urn:nl-eid-gdi:1.0:id:KvKnr", company.get("sub_id_type"));
    assertFalse(company.containsKey("represents"), "nobody beneath it: " + company);
    assertEquals(null, representation(belasting, tokens.getIdToken()), "no mandate: the company itself");
    String sub = belasting.parseToken(tokens.getIdToken(), IDToken.class).getSubject();
    assertFalse(sub.equals(KVK_CIJFER), "sub is the employee, never the company: " + sub);

    AccessTokenResponse refreshed = belasting.doRefreshTokenRequest(tokens.getRefreshToken());
    assertEquals(200, refreshed.getStatusCode(), refreshed.getErrorDescription());
    assertEquals(KVK_CIJFER, represents(belasting, refreshed.getIdToken()).get("sub"), "the same after a refresh");
  }

  @Test
  @SuppressWarnings("unchecked")
  void intermediaryEmployeeActsUnderChainMandateAndRepresentsNests() {
    openLogin(belasting, BELASTINGAANGIFTE);
    browser.loginWithEherkenning("anna"); // employee of the intermediary Cijfer Administratie B.V.

    assertTrue(
        browser.pageText().contains("Through Cijfer Administratie B.V. (chain mandate)"),
        "the page says through which intermediary: " + browser.pageText());
    browser.actFor("Kapsalon Krul"); // Kapsalon Krul -> Cijfer (intermediary) -> Anna
    AccessTokenResponse tokens = tokensAfterLogin(belasting);

    Map<String, Object> intermediary = represents(belasting, tokens.getIdToken());
    assertEquals(KVK_CIJFER, intermediary.get("sub"), intermediary.toString());
    assertEquals("urn:nl-eid-gdi:1.0:id:KvKnr", intermediary.get("sub_id_type"));
    Map<String, Object> principal = (Map<String, Object>) intermediary.get("represents");
    assertEquals("90000003", principal.get("sub"), intermediary.toString());
    assertEquals("urn:nl-eid-gdi:1.0:id:KvKnr", principal.get("sub_id_type"));
    assertEquals("chain", representation(belasting, tokens.getIdToken()).get("kind"));
  }

  @Test
  void aBranchRestrictionFromEherkenningTravelsWithTheCompany() {
    openLogin(belasting, BELASTINGAANGIFTE);
    browser.loginWithEherkenning("vera"); // Cijfer, restricted to branch 000012345678
    if (browser.onActingForPage()) {
      browser.actAsMyself();
    }
    AccessTokenResponse tokens = tokensAfterLogin(belasting);

    Map<String, Object> company = represents(belasting, tokens.getIdToken());
    assertEquals(KVK_CIJFER, company.get("sub"), company.toString());
    assertEquals("000012345678", company.get("vestigingsnr"), "carried, not dropped: " + company);
    assertEquals("000012345678", represents(belasting, tokens.getAccessToken()).get("vestigingsnr"));
  }

  @Test
  void aCompanyEherkenningNamesByItsRsinIsRepresentedByItsRsin() {
    openLogin(belasting, BELASTINGAANGIFTE);
    browser.loginWithEherkenning("rosa"); // a foundation, LegalSubjectID with NameQualifier …:RSIN
    if (browser.onActingForPage()) {
      browser.actAsMyself();
    }
    AccessTokenResponse tokens = tokensAfterLogin(belasting);

    Map<String, Object> company = represents(belasting, tokens.getIdToken());
    assertEquals("812345605", company.get("sub"), "accepted, not refused: " + company);
    assertEquals("urn:nl-eid-gdi:1.0:id:RSIN", company.get("sub_id_type"));
  }

  @Test
  void companyDecidesWhichEmployeesMayUseItsMandate() {
    openLogin(belasting, BELASTINGAANGIFTE);
    browser.loginWithEherkenning("anna"); // listed for Jan Jansen's mandate to Cijfer

    assertTrue(browser.pageText().contains("Jan Jansen"), browser.pageText());
  }

  @Test
  void employeeNotListedByTheCompanyIsNotOfferedThatMandate() {
    openLogin(belasting, BELASTINGAANGIFTE);
    browser.loginWithEherkenning("chris"); // also Cijfer, but not listed for Jan Jansen's mandate

    String page = browser.pageText();
    assertTrue(page.contains("Bakkerij De Deeg"), page);
    assertFalse(page.contains("Jan Jansen"), page);
  }
}
