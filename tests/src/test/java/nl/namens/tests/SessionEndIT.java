package nl.namens.tests;

import static nl.namens.tests.support.DemoServices.BEA;
import static nl.namens.tests.support.DemoServices.BELASTINGAANGIFTE;
import static nl.namens.tests.support.DemoServices.LOTTE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import nl.namens.tests.support.BrokerTestBase;
import nl.namens.tests.support.NamensServerConfig;
import nl.namens.tests.support.RealmJson;
import nl.namens.tests.support.RegisterAdmin;
import nl.namens.tests.support.ServiceClients;
import org.junit.jupiter.api.Test;
import org.keycloak.representations.idm.UserRepresentation;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.oauth.OAuthClient;
import org.keycloak.testframework.oauth.annotations.InjectOAuthClient;
import org.keycloak.testsuite.util.oauth.AccessTokenResponse;

/** A revoked mandate ends the live sessions of the representative acting under it. */
@KeycloakIntegrationTest(config = NamensServerConfig.class)
class SessionEndIT extends BrokerTestBase {

  @InjectOAuthClient(ref = "belasting", realmRef = "namens", config = ServiceClients.Belastingaangifte.class)
  OAuthClient belasting;

  private final RegisterAdmin register = new RegisterAdmin();
  private final HttpClient http = HttpClient.newHttpClient();

  private HttpResponse<String> announceRevocation(String token, String mandateId) throws Exception {
    String body = "{\"representative\": {\"type\": \"BSN\", \"id\": \"" + LOTTE + "\"}}";
    return http.send(
        HttpRequest.newBuilder(
                URI.create(RealmJson.KEYCLOAK_URL + "/admin/realms/namens/namens/mandates/" + mandateId + "/revoked"))
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private String lotteUserId() {
    List<UserRepresentation> users =
        broker.admin().users().searchByAttributes("namens.bsn:" + LOTTE);
    assertEquals(1, users.size(), "Lotte's broker user");
    return users.get(0).getId();
  }

  @Test
  void revokedMandateEndsTheRepresentativesSessions() throws Exception {
    String mandate =
        register.createMandate(
            "BSN", BEA, "BSN", LOTTE, List.of(BELASTINGAANGIFTE), LocalDate.now().minusDays(1), LocalDate.now().plusMonths(6));
    openLogin(belasting, BELASTINGAANGIFTE);
    browser.loginWithDigid("lotte");
    browser.actFor("Bea de Vries");
    AccessTokenResponse tokens = tokensAfterLogin(belasting);
    assertEquals(BEA, represents(belasting, tokens.getIdToken()).get("sub"));
    String lotte = lotteUserId();
    assertEquals(1, broker.admin().users().get(lotte).getUserSessions().size());

    // what the register sends after a revocation, sent here directly
    String notifier = register.notifierToken();
    HttpResponse<String> ended = announceRevocation(notifier, mandate);

    assertEquals(200, ended.statusCode(), ended.body());
    assertTrue(ended.body().contains("\"sessionsEnded\":1"), ended.body());
    assertEquals(0, broker.admin().users().get(lotte).getUserSessions().size());
    AccessTokenResponse refreshed = belasting.doRefreshTokenRequest(tokens.getRefreshToken());
    assertEquals(400, refreshed.getStatusCode());
    register.revoke(mandate);
  }

  @Test
  void revocationAtTheRegisterEndsTheSessionsByItself() throws Exception {
    String mandate =
        register.createMandate(
            "BSN", BEA, "BSN", LOTTE, List.of(BELASTINGAANGIFTE), LocalDate.now().minusDays(1), LocalDate.now().plusMonths(6));
    openLogin(belasting, BELASTINGAANGIFTE);
    browser.loginWithDigid("lotte");
    browser.actFor("Bea de Vries");
    tokensAfterLogin(belasting);
    String lotte = lotteUserId();
    assertEquals(1, broker.admin().users().get(lotte).getUserSessions().size());

    register.revoke(mandate); // the register tells the broker once the revocation has committed

    awaitNoSessions(lotte, "session ended");
  }

  @Test
  void onlyTheNotifierRoleMayEndSessionsAndTheNotifierMayDoNothingElse() throws Exception {
    String notAllowed = register.adminToken();
    HttpResponse<String> refused = announceRevocation(notAllowed, "0b7e8f0e-1d43-4c4c-9a3c-5e2a1b0c9d8e");
    assertEquals(403, refused.statusCode(), refused.body());

    // least privilege: the notifier's token reads or changes no user, no session, no client
    String notifier = register.notifierToken();
    for (String path : List.of("/users", "/clients", "/client-session-stats", "/roles")) {
      HttpResponse<String> other =
          http.send(
              HttpRequest.newBuilder(URI.create(RealmJson.KEYCLOAK_URL + "/admin/realms/namens" + path))
                  .header("Authorization", "Bearer " + notifier)
                  .GET()
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertEquals(403, other.statusCode(), path + ": " + other.body());
    }
    HttpResponse<String> logout =
        http.send(
            HttpRequest.newBuilder(URI.create(RealmJson.KEYCLOAK_URL + "/admin/realms/namens/logout-all"))
                .header("Authorization", "Bearer " + notifier)
                .POST(HttpRequest.BodyPublishers.noBody())
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(403, logout.statusCode(), logout.body());
  }
}
