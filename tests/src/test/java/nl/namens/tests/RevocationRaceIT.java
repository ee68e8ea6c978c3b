package nl.namens.tests;

import static nl.namens.tests.support.DemoServices.BEA;
import static nl.namens.tests.support.DemoServices.BELASTINGAANGIFTE;
import static nl.namens.tests.support.DemoServices.LOTTE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import nl.namens.tests.support.BrokerTestBase;
import nl.namens.tests.support.NamensServerConfig;
import nl.namens.tests.support.RegisterAdmin;
import nl.namens.tests.support.ServiceClients;
import org.junit.jupiter.api.Test;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.oauth.OAuthClient;
import org.keycloak.testframework.oauth.annotations.InjectOAuthClient;
import org.keycloak.testsuite.util.oauth.AccessTokenResponse;

/**
 * Refreshes racing a revocation: once the register has answered the revocation, no refresh that starts
 * afterwards yields a token. 5 rounds of 200 refreshes = 1 000 racing refresh attempts, each round with its
 * own mandate and login. Refresh tokens are one-time (rotation): each attempt uses the newest refresh token
 * issued so far, so attempts that lose a race for the same token are refused as reuse, and the refreshes before
 * the revocation that win keep the chain going (asserted: some tokens were issued before it).
 */
@KeycloakIntegrationTest(config = NamensServerConfig.class)
class RevocationRaceIT extends BrokerTestBase {

  private static final int ROUNDS = 5;
  private static final int REFRESHES_PER_ROUND = 200;
  private static final int REVOKE_AFTER = 60;

  @InjectOAuthClient(ref = "belasting", realmRef = "namens", config = ServiceClients.Belastingaangifte.class)
  OAuthClient belasting;

  private final RegisterAdmin register = new RegisterAdmin();

  record Attempt(long startedAt, boolean issued) {}

  @Test
  void noTokenIsIssuedByARefreshThatStartsAfterTheRevocation() throws Exception {
    int issuedAfterRevocation = 0;
    int refusedAfterRevocation = 0;
    int issuedBeforeRevocation = 0;
    for (int round = 0; round < ROUNDS; round++) {
      String mandate =
          register.createMandate(
              "BSN", BEA, "BSN", LOTTE, List.of(BELASTINGAANGIFTE), LocalDate.now().minusDays(1), LocalDate.now().plusMonths(6));
      openLogin(belasting, BELASTINGAANGIFTE);
      browser.loginWithDigid("lotte");
      browser.actFor("Bea de Vries");
      AtomicReference<String> newest = new AtomicReference<>(tokensAfterLogin(belasting).getRefreshToken());

      AtomicLong revokedAt = new AtomicLong(Long.MAX_VALUE);
      List<Attempt> attempts = new ArrayList<>();
      ExecutorService pool = Executors.newFixedThreadPool(4);
      try {
        List<Future<Attempt>> futures = new ArrayList<>();
        for (int i = 0; i < REFRESHES_PER_ROUND; i++) {
          if (i == REVOKE_AFTER) {
            pool.submit(
                () -> {
                  register.revoke(mandate);
                  revokedAt.set(System.nanoTime());
                });
          }
          futures.add(
              pool.submit(
                  () -> {
                    long started = System.nanoTime();
                    String refreshToken = newest.get();
                    AccessTokenResponse response = belasting.doRefreshTokenRequest(refreshToken);
                    boolean issued = response.getStatusCode() == 200 && response.getAccessToken() != null;
                    if (issued) {
                      newest.compareAndSet(refreshToken, response.getRefreshToken());
                    }
                    return new Attempt(started, issued);
                  }));
        }
        for (Future<Attempt> future : futures) {
          attempts.add(future.get());
        }
      } finally {
        pool.shutdown();
      }
      driver.driver().manage().deleteAllCookies();
      broker.admin().logoutAll();
      digidSimulator.admin().logoutAll();

      assertTrue(revokedAt.get() != Long.MAX_VALUE, "the revocation happened in round " + round);
      for (Attempt attempt : attempts) {
        if (attempt.startedAt() <= revokedAt.get() && attempt.issued()) {
          issuedBeforeRevocation++;
        }
        if (attempt.startedAt() > revokedAt.get()) {
          if (attempt.issued()) {
            issuedAfterRevocation++;
          } else {
            refusedAfterRevocation++;
          }
        }
      }
    }
    assertEquals(0, issuedAfterRevocation, "tokens issued by refreshes started after the revocation");
    assertTrue(refusedAfterRevocation > 0, "some refreshes did start after the revocation");
    assertTrue(issuedBeforeRevocation > 0, "refreshes before the revocation issued tokens: the chain was live");
  }
}
