package nl.namens.tests;

import static nl.namens.tests.support.DemoServices.BEA;
import static nl.namens.tests.support.DemoServices.BELASTINGAANGIFTE;
import static nl.namens.tests.support.DemoServices.CARLA;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import nl.namens.tests.support.BrokerTestBase;
import nl.namens.tests.support.NamensServerConfig;
import nl.namens.tests.support.RegisterAdmin;
import nl.namens.tests.support.RegisterStack;
import nl.namens.tests.support.ServiceClients;
import org.junit.jupiter.api.Test;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.oauth.OAuthClient;
import org.keycloak.testframework.oauth.annotations.InjectOAuthClient;
import org.keycloak.testsuite.util.oauth.AccessTokenResponse;

/**
 * A mandate's last day passes: the register's scheduled job tells the broker, and the live session acting under
 * it ends by itself (not only at the next refresh).
 */
@KeycloakIntegrationTest(config = NamensServerConfig.class)
class ExpiryEndsSessionsIT extends BrokerTestBase {

  @InjectOAuthClient(ref = "belasting", realmRef = "namens", config = ServiceClients.Belastingaangifte.class)
  OAuthClient belasting;

  private final RegisterAdmin register = new RegisterAdmin();

  @Test
  void aMandatesLastDayPassingEndsTheSessionActingUnderIt() throws Exception {
    LocalDate today = RegisterStack.today();
    String mandate =
        register.createMandate("BSN", BEA, "BSN", CARLA, List.of(BELASTINGAANGIFTE), today.minusDays(3), today);
    try {
      openLogin(belasting, BELASTINGAANGIFTE);
      browser.loginWithDigid("carla");
      browser.actFor("Bea de Vries");
      AccessTokenResponse tokens = tokensAfterLogin(belasting);
      assertEquals(BEA, represents(belasting, tokens.getIdToken()).get("sub"));
      String carla = broker.admin().users().searchByAttributes("namens.bsn:" + CARLA).get(0).getId();
      assertEquals(1, broker.admin().users().get(carla).getUserSessions().size());

      register.setToday(today.plusDays(1)); // the mandate's last day has passed

      awaitNoSessions(carla, "the session under it ended");
      assertEquals(400, belasting.doRefreshTokenRequest(tokens.getRefreshToken()).getStatusCode());
    } finally {
      register.resetClock();
      register.revoke(mandate);
    }
  }
}
