package nl.namens.tests;

import static nl.namens.tests.support.DemoServices.AFVALPAS;
import static nl.namens.tests.support.DemoServices.PIET;
import static nl.namens.tests.support.DemoServices.ZORGDOSSIER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nl.namens.tests.portal.PortalBrowser;
import nl.namens.tests.portal.PortalBrowser.Registration;
import nl.namens.tests.support.BrokerTestBase;
import nl.namens.tests.support.NamensServerConfig;
import nl.namens.tests.support.TestBsns;
import org.junit.jupiter.api.Test;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.openqa.selenium.By;

/**
 * No oracle, no flooding, through the portal's real pages: the "give a mandate" form is no lookup of
 * the register's names by BSN (the giver sees what they typed until the other activates), and a
 * person who keeps registering gets a clear page, not a 21st mandate and its letters.
 */
@KeycloakIntegrationTest(config = NamensServerConfig.class)
class PortalNoOracleIT extends BrokerTestBase {

  private void nextPerson() {
    broker.admin().logoutAll();
    digidSimulator.admin().logoutAll();
    driver.driver().manage().deleteAllCookies();
  }

  @Test
  void theGiverSeesTheNumberTheyTypedNotTheRegistersNameUntilTheRepresentativeActivates() {
    PortalBrowser portal = new PortalBrowser(driver.driver());
    portal.openAs("lotte", "");
    Registration registration = portal.registerMandate(PIET, List.of(ZORGDOSSIER));
    assertTrue(portal.text().contains(PIET), portal.text());
    assertFalse(portal.text().contains("Piet Pieters"), "the register's name of a typed BSN: " + portal.text());
    portal.open("/mandates/" + registration.mandateId());
    assertFalse(portal.text().contains("Piet Pieters"), portal.text());

    nextPerson();
    portal.openAs("piet", "");
    portal.open("/mandates/" + registration.mandateId());
    assertTrue(portal.text().contains("Lotte Lambregts"), "the one who named him is shown: " + portal.text());
    portal.enterCode(registration.mandateId(), registration.code());
    assertEquals("active", portal.status(registration.mandateId()));

    nextPerson();
    portal.openAs("lotte", "");
    portal.open("/mandates/" + registration.mandateId());
    assertTrue(portal.text().contains("Piet Pieters"), "after activation: " + portal.text());
  }

  @Test
  void the21stNewMandateInADayGetsAClearPageAndNothingIsRegistered() {
    PortalBrowser portal = new PortalBrowser(driver.driver());
    portal.openAs("petra", "");
    List<String> representatives = TestBsns.block(77_700_000, 21);
    for (int i = 0; i < 20; i++) {
      portal.registerMandate(representatives.get(i), List.of(AFVALPAS));
    }

    portal.open("/mandates/new");
    driver.findElement(By.id("counterpartType-bsn")).click();
    driver.findElement(By.id("counterpartId")).sendKeys(representatives.get(20));
    driver.findElement(By.cssSelector("input[name='services'][value='" + AFVALPAS + "']")).click();
    portal.submit(By.id("register-submit"));

    String errors = portal.errors();
    // the page's language is the browser's (English here); both say the limit and the period
    assertTrue(
        (errors.contains("24 uur") || errors.contains("24 hours")) && errors.contains("20"),
        "a clear message: " + portal.text());
    assertTrue(driver.driver().findElements(By.id("activation-code")).isEmpty(), "no 21st mandate: " + portal.text());
    portal.open("/");
    assertFalse(portal.text().contains(representatives.get(20)), "the 21st is nowhere: " + portal.text());
  }
}
