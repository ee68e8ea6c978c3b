package nl.namens.tests;

import static nl.namens.tests.support.DemoServices.AFVALPAS;
import static nl.namens.tests.support.DemoServices.BEA;
import static nl.namens.tests.support.DemoServices.PIET;
import static nl.namens.tests.support.DemoServices.ZORGDOSSIER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.namens.tests.portal.PortalBrowser;
import nl.namens.tests.portal.PortalBrowser.HelpdeskApproval;
import nl.namens.tests.portal.PortalBrowser.HelpdeskProposal;
import nl.namens.tests.portal.PortalBrowser.HistoryRow;
import nl.namens.tests.portal.PortalBrowser.Letter;
import nl.namens.tests.support.BrokerTestBase;
import nl.namens.tests.support.NamensServerConfig;
import nl.namens.tests.support.RegisterAdmin;
import org.junit.jupiter.api.Test;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.representations.idm.UserRepresentation;
import org.openqa.selenium.By;

/**
 * "Mijn machtigingen" end to end, the other two ways a mandate comes about: the representative asks and the
 * principal approves with the code from her letter; a helpdesk agent proposes for a caller, a second agent approves
 * (the proposer's own approval is refused and changes nothing), the code goes to the principal by letter only (never
 * on an agent's page), both agents and the identity check are audited, and the principal undoes it from the letter.
 */
@KeycloakIntegrationTest(config = NamensServerConfig.class)
class PortalRequestAndHelpdeskIT extends BrokerTestBase {

  /** Henk Helpdesk, agent (realm role namens-helpdesk), logs in with DigiD. */
  private static final String HENK = "999990147";
  /** Hanna Helpdesk, the second agent. */
  private static final String HANNA = "999990366";

  private final RegisterAdmin register = new RegisterAdmin();

  /** A code standing alone on a page (not three groups inside an id such as a UUID). */
  private static final Pattern LONE_CODE =
      Pattern.compile("(?<![0-9A-Za-z-])[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}(?![0-9A-Za-z-])");

  private PortalBrowser portal() {
    return new PortalBrowser(driver.driver());
  }

  /** Another person at the same computer: every session ended, every cookie gone. */
  private void nextPerson() {
    broker.admin().logoutAll();
    digidSimulator.admin().logoutAll();
    driver.driver().manage().deleteAllCookies();
  }

  /** The newest letter in the logged-in party's post about the mandate. */
  private static Letter newestLetterAbout(PortalBrowser portal, String mandateId) {
    List<Letter> post = portal.post();
    return post.stream()
        .filter(l -> mandateId.equals(l.mandateId()))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no letter about " + mandateId + " in " + post));
  }

  private static List<String> actions(List<HistoryRow> history) {
    return history.stream().map(HistoryRow::action).toList();
  }

  @Test
  void requestedMandateIsApprovedWithTheCodeFromTheLetter() {
    PortalBrowser portal = portal();
    portal.openAs("lotte", "");
    String mandateId = portal.requestMandate(BEA, List.of(ZORGDOSSIER));
    assertEquals("requested", portal.status(mandateId));
    // it awaits Bea, not Lotte: no code form on Lotte's page
    assertTrue(driver.driver().findElements(By.id("code")).isEmpty(), "no code form for the representative");

    nextPerson();
    portal.openAs("bea", "");
    Letter letter = newestLetterAbout(portal, mandateId);
    assertEquals("approval-code", letter.kind(), letter.toString());
    Matcher code = LONE_CODE.matcher(letter.body());
    assertTrue(code.find(), "no approval code in the letter: " + letter.body());
    portal.enterCode(mandateId, code.group());
    assertEquals("", portal.errors(), portal.text());
    assertFalse(portal.notice().isEmpty(), portal.text());
    assertEquals("active", portal.status(mandateId));

    nextPerson();
    portal.openAs("lotte", "");
    assertEquals("active", portal.status(mandateId));
    assertEquals("mandate-approved", newestLetterAbout(portal, mandateId).kind());
    List<HistoryRow> history = portal.history(mandateId);
    assertEquals(List.of("request", "approve"), actions(history), history.toString());
    for (HistoryRow row : history) {
      assertEquals("online", row.channel(), row.toString());
      assertFalse(row.shownAction().isEmpty(), row.toString());
    }

    // Lotte no longer needs it: the register is shared by all tests, leave no open mandate behind.
    portal.revoke(mandateId);
    assertEquals("revoked", portal.status(mandateId));
  }

  @Test
  void helpdeskProposalTakesASecondAgentTheCodeGoesByLetterOnlyAndThePrincipalCanUndoIt() {
    String identityCheck = "paspoort NX4711";
    PortalBrowser portal = portal();
    portal.openAs("henk", "/helpdesk");
    HelpdeskProposal proposal = portal.helpdeskRegister(BEA, identityCheck, PIET, List.of(AFVALPAS));
    String mandateId = proposal.mandateId();
    assertEquals("proposed", proposal.status());
    assertNoCode(portal.text(), "Henk's proposal page");
    assertTrue(driver.driver().findElements(By.id("activation-code")).isEmpty(), "no code on the proposal");
    assertEquals("proposed", register.mandate(mandateId).path("status").asText());

    // Henk alone cannot make it effective: his own approval is refused with a readable page; nothing changes.
    assertTrue(portal.proposals().contains(mandateId), "the proposal is on the list");
    portal.approveProposal(mandateId);
    assertTrue(portal.errors().contains("You made this proposal yourself"), portal.text());
    assertEquals("proposed", register.mandate(mandateId).path("status").asText());
    assertNoCode(portal.text(), "Henk's refusal");

    // Hanna, a second agent, approves: the letters go out; she sees which, never their text.
    nextPerson();
    portal.openAs("hanna", "/helpdesk");
    portal.approveProposal(mandateId);
    assertEquals("", portal.errors(), portal.text());
    HelpdeskApproval approval = portal.approval();
    String hannasPage = portal.text();
    assertEquals(mandateId, approval.mandateId());
    assertEquals("pending", approval.status());
    assertFalse(approval.undoNotice().isEmpty(), "no undo notice: " + hannasPage);
    assertTrue(
        approval.letters().stream()
            .anyMatch(l -> "helpdesk-registration".equals(l.kind()) && mandateId.equals(l.mandateId())),
        "the principal's letter is not among the letters sent: " + approval.letters());
    assertNoCode(hannasPage, "Hanna's approval page");
    assertFalse(portal.proposals().contains(mandateId), "no longer a proposal");

    nextPerson();
    portal.openAs("bea", "");
    Letter letter = newestLetterAbout(portal, mandateId);
    assertEquals("helpdesk-registration", letter.kind(), letter.toString());
    assertTrue(letter.body().contains("Ongedaan maken"), "no undo instructions: " + letter.body());
    Matcher code = LONE_CODE.matcher(letter.body());
    assertTrue(code.find(), "the code is in the principal's letter: " + letter.body());
    assertFalse(hannasPage.contains(code.group()), "the code never reached an agent");
    assertTrue(letter.body().contains(mandateId), letter.body());
    assertEquals("pending", portal.status(mandateId));

    List<HistoryRow> history = portal.history(mandateId);
    assertEquals(List.of("propose", "approve-proposal"), actions(history), history.toString());
    HistoryRow proposed = history.get(0);
    assertEquals("helpdesk", proposed.channel(), proposed.toString());
    assertEquals("helpdesk", proposed.shownChannel().toLowerCase(), proposed.toString());
    // the citizen reads that an agent acted (the proposer with the identity check), never the agents' broker accounts
    assertTrue(proposed.agent().contains(identityCheck), proposed.toString());
    assertFalse(history.get(1).agent().isBlank(), "the approval names an agent: " + history);
    for (String agent : List.of(HENK, HANNA)) {
      for (String account : accountsOf(agent)) {
        for (HistoryRow row : history) {
          assertFalse(row.agent().contains(account), "an agent's account on the citizen's page: " + row);
        }
        assertFalse(letter.body().contains(account), "an agent's account in the letter: " + letter.body());
      }
    }
    assertTrue(letter.body().contains("Een tweede medewerker heeft die gecontroleerd."), letter.body());

    portal.undo(mandateId);
    assertEquals("", portal.errors(), portal.text());
    assertFalse(portal.notice().isEmpty(), portal.text());
    assertEquals("revoked", portal.status(mandateId));
    history = portal.history(mandateId);
    assertEquals(List.of("propose", "approve-proposal", "undo"), actions(history), history.toString());
    assertEquals("online", history.get(2).channel(), history.toString());
  }

  /** The broker account of the agent with this BSN: its username and its id. */
  private List<String> accountsOf(String bsn) {
    List<UserRepresentation> users = broker.admin().users().searchByAttributes("namens.bsn:" + bsn);
    assertEquals(1, users.size(), "the agent's broker user");
    return List.of(users.get(0).getUsername(), users.get(0).getId());
  }

  private static void assertNoCode(String page, String where) {
    assertFalse(LONE_CODE.matcher(page).find(), "no code-like text on " + where + ": " + page);
  }
}
