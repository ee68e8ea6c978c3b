package nl.namens.tests;

import static nl.namens.tests.support.DemoServices.AFVALPAS;
import static nl.namens.tests.support.DemoServices.BELASTINGAANGIFTE;
import static nl.namens.tests.support.DemoServices.NALATENSCHAP;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.namens.tests.portal.PortalBrowser;
import nl.namens.tests.support.ChromiumTestBase;
import nl.namens.tests.support.FreshPersons;
import nl.namens.tests.support.FreshPersons.Person;
import nl.namens.tests.support.NamensServerConfig;
import nl.namens.tests.support.PageChecks;
import nl.namens.tests.support.RegisterAdmin;
import org.junit.jupiter.api.Test;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The pages {@code ReflowIT} does not reach pass the same checks ({@link PageChecks}: title, axe-core at every impact,
 * reflow at 360 px and at 200% zoom), in Dutch and in English, with data present: every page of the helpdesk (the
 * forms, each with its errors; a proposal, the list of proposals, the proposer's own approval refused, a second
 * agent's approval, a revocation for a caller with the letters it sent; a survivor mandate's form, registration,
 * approval, end form and end) and the portal's step-up, login-error and error pages. The persons, mandates and estates
 * are the test's own.
 */
@KeycloakIntegrationTest(config = NamensServerConfig.class)
class HelpdeskPagesIT extends ChromiumTestBase {

  private final RegisterAdmin register = new RegisterAdmin();
  private final List<String> mandates = new ArrayList<>();
  private final List<String> survivorMandates = new ArrayList<>();

  @Test
  void everyHelpdeskPageAndTheStepUpPagePassInDutchAndEnglish() {
    List<Person> persons =
        FreshPersons.create(
            digidSimulator, register, 99_950_000, "hd", "Cas Beller", "Vera Vertegenwoordiger", "Erik Erfgenaam",
            "Dirk Overleden", "Dora Overleden");
    Person caller = persons.get(0);
    Person representative = persons.get(1);
    Person heir = persons.get(2);
    Map<String, Person> deceased = Map.of("nl", persons.get(3), "en", persons.get(4));
    for (Person d : deceased.values()) {
      register.recordDeath(d.bsn(), LocalDate.now().minusMonths(1));
    }
    PageChecks pages = new PageChecks(chromium, "HelpdeskPagesIT", Map.of());
    try {
      for (String lang : List.of("nl", "en")) {
        helpdeskPages(pages, lang, caller, representative, heir, deceased.get(lang));
        stepUpAndLoginError(pages, lang, representative);
      }
    } finally {
      for (String mandate : mandates) {
        try {
          register.revoke(mandate);
        } catch (RuntimeException | AssertionError e) {
          // already ended by the test: nothing to undo
        }
      }
      for (String survivor : survivorMandates) {
        try {
          register.endSurvivorMandate(survivor, "revoked");
        } catch (RuntimeException | AssertionError e) {
          // already ended by the test
        }
      }
    }
    assertTrue(pages.checked().size() >= 2 * 2 * 16, "pages checked: " + pages.checked());
    assertEquals(List.of(), pages.problems(), String.join("\n", pages.problems()));
  }

  /**
   * Henk proposes a mandate for a caller and a survivor mandate (after each form's errors) and is refused his own
   * approval; Hanna approves both, revokes the mandate for the caller and ends the survivor mandate.
   */
  private void helpdeskPages(
      PageChecks pages, String lang, Person caller, Person representative, Person heir, Person deceased) {
    nextPerson();
    PortalBrowser portal = agentAtTheHelpdesk("henk", lang);
    pages.check("helpdesk-" + lang);

    portal.submit(By.id("helpdesk-register-submit"));
    assertFalse(portal.errors().isEmpty(), "the empty form has errors: " + portal.text());
    pages.check("helpdesk-register-errors-" + lang);

    String mandate =
        portal.helpdeskRegister(caller.bsn(), "paspoort IT-" + lang, representative.bsn(), List.of(AFVALPAS))
            .mandateId();
    mandates.add(mandate);
    pages.check("helpdesk-proposed-" + lang);

    portal.open("/helpdesk");
    portal.submit(By.id("namens-survivor-register-link"));
    assertFalse(chromium.findElements(By.id("namens-survivor-form")).isEmpty(), portal.text());
    pages.check("helpdesk-survivor-form-" + lang);

    portal.submitSurvivorForm(deceased.bsn(), "12345", null, null, "", List.of());
    assertFalse(portal.errors().isEmpty(), "the survivor form has errors: " + portal.text());
    pages.check("helpdesk-survivor-errors-" + lang);

    portal.submitSurvivorForm(
        deceased.bsn(), heir.bsn(), "heir", "verklaring-van-erfrecht", "IT-HELPDESK-PAGES-" + UUID.randomUUID(),
        List.of(NALATENSCHAP));
    String survivor = portal.survivorId();
    assertFalse(survivor.isEmpty(), "a survivor mandate registered: " + portal.text());
    survivorMandates.add(survivor);
    pages.check("helpdesk-survivor-registered-" + lang);

    assertTrue(portal.proposals().containsAll(List.of(mandate, survivor)), portal.text());
    pages.check("helpdesk-proposals-" + lang);

    portal.approveProposal(mandate);
    assertFalse(portal.errors().isEmpty(), "Henk's own approval is refused: " + portal.text());
    pages.check("helpdesk-own-approval-refused-" + lang);

    nextPerson();
    portal = agentAtTheHelpdesk("hanna", lang);
    portal.approveProposal(mandate);
    assertEquals("", portal.errors(), portal.text());
    assertFalse(chromium.findElements(By.id("namens-approved")).isEmpty(), portal.text());
    pages.check("helpdesk-approved-" + lang);

    portal.approveProposal(survivor);
    assertEquals("", portal.errors(), portal.text());
    pages.check("helpdesk-survivor-approved-" + lang);

    portal.open("/helpdesk");
    portal.submit(By.id("helpdesk-revoke-submit"));
    assertFalse(portal.errors().isEmpty(), "the empty revoke form has errors: " + portal.text());
    pages.check("helpdesk-revoke-errors-" + lang);

    portal.open("/helpdesk");
    chromium.findElement(By.id("revoke-callerType-bsn")).click();
    type("revoke-callerId", caller.bsn());
    type("revoke-identityCheck", "paspoort IT-" + lang);
    type("revoke-mandateId", mandate);
    portal.submit(By.id("helpdesk-revoke-submit"));
    assertEquals("", portal.errors(), portal.text());
    assertEquals("revoked", register.mandate(mandate).path("status").asText(), portal.text());
    assertFalse(chromium.findElements(By.cssSelector("article.letter")).isEmpty(), "the letters: " + portal.text());
    pages.check("helpdesk-revoked-" + lang);

    portal.open("/helpdesk/survivor-mandates/end");
    assertFalse(chromium.findElements(By.id("namens-survivor-end-form")).isEmpty(), portal.text());
    pages.check("helpdesk-survivor-end-" + lang);

    portal.endSurvivorMandate(survivor, "settled");
    assertFalse(chromium.findElements(By.id("namens-survivor-ended")).isEmpty(), portal.text());
    pages.check("helpdesk-survivor-ended-" + lang);
  }

  /**
   * Mark logs in at the basic level and gives a mandate for a service that needs a higher one: the way up; then the
   * page a failed login comes back to.
   */
  private void stepUpAndLoginError(PageChecks pages, String lang, Person representative) {
    nextPerson();
    PortalBrowser portal = new PortalBrowser(chromium);
    portal.openAs("mark", "");
    portal.language(lang, "/portal/mandates/new");
    chromium.findElement(By.id("counterpartType-bsn")).click();
    type("counterpartId", representative.bsn());
    chromium.findElement(By.cssSelector("input[name='services'][value='" + BELASTINGAANGIFTE + "']")).click();
    portal.submit(By.id("register-submit"));
    assertFalse(chromium.findElements(By.id("step-up-submit")).isEmpty(), "the way up: " + portal.text());
    pages.check("portal-step-up-" + lang);

    portal.language(lang, "/portal/public/login-error");
    pages.check("portal-login-error-" + lang);

    // a citizen at the helpdesk's address: the portal's error page, not the helpdesk
    portal.open("/helpdesk");
    assertTrue(chromium.findElements(By.id("helpdesk-register-submit")).isEmpty(), "no helpdesk for Mark");
    assertFalse(portal.errors().isEmpty(), "the error page says why: " + portal.text());
    pages.check("portal-error-" + lang);
  }

  /** An agent ({@code henk}, {@code hanna}) logs in to the portal at the helpdesk page, in {@code lang}. */
  private PortalBrowser agentAtTheHelpdesk(String agent, String lang) {
    PortalBrowser portal = new PortalBrowser(chromium);
    portal.openAs(agent, "/helpdesk");
    portal.language(lang, "/portal/helpdesk");
    assertFalse(
        chromium.findElements(By.id("helpdesk-register-submit")).isEmpty(), agent + " at the helpdesk: " + portal.text());
    return portal;
  }

  private void type(String id, String value) {
    WebElement field = chromium.findElement(By.id(id));
    field.clear();
    field.sendKeys(value);
  }
}
