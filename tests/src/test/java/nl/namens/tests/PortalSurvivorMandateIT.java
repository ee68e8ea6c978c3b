package nl.namens.tests;

import static nl.namens.tests.support.DemoServices.LOTTE;
import static nl.namens.tests.support.DemoServices.NALATENSCHAP;
import static nl.namens.tests.support.DemoServices.NOOR;
import static nl.namens.tests.support.DemoServices.PIET;
import static nl.namens.tests.support.DemoServices.SANNE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.namens.tests.portal.Axe;
import nl.namens.tests.portal.PortalBrowser;
import nl.namens.tests.support.BrokerTestBase;
import nl.namens.tests.support.NamensServerConfig;
import nl.namens.tests.support.RegisterAdmin;
import nl.namens.tests.support.ServiceClients;
import nl.namens.tests.support.TestBsns;
import org.junit.jupiter.api.Test;
import org.keycloak.representations.IDToken;
import org.keycloak.representations.idm.UserRepresentation;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.oauth.OAuthClient;
import org.keycloak.testframework.oauth.annotations.InjectOAuthClient;
import org.keycloak.testsuite.util.oauth.AccessTokenResponse;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * The helpdesk channel of survivor mandates (nabestaandenmachtigingen) end to end: once the BRP reported the death, an
 * agent proposes one in the portal (after a form with errors, which stores nothing), a second holder for the same
 * estate and service is refused, the proposer's own approval is refused, a second agent approves it, the heir acts for
 * the estate at the estate service through the broker, and when an agent ends it in the portal the heir can no longer
 * refresh nor choose the estate. A survivor mandate for someone whose death is not known is refused. Plus axe-core in
 * headless Chromium on the survivor and proposal pages.
 */
@KeycloakIntegrationTest(config = NamensServerConfig.class)
class PortalSurvivorMandateIT extends BrokerTestBase {

  /** Henk Helpdesk, agent (realm role namens-helpdesk), logs in with DigiD. */
  private static final String HENK = "999990147";
  /** Hanna Helpdesk, the second agent. */
  private static final String HANNA = "999990366";
  /** Deceased, of this class only (see DemoServices for the BSNs other tests use): the helpdesk story's estate. */
  private static final String JACOB = "999990329";
  /** Deceased, of this class only: the estate of the accessibility check. */
  private static final String KLAAS = "999990342";
  /** Nine digits failing the 11-proef. */
  private static final String BAD_BSN = "999990230";

  private static final String UUID_FORMAT = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

  @InjectOAuthClient(ref = "nalatenschap", realmRef = "namens", config = ServiceClients.Nalatenschap.class)
  OAuthClient nalatenschap;

  private final RegisterAdmin register = new RegisterAdmin();

  /** Henk logs in to the portal at the helpdesk page, in Dutch (both test browsers ask for English). */
  private static PortalBrowser henkAtTheHelpdesk(WebDriver webDriver) {
    return agentAtTheHelpdesk(webDriver, "henk");
  }

  /** An agent ({@code henk}, {@code hanna}) logs in to the portal at the helpdesk page, in Dutch. */
  private static PortalBrowser agentAtTheHelpdesk(WebDriver webDriver, String agent) {
    PortalBrowser portal = new PortalBrowser(webDriver);
    portal.openAs(agent, "/helpdesk");
    portal.open("/public/language/nl?return=/portal/helpdesk");
    assertEquals("nl", webDriver.findElement(By.tagName("html")).getAttribute("lang"));
    assertFalse(
        webDriver.findElements(By.id("namens-survivor-register-link")).isEmpty(),
        "Henk is at the helpdesk page: " + portal.text());
    return portal;
  }

  /** Another person at the same computer: every session ended, every cookie gone. */
  private void nextPerson() {
    logoutEverywhere();
    forgetCookies();
  }

  /** The ids an agent with this BSN is recorded by: the broker account's username or id (preferred_username, else sub). */
  private List<String> agentIds(String bsn) {
    List<UserRepresentation> users = broker.admin().users().searchByAttributes("namens.bsn:" + bsn);
    assertEquals(1, users.size(), "the agent's broker user");
    return List.of(users.get(0).getUsername(), users.get(0).getId());
  }

  @Test
  void aSurvivorMandateForSomeoneWhoseDeathIsNotKnownIsRefusedAndNothingIsStored() {
    String alive = TestBsns.block(99_950_000 + new java.util.Random().nextInt(9_000), 1).get(0);
    register.ensureParty("BSN", alive, "Levend Persoon");
    PortalBrowser portal = henkAtTheHelpdesk(driver.driver());
    List<String> before = portal.proposals();

    portal.submitSurvivorForm(
        alive, NOOR, "heir", "verklaring-van-erfrecht", "IT-ALIVE-" + UUID.randomUUID(), List.of(NALATENSCHAP));

    String errors = portal.errors();
    assertTrue(errors.contains("Het overlijden van deze persoon is (nog) niet bekend"), "refused: " + errors);
    assertEquals("", portal.survivorId(), "nothing registered: " + portal.text());
    assertEquals(
        "true", driver.findElement(By.id("namens-survivor-deceased")).getAttribute("aria-invalid"));
    assertEquals(before, portal.proposals(), "no proposal was stored");
  }

  @Test
  void helpdeskProposesASurvivorMandateASecondAgentApprovesTheHeirUsesItAndEndingItStopsIt() {
    register.ensureParty("BSN", JACOB, "Jacob Jonker");
    register.recordDeath(JACOB, LocalDate.now().minusMonths(1));
    String reference = "IT-PORTAL-" + UUID.randomUUID();
    String survivorId = null;
    try {
      PortalBrowser portal = henkAtTheHelpdesk(driver.driver());

      // A form with errors: no role chosen, the holder's BSN fails the 11-proef. The form again, nothing stored.
      portal.submitSurvivorForm(JACOB, BAD_BSN, null, "verklaring-van-erfrecht", reference, List.of(NALATENSCHAP));
      String errors = portal.errors();
      assertTrue(errors.contains("Maak een keuze."), "no role: " + errors);
      assertTrue(errors.contains("Dit is geen geldig BSN"), "bad BSN: " + errors);
      assertTrue(driver.driver().getTitle().startsWith("Er is een probleem"), driver.driver().getTitle());
      assertEquals("", portal.survivorId(), "nothing registered: " + portal.text());
      WebElement holder = driver.findElement(By.id("namens-survivor-holder"));
      assertEquals("true", holder.getAttribute("aria-invalid"));
      assertEquals(BAD_BSN, holder.getAttribute("value"), "the input is kept");
      assertEquals(JACOB, driver.findElement(By.id("namens-survivor-deceased")).getAttribute("value"));
      assertNull(driver.findElement(By.id("namens-survivor-deceased")).getAttribute("aria-invalid"));
      List<String> links =
          driver.driver().findElements(By.cssSelector(".error-summary a")).stream()
              .map(a -> a.getAttribute("href"))
              .map(href -> href.substring(href.indexOf('#')))
              .toList();
      assertEquals(
          List.of("#namens-survivor-holder", "#namens-survivor-role-executor"),
          links,
          "the summary links to each invalid field");

      // Registered for Noor, heir of Jacob Jonker (no 409: the form with errors stored nothing for this estate).
      portal.submitSurvivorForm(JACOB, NOOR, "heir", "verklaring-van-erfrecht", reference, List.of(NALATENSCHAP));
      assertEquals("", portal.errors(), portal.text());
      survivorId = portal.survivorId();
      assertTrue(survivorId.matches(UUID_FORMAT), "the id on the confirmation: " + portal.text());
      assertFalse(driver.driver().findElements(By.id("namens-survivor-registered")).isEmpty(), portal.text());
      assertEquals("Jacob Jonker", portal.survivorFact("deceased").getText());
      assertEquals("Noor Nagel", portal.survivorFact("holder").getText());
      assertEquals("Erfgenaam", portal.survivorFact("role").getText());
      assertEquals("Nalatenschap afwikkelen", portal.survivorFact("services").getText());
      assertEquals("Verklaring van erfrecht: " + reference, portal.survivorFact("evidence").getText());
      assertEquals("proposed", portal.survivorFact("status").getAttribute("data-status"));
      assertFalse(portal.text().contains(JACOB), "the parties by name only: " + portal.text());
      JsonNode stored = register.survivorMandate(survivorId);
      assertEquals("proposed", stored.path("status").asText(), stored.toString());
      assertEquals(NOOR, stored.path("holder").path("id").asText(), stored.toString());
      assertEquals(JACOB, stored.path("deceased").path("id").asText(), stored.toString());
      assertEquals("heir", stored.path("role").asText(), stored.toString());
      assertEquals(reference, stored.path("evidence").path("reference").asText(), stored.toString());
      assertTrue(agentIds(HENK).contains(stored.path("agentId").asText()), "the agent is Henk: " + stored);

      // A second holder for the same estate and service: refused (409), the form again with the message.
      portal.submitSurvivorForm(
          JACOB, SANNE, "heir", "verklaring-van-erfrecht", "IT-PORTAL-" + UUID.randomUUID(), List.of(NALATENSCHAP));
      errors = portal.errors();
      assertTrue(
          errors.contains("Voor deze nalatenschap is er al een actieve nabestaandenmachtiging"), "409: " + errors);
      assertEquals("", portal.survivorId(), "nothing registered: " + portal.text());
      JsonNode unchanged = register.survivorMandate(survivorId);
      assertEquals(NOOR, unchanged.path("holder").path("id").asText(), "Noor still holds it: " + unchanged);
      assertEquals("proposed", unchanged.path("status").asText(), unchanged.toString());

      // Not offered yet: Noor at the estate service sees only Gijs Nagel.
      nextPerson();
      openLogin(nalatenschap, NALATENSCHAP, "nl");
      browser.loginWithDigid("noor");
      assertEquals(List.of("Gijs Nagel"), browser.principalNames(), "a proposal is not offered");

      // Henk alone cannot make it effective: his own approval is refused, nothing changes.
      nextPerson();
      portal = henkAtTheHelpdesk(driver.driver());
      portal.approveProposal(survivorId);
      assertTrue(portal.errors().contains("U heeft dit voorstel zelf gedaan"), portal.text());
      assertEquals("proposed", register.survivorMandate(survivorId).path("status").asText());

      // Hanna, a second agent, approves it: active.
      nextPerson();
      portal = agentAtTheHelpdesk(driver.driver(), "hanna");
      portal.approveProposal(survivorId);
      assertEquals("", portal.errors(), portal.text());
      assertFalse(driver.driver().findElements(By.id("namens-survivor-approved")).isEmpty(), portal.text());
      assertEquals("active", portal.survivorFact("status").getAttribute("data-status"));
      JsonNode approved = register.survivorMandate(survivorId);
      assertEquals("active", approved.path("status").asText(), approved.toString());
      assertTrue(
          agentIds(HANNA).contains(approved.path("approvedBy").asText()), "approved by Hanna: " + approved);

      // Nothing stored for Sanne: at the estate service she is offered her son only.
      nextPerson();
      openLogin(nalatenschap, NALATENSCHAP, "nl");
      browser.loginWithDigid("sanne");
      assertTrue(browser.onActingForPage(), browser.pageText());
      assertEquals(List.of("Tim Smit"), browser.principalNames());

      // Noor acts for the estate of Jacob Jonker.
      nextPerson();
      openLogin(nalatenschap, NALATENSCHAP, "nl");
      browser.loginWithDigid("noor");
      assertTrue(browser.onActingForPage(), browser.pageText());
      assertEquals(List.of("Gijs Nagel", "Jacob Jonker"), browser.principalNames());
      assertEquals("survivor", browser.kindLabelOf("Jacob Jonker").getAttribute("data-kind"));
      browser.actFor("Jacob Jonker");
      AccessTokenResponse tokens = tokensAfterLogin(nalatenschap);
      for (String jwt : List.of(tokens.getIdToken(), tokens.getAccessToken())) {
        Map<String, Object> represents = represents(nalatenschap, jwt);
        assertNotNull(represents, "represents in " + jwt);
        assertRepresentsBsn(represents, JACOB, jwt.equals(tokens.getIdToken()));
        Map<String, Object> representation = representation(nalatenschap, jwt);
        assertEquals("survivor", representation.get("kind"), representation.toString());
        assertEquals(survivorId, representation.get("mandate_id"), representation.toString());
        assertEquals(NALATENSCHAP, representation.get("service"), representation.toString());
        Map<String, Object> basis = legalBasis(nalatenschap, jwt);
        assertNotNull(basis, "legal_basis in " + representation);
        assertEquals("BW 4:182", basis.get("law"), "an heir: " + basis);
        assertEquals("verklaring-van-erfrecht", basis.get("evidence"), basis.toString());
        assertEquals("helpdesk", basis.get("source"), basis.toString());
        String claims = nalatenschap.parseToken(jwt, IDToken.class).getOtherClaims().toString();
        assertFalse(claims.contains(reference), "the evidence reference stays in the register: " + claims);
      }

      // Henk ends it in the portal; Noor's session lives on elsewhere (her refresh still works until then).
      forgetCookies();
      portal = henkAtTheHelpdesk(driver.driver());
      AccessTokenResponse stillValid = nalatenschap.doRefreshTokenRequest(tokens.getRefreshToken());
      assertEquals(200, stillValid.getStatusCode(), "Noor's refresh while the mandate is active");
      assertEquals(JACOB, represents(nalatenschap, stillValid.getIdToken()).get("sub"));
      portal.endSurvivorMandate(survivorId, "settled");
      assertEquals("", portal.errors(), portal.text());
      assertFalse(driver.driver().findElements(By.id("namens-survivor-ended")).isEmpty(), portal.text());
      assertEquals(survivorId, portal.survivorId());
      assertEquals("ended", portal.survivorFact("status").getAttribute("data-status"));
      assertEquals("settled", portal.survivorFact("end-reason").getAttribute("data-reason"));
      JsonNode ended = register.survivorMandate(survivorId);
      assertEquals("ended", ended.path("status").asText(), ended.toString());
      assertEquals("settled", ended.path("endReason").asText(), ended.toString());
      survivorId = null;

      AccessTokenResponse refreshed = nalatenschap.doRefreshTokenRequest(stillValid.getRefreshToken());
      assertEquals(400, refreshed.getStatusCode(), "Noor's refresh after the estate was settled");
      assertEquals("invalid_grant", refreshed.getError());
      assertNull(refreshed.getAccessToken());

      // Noor's next login: only Gijs Nagel.
      nextPerson();
      openLogin(nalatenschap, NALATENSCHAP, "nl");
      browser.loginWithDigid("noor");
      assertTrue(browser.onActingForPage(), browser.pageText());
      assertEquals(List.of("Gijs Nagel"), browser.principalNames());
    } finally {
      if (survivorId != null) {
        register.endSurvivorMandate(survivorId, "revoked");
      }
    }
  }

  @Test
  void survivorPagesHaveNoAccessibilityViolations() {
    Axe.requireChromium();
    register.ensureParty("BSN", KLAAS, "Klaas Kuiper");
    register.recordDeath(KLAAS, LocalDate.now().minusMonths(1));
    List<String> violations = new ArrayList<>();
    WebDriver chromium = Axe.chromium();
    String survivorId = null;
    try {
      PortalBrowser portal = henkAtTheHelpdesk(chromium);

      portal.submit(By.id("namens-survivor-register-link"));
      assertFalse(chromium.findElements(By.id("namens-survivor-form")).isEmpty(), portal.text());
      violations.addAll(Axe.violations(chromium)); // the empty form

      portal.submitSurvivorForm(KLAAS, "12345", null, null, "", List.of());
      assertTrue(portal.errors().contains("Maak een keuze."), portal.errors());
      assertTrue(portal.errors().contains("Dit is geen geldig BSN"), portal.errors());
      assertTrue(portal.errors().contains("Kies ten minste één dienst."), portal.errors());
      violations.addAll(Axe.violations(chromium)); // the form with errors

      String reference = "IT-PORTAL-A11Y-" + UUID.randomUUID();
      portal.submitSurvivorForm(KLAAS, PIET, "executor", "executele", reference, List.of(NALATENSCHAP));
      survivorId = portal.survivorId();
      assertTrue(survivorId.matches(UUID_FORMAT), "registered: " + portal.text());
      violations.addAll(Axe.violations(chromium)); // the confirmation

      portal.submitSurvivorForm(KLAAS, LOTTE, "executor", "executele", reference + "-2", List.of(NALATENSCHAP));
      assertTrue(portal.errors().contains("al een actieve nabestaandenmachtiging"), portal.errors());
      violations.addAll(Axe.violations(chromium)); // the conflict

      assertTrue(portal.proposals().contains(survivorId), portal.text());
      violations.addAll(Axe.violations(chromium)); // the proposals
      portal.approveProposal(survivorId);
      assertTrue(portal.errors().contains("U heeft dit voorstel zelf gedaan"), portal.text());
      violations.addAll(Axe.violations(chromium)); // the own-approval refusal
      portal.declineProposal(survivorId);
      assertEquals("ended", register.survivorMandate(survivorId).path("status").asText());
      violations.addAll(Axe.violations(chromium)); // the decline
      // an active one to end, registered on the administrators' channel
      survivorId =
          register.registerSurvivorMandate(KLAAS, PIET, "executor", "executele", reference + "-3", List.of(NALATENSCHAP));

      portal.open("/helpdesk/survivor-mandates/end");
      assertFalse(chromium.findElements(By.id("namens-survivor-end-form")).isEmpty(), portal.text());
      violations.addAll(Axe.violations(chromium)); // the end form

      portal.endSurvivorMandate(survivorId, "revoked");
      assertFalse(chromium.findElements(By.id("namens-survivor-ended")).isEmpty(), portal.text());
      survivorId = null;
      violations.addAll(Axe.violations(chromium)); // the end confirmation
    } finally {
      chromium.quit();
      if (survivorId != null) {
        register.endSurvivorMandate(survivorId, "revoked");
      }
    }
    assertEquals(List.of(), violations, String.join("\n", violations));
  }
}
