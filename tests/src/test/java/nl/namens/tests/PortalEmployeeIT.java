package nl.namens.tests;

import static nl.namens.tests.support.DemoServices.BELASTINGAANGIFTE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nl.namens.tests.portal.PortalBrowser;
import nl.namens.tests.portal.PortalBrowser.HistoryRow;
import nl.namens.tests.portal.PortalBrowser.Registration;
import nl.namens.tests.support.BrokerTestBase;
import nl.namens.tests.support.NamensServerConfig;
import org.junit.jupiter.api.Test;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.openqa.selenium.By;

/**
 * An eHerkenning employee acts for the company in the portal only with the company's authorisation for the portal
 * service (eToegang ServiceID in the eHerkenning assertion, passed on by the broker): Chris has none and may only
 * look; Anna has it and acts, and the history shows which employee did.
 */
@KeycloakIntegrationTest(config = NamensServerConfig.class)
class PortalEmployeeIT extends BrokerTestBase {

  /** A test BSN nobody else uses (11-proef). */
  private static final String NEW_PERSON = "999991024";

  private PortalBrowser portal() {
    return new PortalBrowser(driver.driver());
  }

  private void nextPerson() {
    broker.admin().logoutAll();
    eherkenningSimulator.admin().logoutAll();
    driver.driver().manage().deleteAllCookies();
  }

  @Test
  void anEmployeeWithoutThePortalAuthorisationMayLookButChangesNothing() {
    PortalBrowser portal = portal();
    portal.openAsEmployee("chris", "");
    assertTrue(portal.showsReadOnlyNotice(), portal.text());
    int rowsBefore = portal.overviewRows();

    portal.open("/mandates/new");
    driver.findElement(By.id("counterpartType-bsn")).click();
    driver.findElement(By.id("counterpartId")).sendKeys(NEW_PERSON);
    driver.findElement(By.cssSelector("input[name='services'][value='" + BELASTINGAANGIFTE + "']")).click();
    portal.submit(By.id("register-submit"));

    String page = portal.text();
    assertTrue(driver.driver().findElements(By.id("activation-code")).isEmpty(), page);
    assertTrue(page.contains("eHerkenning") && page.contains("Mijn machtigingen"), page);
    assertEquals(rowsBefore, portal.overviewRows(), "nothing stored");
    nextPerson();
  }

  @Test
  void anAuthorisedEmployeeActsAndTheHistoryNamesTheEmployee() {
    PortalBrowser portal = portal();
    portal.openAsEmployee("anna", "");
    assertFalse(portal.showsReadOnlyNotice(), portal.text());

    Registration registration = portal.registerMandate(NEW_PERSON, List.of(BELASTINGAANGIFTE));
    List<HistoryRow> history = portal.history(registration.mandateId());
    assertTrue(
        history.stream().anyMatch(r -> r.agent().contains("7f3a1c9e2b5d4f60a8c1e2d3b4a59687@cijfer")),
        "Anna's pseudonym in the history: " + history);
    nextPerson();
  }
}
