package nl.namens.demosp;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class PagesTest {

  private final Messages dutch = Messages.forLanguage("nl");
  private final DemoService service = DemoService.byClientId("demo-belastingaangifte").orElseThrow();

  @Test
  void aLoginTheBrokerEndedExplainsItselfAndShowsNothingOfTheOldClaims() {
    Session.Login login = new Session.Login();
    login.idTokenClaims = Map.of("sub", "abc", "represents", Map.of("sub", "999990020"));
    login.refreshToken = "r";
    login.end(dutch.get("refresh.ended"));

    String page = Pages.service(dutch, service, login, "csrf", "?lang=en");

    assertTrue(page.contains("Uw inlog bij deze dienst is afgelopen"), page);
    assertTrue(page.contains("ingetrokken of beëindigd"), page);
    assertFalse(page.contains("999990020"), "the old claims are gone: " + page);
    assertTrue(page.contains("action=\"/demo-belastingaangifte/login\""), "log in again: " + page);
    assertFalse(page.contains("/refresh\""), "nothing left to refresh: " + page);
  }
}
