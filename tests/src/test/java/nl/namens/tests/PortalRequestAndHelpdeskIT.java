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
import nl.namens.tests.portal.PortalBrowser.HelpdeskRegistration;
import nl.namens.tests.portal.PortalBrowser.HistoryRow;
import nl.namens.tests.portal.PortalBrowser.Letter;
import nl.namens.tests.support.BrokerTestBase;
import nl.namens.tests.support.NamensServerConfig;
import org.junit.jupiter.api.Test;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.representations.idm.UserRepresentation;
import org.openqa.selenium.By;

/**
 * "Mijn machtigingen" end to end, the other two ways a mandate comes about: the representative asks and the
 * principal approves with the code from her letter; a helpdesk agent registers for a caller, which is audited
 * with the agent and the identity check, and the principal undoes it from the letter's instructions.
 */
@KeycloakIntegrationTest(config = NamensServerConfig.class)
class PortalRequestAndHelpdeskIT extends BrokerTestBase {

  /** Henk Helpdesk, agent (realm role namens-helpdesk), logs in with DigiD. */
  private static final String HENK = "999990147";

  private static final Pattern CODE = Pattern.compile("[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}");

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

  private UserRepresentation henksBrokerUser() {
    List<UserRepresentation> users = broker.admin().users().searchByAttributes("namens.bsn:" + HENK);
    assertEquals(1, users.size(), "Henk's broker user");
    return users.get(0);
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
    Matcher code = CODE.matcher(letter.body());
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
  void helpdeskRegistrationIsAuditedAndThePrincipalCanUndoIt() {
    String identityCheck = "paspoort NX4711";
    PortalBrowser portal = portal();
    portal.openAs("henk", "/helpdesk");
    HelpdeskRegistration registration = portal.helpdeskRegister(BEA, identityCheck, PIET, List.of(AFVALPAS));
    String mandateId = registration.mandateId();
    assertTrue(CODE.matcher(registration.code()).matches(), registration.code());
    assertFalse(registration.undoNotice().isEmpty(), "no undo notice: " + portal.text());
    assertTrue(
        registration.letters().stream()
            .anyMatch(l -> "helpdesk-registration".equals(l.kind()) && mandateId.equals(l.mandateId())),
        "the principal's letter is not among the letters sent: " + registration.letters());

    nextPerson();
    portal.openAs("bea", "");
    Letter letter = newestLetterAbout(portal, mandateId);
    assertEquals("helpdesk-registration", letter.kind(), letter.toString());
    assertTrue(letter.body().contains("Ongedaan maken"), "no undo instructions: " + letter.body());
    assertTrue(letter.body().contains(registration.code()), letter.body());
    assertTrue(letter.body().contains(mandateId), letter.body());
    assertEquals("pending", portal.status(mandateId));

    List<HistoryRow> history = portal.history(mandateId);
    assertEquals(List.of("register"), actions(history), history.toString());
    HistoryRow registered = history.get(0);
    assertEquals("helpdesk", registered.channel(), registered.toString());
    assertEquals("helpdesk", registered.shownChannel().toLowerCase(), registered.toString());
    // the agent is Henk's broker account (preferred_username, else the subject), with the identity check
    UserRepresentation henk = henksBrokerUser();
    String agent = registered.agent().substring(0, Math.max(0, registered.agent().indexOf(" (")));
    assertTrue(List.of(henk.getUsername(), henk.getId()).contains(agent), registered + " is not Henk");
    assertEquals(agent + " (" + identityCheck + ")", registered.agent(), registered.toString());
    assertTrue(letter.body().contains("medewerker " + agent + ")"), "agent " + agent + " not in " + letter.body());

    portal.undo(mandateId);
    assertEquals("", portal.errors(), portal.text());
    assertFalse(portal.notice().isEmpty(), portal.text());
    assertEquals("revoked", portal.status(mandateId));
    history = portal.history(mandateId);
    assertEquals(List.of("register", "undo"), actions(history), history.toString());
    assertEquals("online", history.get(1).channel(), history.toString());
  }
}
