package nl.namens.tests;

import static nl.namens.tests.support.DemoServices.BEA;
import static nl.namens.tests.support.DemoServices.BELASTINGAANGIFTE;
import static nl.namens.tests.support.DemoServices.LOTTE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.namens.tests.support.BrokerTestBase;
import nl.namens.tests.support.NamensServerConfig;
import nl.namens.tests.support.RegisterAdmin;
import nl.namens.tests.support.ServiceClients;
import nl.namens.tests.support.TestBsns;
import org.junit.jupiter.api.Test;
import org.keycloak.representations.idm.AdminEventRepresentation;
import org.keycloak.representations.idm.EventRepresentation;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.oauth.OAuthClient;
import org.keycloak.testframework.oauth.annotations.InjectOAuthClient;
import org.keycloak.util.JsonSerialization;
import org.openqa.selenium.WebElement;

/**
 * The acting-for step in the admin console's events (issue 12): the broker realm stores login and admin events
 * (realm-config: {@code eventsEnabled}, 30 days, {@code adminEventsEnabled} without representations). The acting-for
 * step runs in the broker's post-login flow: a represented login is an {@code IDENTITY_PROVIDER_POST_LOGIN} event
 * that says it was for a mandate, which kind and which mandate (beside Keycloak's {@code LOGIN}); a forged choice an
 * {@code IDENTITY_PROVIDER_POST_LOGIN_ERROR} with the refusal; a revocation the register reports an admin event on the
 * sessions it ended.
 * What an administrator reads there is pseudonymous: no BSN in any stored event of this run (the whole suite's
 * logins so far, as the events API returns them to the admin console).
 */
@KeycloakIntegrationTest(config = NamensServerConfig.class)
class EventsIT extends BrokerTestBase {

  @InjectOAuthClient(ref = "belasting", realmRef = "namens", config = ServiceClients.Belastingaangifte.class)
  OAuthClient belasting;

  private final RegisterAdmin register = new RegisterAdmin();

  @Test
  void aRepresentedLoginAForgedChoiceAndARevocationAreEventsWithoutABsn() throws Exception {
    String mandate =
        register.createMandate(
            "BSN", BEA, "BSN", LOTTE, List.of(BELASTINGAANGIFTE), LocalDate.now().minusDays(1), LocalDate.now().plusMonths(6));

    // a forged choice first (refused, the page again), then the real one
    openLogin(belasting, BELASTINGAANGIFTE);
    browser.loginWithDigid("lotte");
    WebElement self = browser.selfOption();
    browser.forgeOption(self, "0b7e8f0e-1d43-4c4c-9a3c-5e2a1b0c9d8e");
    browser.submitChoice();
    assertTrue(browser.onActingForPage(), browser.pageText());
    browser.actFor("Bea de Vries");
    tokensAfterLogin(belasting);
    register.revoke(mandate); // the register tells the broker, which ends Lotte's session

    List<EventRepresentation> events = broker.admin().getEvents(null, null, null, null, null, null, 0, 1000);
    String clientId = "it-belastingaangifte";

    EventRepresentation login =
        events.stream()
            .filter(e -> "IDENTITY_PROVIDER_POST_LOGIN".equals(e.getType()) && clientId.equals(e.getClientId()))
            .filter(e -> e.getDetails() != null && mandate.equals(e.getDetails().get("namens_mandate_id")))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no post-login event for the mandate among " + dump(events)));
    Map<String, String> details = login.getDetails();
    assertEquals("mandate", details.get("namens_acting_for"), details.toString());
    assertEquals("voluntary", details.get("namens_kind"), details.toString());
    assertEquals("digid", details.get("identity_provider"), details.toString());

    EventRepresentation refused =
        events.stream()
            .filter(e -> "IDENTITY_PROVIDER_POST_LOGIN_ERROR".equals(e.getType()) && clientId.equals(e.getClientId()))
            .filter(e -> "namens_choice_not_offered".equals(e.getError()))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no post-login error for the forged choice among " + dump(events)));
    assertNotNull(refused.getDetails().get("namens_refusal"), refused.getDetails().toString());

    List<AdminEventRepresentation> adminEvents =
        broker.admin().getAdminEvents(List.of("ACTION"), null, null, null, null, null, null, null, 0, 1000);
    assertTrue(
        adminEvents.stream()
            .anyMatch(
                e -> "USER_SESSION".equals(e.getResourceType())
                    && e.getResourcePath() != null
                    && e.getResourcePath().contains(mandate)),
        "the revocation's ended sessions are an admin event: " + adminEvents.size() + " ACTION event(s)");
    assertTrue(
        adminEvents.stream().allMatch(e -> e.getRepresentation() == null),
        "admin events keep no representations (a user's would hold the BSN attribute)");

    int hits = 0;
    for (EventRepresentation event : events) {
      hits += TestBsns.countIn(JsonSerialization.writeValueAsString(event));
    }
    for (AdminEventRepresentation event : broker.admin().getAdminEvents(null, null, null, null, null, null, null, null, 0, 5000)) {
      hits += TestBsns.countIn(JsonSerialization.writeValueAsString(event));
    }
    assertFalse(events.size() < 3, "not vacuous: " + types(events));
    assertEquals(0, hits, "BSNs in the stored events (types " + types(events) + ")");
  }

  private static String dump(List<EventRepresentation> events) {
    StringBuilder out = new StringBuilder();
    for (EventRepresentation e : events) {
      out.append(e.getType()).append(' ').append(e.getClientId()).append(' ').append(e.getError()).append(' ')
          .append(e.getDetails()).append('\n');
    }
    return out.toString();
  }

  private static List<String> types(List<EventRepresentation> events) {
    return events.stream().map(EventRepresentation::getType).distinct().toList();
  }
}
