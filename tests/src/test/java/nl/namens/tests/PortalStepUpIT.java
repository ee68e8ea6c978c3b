package nl.namens.tests;

import static nl.namens.tests.support.DemoServices.AFVALPAS;
import static nl.namens.tests.support.DemoServices.BELASTINGAANGIFTE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import nl.namens.tests.portal.Axe;
import nl.namens.tests.portal.PortalBrowser;
import nl.namens.tests.portal.PortalBrowser.Registration;
import nl.namens.tests.support.BrokerTestBase;
import nl.namens.tests.support.NamensServerConfig;
import nl.namens.tests.support.TestBsns;
import org.junit.jupiter.api.Test;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The portal logs in at its own minimum (midden) and steps up per act: an act for a service that needs
 * substantieel is refused at midden with a way up; through it the broker asks DigiD for substantieel
 * ({@code acr_values}, then {@code RequestedAuthnContext} with ForceAuthn) and the person comes back to the form,
 * where the act now succeeds. Who cannot reach the level gets the broker's page, then the portal's "nothing
 * changed", and goes on at their own level.
 */
@KeycloakIntegrationTest(config = NamensServerConfig.class)
class PortalStepUpIT extends BrokerTestBase {

  @Test
  void anActThatNeedsAHigherLevelStepsUpAndComesBackToTheForm() {
    List<String> friends = TestBsns.block(99_930_000 + new Random().nextInt(9_000), 2);
    PortalBrowser portal = new PortalBrowser(driver.driver());
    portal.openAs("karin", ""); // usually midden: the portal asks no more
    Registration basis = portal.registerMandate(friends.get(0), List.of(AFVALPAS)); // basis: fine at midden
    assertEquals("pending", portal.status(basis.mandateId()));
    int rowsBefore = portal.overviewRows();

    giveBelastingaangifte(portal, friends.get(1));
    assertTrue(driver.driver().findElements(By.id("activation-code")).isEmpty(), portal.text());
    assertTrue(portal.errors().contains("higher login level"), portal.errors()); // the test browser asks English
    assertFalse(driver.driver().findElements(By.id("step-up-submit")).isEmpty(), portal.text());
    assertEquals(rowsBefore, portal.overviewRows(), "nothing stored at midden");

    giveBelastingaangifte(portal, friends.get(1));
    portal.submit(By.id("step-up-submit"));
    waitForUrl("/realms/digid-sim/");
    assertTrue(driver.driver().findElements(By.id("username")).isEmpty(), "DigiD knows Karin: only her password");
    browser.simulatorReauthenticate();
    waitForUrl(PortalBrowser.PORTAL + "/mandates/new");

    Registration substantieel = portal.registerMandate(friends.get(1), List.of(BELASTINGAANGIFTE));
    assertEquals("pending", portal.status(substantieel.mandateId()));
  }

  @Test
  void whoCannotReachTheLevelIsToldNothingChangedAndGoesOnAtTheirOwnLevel() {
    String friend = TestBsns.block(99_920_000 + new Random().nextInt(9_000), 1).get(0);
    PortalBrowser portal = new PortalBrowser(driver.driver());
    portal.openAs("mark", ""); // midden, never more
    int rowsBefore = portal.overviewRows();

    giveBelastingaangifte(portal, friend);
    portal.submit(By.id("step-up-submit"));
    waitForUrl("/realms/digid-sim/");
    browser.simulatorReauthenticate();

    new WebDriverWait(driver.driver(), Duration.ofSeconds(20))
        .until(ExpectedConditions.presenceOfElementLocated(By.id("namens-loa-unmet")));
    assertEquals("substantieel", driver.findElement(By.id("namens-loa-unmet")).getAttribute("data-required"));
    driver.findElement(By.id("namens-loa-unmet-back")).click();

    waitForUrl(PortalBrowser.PORTAL + "/public/login-error");
    assertTrue(portal.text().contains("Nothing has changed"), portal.text());
    portal.submit(By.id("login-error-continue"));
    waitForUrl(PortalBrowser.PORTAL);
    assertFalse(driver.getCurrentUrl().contains("/public/"), "logged in again: " + driver.getCurrentUrl());
    assertEquals(rowsBefore, portal.overviewRows(), "nothing stored");

    Registration basis = portal.registerMandate(friend, List.of(AFVALPAS)); // at midden, a basis service still works
    assertEquals("pending", portal.status(basis.mandateId()));
  }

  @Test
  void theWayUpAndTheLoginErrorPageHaveNoAccessibilityViolations() {
    Axe.requireChromium();
    List<String> violations = new ArrayList<>();
    WebDriver chromium = Axe.chromium();
    try {
      PortalBrowser portal = new PortalBrowser(chromium);
      portal.openAs("mark", "");
      giveBelastingaangifte(chromium, portal, "999991048");
      assertFalse(chromium.findElements(By.id("step-up-submit")).isEmpty(), portal.text());
      violations.addAll(Axe.violations(chromium));
      for (String language : List.of("nl", "en")) {
        portal.open("/public/language/" + language + "?return=/portal/public/login-error");
        assertEquals(language, chromium.findElement(By.tagName("html")).getAttribute("lang"));
        violations.addAll(Axe.violations(chromium));
      }
    } finally {
      chromium.quit();
    }
    assertEquals(List.of(), violations, String.join("\n", violations));
  }

  private void giveBelastingaangifte(PortalBrowser portal, String representative) {
    giveBelastingaangifte(driver.driver(), portal, representative);
  }

  private static void giveBelastingaangifte(WebDriver browser, PortalBrowser portal, String representative) {
    portal.open("/mandates/new");
    browser.findElement(By.id("counterpartType-bsn")).click();
    browser.findElement(By.id("counterpartId")).sendKeys(representative);
    browser.findElement(By.cssSelector("input[name='services'][value='" + BELASTINGAANGIFTE + "']")).click();
    portal.submit(By.id("register-submit"));
  }

  private void waitForUrl(String part) {
    new WebDriverWait(driver.driver(), Duration.ofSeconds(20)).until(ExpectedConditions.urlContains(part));
  }
}
