package nl.namens.tests;

import static nl.namens.tests.support.DemoServices.BELASTINGAANGIFTE;
import static nl.namens.tests.support.DemoServices.ZORGDOSSIER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nl.namens.tests.portal.PortalBrowser;
import nl.namens.tests.portal.PortalBrowser.Registration;
import nl.namens.tests.support.BrokerTestBase;
import nl.namens.tests.support.NamensServerConfig;
import org.junit.jupiter.api.Test;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.openqa.selenium.By;

/**
 * Ria is under beschermingsbewind (demo data, court register): in the portal she cannot give a mandate for a
 * financial service (Belastingaangifte) — a readable refusal, nothing stored — but she can for care (Zorgdossier).
 */
@KeycloakIntegrationTest(config = NamensServerConfig.class)
class PortalIncapablePrincipalIT extends BrokerTestBase {

  /** A test BSN nobody else uses (11-proef). */
  private static final String FRIEND = "999991036";

  @Test
  void underBewindNoMandateForAFinancialServiceButOneForCare() {
    PortalBrowser portal = new PortalBrowser(driver.driver());
    portal.openAs("ria", "");
    int rowsBefore = portal.overviewRows();

    portal.open("/mandates/new");
    driver.findElement(By.id("counterpartType-bsn")).click();
    driver.findElement(By.id("counterpartId")).sendKeys(FRIEND);
    driver.findElement(By.cssSelector("input[name='services'][value='" + BELASTINGAANGIFTE + "']")).click();
    portal.submit(By.id("register-submit"));
    String page = portal.text();
    assertTrue(driver.driver().findElements(By.id("activation-code")).isEmpty(), page);
    assertTrue(page.contains("beschermingsbewind"), page);
    assertEquals(rowsBefore, portal.overviewRows(), "nothing stored");

    Registration care = portal.registerMandate(FRIEND, List.of(ZORGDOSSIER));
    assertEquals("pending", portal.status(care.mandateId()));
  }
}
