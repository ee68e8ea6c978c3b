package nl.namens.tests;

import static nl.namens.tests.support.DemoServices.BELASTINGAANGIFTE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import nl.namens.tests.support.BrokerTestBase;
import nl.namens.tests.support.NamensServerConfig;
import nl.namens.tests.support.ServiceClients;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.oauth.OAuthClient;
import org.keycloak.testframework.oauth.annotations.InjectOAuthClient;
import org.openqa.selenium.By;
import org.openqa.selenium.htmlunit.HtmlUnitDriver;

/** A SAML response the broker must not accept ends the login with a clear page, and creates no user. */
@KeycloakIntegrationTest(config = NamensServerConfig.class)
class BadSamlIT extends BrokerTestBase {

  @InjectOAuthClient(ref = "belasting", realmRef = "namens", config = ServiceClients.Belastingaangifte.class)
  OAuthClient belasting;

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        // HtmlUnit asks for English (Accept-Language), so the pages answer in English
        "digid | mallory-sector | DigiD passed on a number that is not your citizen service number (BSN)",
        "digid | mallory-bsn | The citizen service number (BSN) that DigiD passed on is not valid",
        "eherkenning | mallory-kvk | eHerkenning passed on a Chamber of Commerce (KvK) number that is not valid"
      })
  void refusedIdentityEndsLoginWithClearMessageAndCreatesNoUser(
      String idp, String simulatorUser, String expectedMessage) {
    int usersBefore = broker.admin().users().count();

    openLogin(belasting, BELASTINGAANGIFTE);
    browser.chooseIdentityProvider(idp);
    browser.simulatorLogin(simulatorUser);

    assertFalse(browser.onActingForPage());
    assertFalse(browser.currentUrl().contains("code="), "no authorization code: " + browser.currentUrl());
    String page = browser.pageText();
    assertTrue(page.contains(expectedMessage), page);
    assertFalse(page.contains("999990"), "no BSN echoed on the error page: " + page);
    assertEquals(usersBefore, broker.admin().users().count(), "no user created");
  }

  @Test
  void tamperedSignedResponseIsRefused() throws Exception {
    int usersBefore = broker.admin().users().count();
    openLogin(belasting, BELASTINGAANGIFTE);
    browser.chooseIdentityProvider("digid");

    HtmlUnitDriver htmlUnit = (HtmlUnitDriver) driver.driver();
    htmlUnit.setJavascriptEnabled(false); // stop at the simulator's auto-submitting SAML POST form
    String samlResponse;
    try {
      browser.simulatorLogin("piet");
      samlResponse = htmlUnit.findElement(By.name("SAMLResponse")).getAttribute("value");
    } finally {
      htmlUnit.setJavascriptEnabled(true);
    }

    // Someone in the middle swaps the BSN in the signed assertion, then the browser posts it on.
    String xml = new String(Base64.getMimeDecoder().decode(samlResponse), StandardCharsets.UTF_8);
    assertTrue(xml.contains("s00000000:999990044"), "the simulator's NameID: " + xml);
    String forged =
        Base64.getEncoder()
            .encodeToString(xml.replace("s00000000:999990044", "s00000000:999990020").getBytes(StandardCharsets.UTF_8));
    htmlUnit.executeScript(
        "document.forms[0].elements['SAMLResponse'].value = arguments[0]; document.forms[0].submit();", forged);

    assertFalse(browser.onActingForPage());
    assertFalse(browser.currentUrl().contains("code="), "no authorization code: " + browser.currentUrl());
    assertFalse(driver.driver().findElements(By.id("kc-error-message")).isEmpty(), browser.pageText());
    assertTrue(broker.admin().users().search(digidUsername("999990020"), true).isEmpty(), "no user for the forged BSN");
    assertEquals(usersBefore, broker.admin().users().count(), "no user created");
  }

  /**
   * The broker's username for a DigiD user (see docs/architecture.md): keyed with the broker's identifier key
   * (here the demo key), never the BSN itself nor an unkeyed hash of it.
   */
  private static String digidUsername(String bsn) {
    byte[] key = java.util.Base64.getDecoder().decode(NamensServerConfig.DEMO_KEYS.get("identifier-key"));
    return "digid-" + new nl.namens.keycloak.keys.KeyedDigest(key).hex("username|digid", bsn).substring(0, 20);
  }
}
