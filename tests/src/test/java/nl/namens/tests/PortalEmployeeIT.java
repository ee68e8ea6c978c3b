package nl.namens.tests;

import static nl.namens.tests.support.DemoServices.BELASTINGAANGIFTE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import nl.namens.tests.portal.PortalBrowser;
import nl.namens.tests.portal.PortalBrowser.HistoryRow;
import nl.namens.tests.portal.PortalBrowser.Registration;
import nl.namens.tests.support.BrokerTestBase;
import nl.namens.tests.support.NamensServerConfig;
import nl.namens.tests.support.RegisterAdmin;
import nl.namens.tests.support.RegisterStack;
import nl.namens.tests.support.ServiceClients;
import org.junit.jupiter.api.Test;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.oauth.OAuthClient;
import org.keycloak.testframework.oauth.annotations.InjectOAuthClient;
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

  /** Another client of Cijfer's, of this class only. */
  private static final String CLIENT = "999991048";

  private static final String CIJFER = "90000001";
  private static final String ANNA = "7f3a1c9e2b5d4f60a8c1e2d3b4a59687@cijfer";
  private static final String CHRIS = "c4e5f6a7b8c9d0e1f2a3b4c5d6e7f809@cijfer";

  @InjectOAuthClient(ref = "belasting", realmRef = "namens", config = ServiceClients.Belastingaangifte.class)
  OAuthClient belasting;

  private final RegisterAdmin register = new RegisterAdmin();

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

  /**
   * Anna acts for a client at the tax service under a mandate every Cijfer employee may use; then, in the portal,
   * the company lists only Chris: the register tells the broker, and Anna's live session under it ends by itself.
   */
  @Test
  void takingAMandateFromAnEmployeeEndsTheirSession() throws Exception {
    register.ensureParty("BSN", CLIENT, "Xander Klant");
    LocalDate today = RegisterStack.today();
    String mandate =
        register.createMandate("BSN", CLIENT, "KVK", CIJFER, List.of(BELASTINGAANGIFTE), today.minusDays(1), today.plusMonths(6));
    try {
      openLogin(belasting, BELASTINGAANGIFTE);
      browser.loginWithEherkenning("anna");
      browser.actFor("Xander Klant");
      tokensAfterLogin(belasting);
      String anna = broker.admin().users().searchByAttributes("namens.acting-subject-id:" + ANNA).get(0).getId();
      assertEquals(1, broker.admin().users().get(anna).getUserSessions().size());

      PortalBrowser portal = portal();
      portal.openAsEmployee("anna", "/mandates/" + mandate);
      driver.findElement(By.id("policy-listed")).click();
      driver.findElement(By.id("employees")).clear();
      driver.findElement(By.id("employees")).sendKeys(CHRIS);
      portal.submit(By.id("employees-submit"));

      awaitNoSessions(anna, "Anna's session under it ended");
    } finally {
      register.revoke(mandate);
      nextPerson();
    }
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
