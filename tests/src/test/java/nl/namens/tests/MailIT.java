package nl.namens.tests;

import static nl.namens.tests.support.DemoServices.AFVALPAS;
import static nl.namens.tests.support.DemoServices.CARLA;
import static nl.namens.tests.support.DemoServices.PIET;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import nl.namens.devstack.DemoMail;
import nl.namens.devstack.DemoMail.ReceivedMail;
import nl.namens.tests.support.BrokerTestBase;
import nl.namens.tests.support.Inbox;
import nl.namens.tests.support.NamensServerConfig;
import nl.namens.tests.support.RegisterAdmin;
import nl.namens.tests.support.RegisterStack;
import nl.namens.tests.support.ServiceClients;
import nl.namens.tests.support.TestBsns;
import org.junit.jupiter.api.Test;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.oauth.OAuthClient;
import org.keycloak.testframework.oauth.annotations.InjectOAuthClient;

/**
 * The register's e-mails arrive at a real SMTP server (GreenMail) in the end-to-end run (issue 13): Carla's mandate
 * for Piet is used for the first time through the broker, so Carla gets "voor het eerst gebruikt" naming Piet and
 * Afvalpas; revoked, both get "ingetrokken". No mail of the run holds a BSN.
 */
@KeycloakIntegrationTest(config = NamensServerConfig.class)
class MailIT extends BrokerTestBase {

  private static final String CARLA_MAIL = "carla@example.nl";
  private static final String PIET_MAIL = "piet@example.nl";

  @InjectOAuthClient(ref = "afval", realmRef = "namens", config = ServiceClients.Afvalpas.class)
  OAuthClient afval;

  private final RegisterAdmin register = new RegisterAdmin();

  @Test
  void theFirstUseAndTheRevocationArriveByMailWithoutABsn() throws Exception {
    DemoMail mail = RegisterStack.mail();
    String mandate =
        register.createMandate(
            "BSN", CARLA, "BSN", PIET, List.of(AFVALPAS), RegisterStack.today(), RegisterStack.today().plusMonths(2));
    try {
      openLogin(afval, AFVALPAS);
      browser.loginWithDigid("piet");
      assertTrue(browser.onActingForPage(), browser.pageText());
      browser.actFor("Carla Cornelissen");
      assertNotNull(represents(afval, tokensAfterLogin(afval).getIdToken()), "Piet acts for Carla");
      logoutEverywhere();

      // Carla has other mandates the suite uses (Jan's for Zorgdossier): this mail is the one naming Piet and Afvalpas
      ReceivedMail firstUse =
          Inbox.await(
              mail,
              CARLA_MAIL,
              m ->
                  m.subject().equals(
                      "Uw machtiging is voor het eerst gebruikt / Your mandate was used for the first time — Namens")
                      && m.text().contains("Piet Pieters")
                      && m.text().contains("Afvalpas"),
              Duration.ofSeconds(60));
      assertTrue(firstUse.text().contains("Beste Carla Cornelissen"), firstUse.text());
    } finally {
      register.revoke(mandate);
    }
    for (String address : List.of(CARLA_MAIL, PIET_MAIL)) {
      ReceivedMail revoked =
          Inbox.await(
              mail,
              address,
              m ->
                  m.subject().equals("Een machtiging is ingetrokken / A mandate has been revoked — Namens")
                      && m.text().contains("Afvalpas")
                      && m.text().contains(address.equals(CARLA_MAIL) ? "Piet Pieters" : "Carla Cornelissen"),
              Duration.ofSeconds(60));
      assertTrue(revoked.text().contains("Afvalpas"), revoked.text());
    }

    List<ReceivedMail> all = mail.messages();
    int bsns = 0;
    for (ReceivedMail m : all) {
      bsns += TestBsns.countIn(m.subject()) + TestBsns.countIn(m.text());
    }
    assertEquals(0, bsns, "no BSN in any of the run's " + all.size() + " mail(s)");
  }
}
