package nl.namens.tests;

import static nl.namens.tests.support.DemoServices.BELASTINGAANGIFTE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import nl.namens.tests.portal.PortalBrowser;
import nl.namens.tests.support.ChromiumTestBase;
import nl.namens.tests.support.NamensServerConfig;
import nl.namens.tests.support.PageChecks;
import org.junit.jupiter.api.Test;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The portal as the other kinds of party see it pass the page checks ({@link PageChecks}: title, axe-core at every
 * impact, reflow at 360 px and at 200% zoom), in Dutch and in English, with the demo data: a company through an
 * eHerkenning employee authorised for the portal (its overview, a mandate the company holds with the form that names
 * its employees, the form to give a mandate) and one who may only look (the read-only notice); a parent (the legal
 * representations she holds); a person under beschermingsbewind (who represents her, and the refusal of a mandate for
 * a financial service). Nothing is stored: the refused form changes nothing.
 */
@KeycloakIntegrationTest(config = NamensServerConfig.class)
class PortalPartiesPagesIT extends ChromiumTestBase {

  /** A test BSN nobody else uses (11-proef); Ria's refused mandate would name it. */
  private static final String FRIEND = "999991036";

  @Test
  void companiesParentsAndPeopleUnderBewindSeePagesThatPassInDutchAndEnglish() {
    PageChecks pages = new PageChecks(chromium, "PortalPartiesPagesIT", Map.of());
    for (String lang : List.of("nl", "en")) {
      company(pages, lang);
      legal(pages, lang);
    }
    assertTrue(pages.checked().size() >= 2 * 2 * 7, "pages checked: " + pages.checked());
    assertEquals(List.of(), pages.problems(), String.join("\n", pages.problems()));
  }

  private void company(PageChecks pages, String lang) {
    nextPerson();
    PortalBrowser portal = new PortalBrowser(chromium);
    portal.openAsEmployee("anna", "");
    portal.language(lang, "/portal");
    assertFalse(portal.showsReadOnlyNotice(), "Anna may act for Cijfer: " + portal.text());
    List<WebElement> views = chromium.findElements(By.cssSelector("table.mandates a[id^='view-']"));
    assertFalse(views.isEmpty(), "Cijfer's mandates (demo data): " + portal.text());
    pages.check("portal-company-overview-" + lang);

    // Jan's mandate for Cijfer names the employees who may use it
    boolean employeesForm = false;
    for (String id : views.stream().map(v -> v.getDomAttribute("id")).toList()) {
      portal.open("/mandates/" + id.substring("view-".length()));
      if (!chromium.findElements(By.id("employees")).isEmpty()) {
        employeesForm = true;
        break;
      }
    }
    assertTrue(employeesForm, "a mandate of Cijfer's with the employees form: " + portal.text());
    pages.check("portal-company-mandate-" + lang);

    portal.open("/mandates/new");
    assertFalse(chromium.findElements(By.id("register-submit")).isEmpty(), portal.text());
    pages.check("portal-company-give-" + lang);

    nextPerson();
    portal.openAsEmployee("chris", "");
    portal.language(lang, "/portal");
    assertTrue(portal.showsReadOnlyNotice(), "Chris may only look: " + portal.text());
    pages.check("portal-company-read-only-" + lang);
  }

  private void legal(PageChecks pages, String lang) {
    nextPerson();
    PortalBrowser portal = new PortalBrowser(chromium);
    portal.openAs("sanne", "");
    portal.language(lang, "/portal");
    assertFalse(chromium.findElements(By.id("namens-legal-representing")).isEmpty(), "Sanne's son: " + portal.text());
    pages.check("portal-parent-overview-" + lang);

    nextPerson();
    portal.openAs("ria", "");
    portal.language(lang, "/portal");
    assertFalse(
        chromium.findElements(By.id("namens-legal-represented-by")).isEmpty(), "Ria's bewindvoerder: " + portal.text());
    pages.check("portal-under-bewind-overview-" + lang);

    int rowsBefore = portal.overviewRows();
    portal.open("/mandates/new");
    chromium.findElement(By.id("counterpartType-bsn")).click();
    chromium.findElement(By.id("counterpartId")).sendKeys(FRIEND);
    chromium.findElement(By.cssSelector("input[name='services'][value='" + BELASTINGAANGIFTE + "']")).click();
    portal.submit(By.id("register-submit"));
    assertTrue(chromium.findElements(By.id("activation-code")).isEmpty(), portal.text());
    assertFalse(portal.errors().isEmpty(), "refused with a reason: " + portal.text());
    pages.check("portal-under-bewind-refused-" + lang);
    assertEquals(rowsBefore, portal.overviewRows(), "nothing stored");
  }
}
