package nl.namens.tests;

import static nl.namens.tests.support.DemoServices.BEA;
import static nl.namens.tests.support.DemoServices.BELASTINGAANGIFTE;
import static nl.namens.tests.support.DemoServices.LOTTE;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import nl.namens.tests.support.BrokerTestBase;
import nl.namens.tests.support.DemoServiceProviderStack;
import nl.namens.tests.support.NamensServerConfig;
import nl.namens.tests.support.RegisterAdmin;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.openqa.selenium.By;

/**
 * The demo service provider as {@code ./namens run} starts it, against the realm's own demo clients: it
 * authenticates with {@code private_key_jwt} under the key it generated at start (the broker fetches it from its
 * {@code /jwks.json}), gets the ID token encrypted to it and decrypts it, and shows whom Jan acts for; a refresh
 * signs a new assertion.
 */
@KeycloakIntegrationTest(config = NamensServerConfig.class)
class DemoServiceProviderIT extends BrokerTestBase {

  private static final String DEMO_SP = DemoServiceProviderStack.URL;

  private final RegisterAdmin register = new RegisterAdmin();

  @BeforeAll
  static void startTheDemoServiceProvider() {
    DemoServiceProviderStack.ensureRunning();
  }


  @Test
  void jansRepresentedLoginAtTheDemoServiceShowsBeaAndRefreshes() {
    driver.driver().navigate().to(DEMO_SP + "/demo-belastingaangifte/login");
    browser.loginWithDigid("jan");
    browser.actFor("Bea de Vries");

    assertTrue(driver.getCurrentUrl().startsWith(DEMO_SP + "/demo-belastingaangifte/"), driver.getCurrentUrl());
    String page = browser.pageText();
    String onWhoseBehalf = section("for");
    assertTrue(onWhoseBehalf.contains("Bea de Vries"), "her name, which this client may know: " + page);
    for (String citizens : List.of("who", "for", "basis")) {
      assertFalse(section(citizens).contains(BEA), "no BSN where the citizen reads: " + section(citizens));
    }
    assertTrue(forDevelopers().contains(BEA), "Bea's BSN from the decrypted ID token, for developers: " + page);
    assertFalse(page.contains("invalid_id_token") || page.contains("invalid_client"), page);

    driver.findElement(By.cssSelector("form[action='/demo-belastingaangifte/refresh'] button")).click();
    String refreshed = browser.pageText();
    assertTrue(forDevelopers().contains(BEA), refreshed);
    assertTrue(section("for").contains("Bea de Vries"), refreshed);
    assertFalse(refreshed.contains("invalid_"), refreshed);
  }

  @Test
  void aRefreshAfterTheMandateWasRevokedSaysSoAndClearsWhatTheLoginShowed() {
    String mandate =
        register.createMandate(
            "BSN", BEA, "BSN", LOTTE, List.of(BELASTINGAANGIFTE), LocalDate.now().minusDays(1), LocalDate.now().plusMonths(6));
    driver.driver().navigate().to(DEMO_SP + "/demo-belastingaangifte/login");
    browser.loginWithDigid("lotte");
    browser.actFor("Bea de Vries");
    assertTrue(forDevelopers().contains(BEA), browser.pageText());

    register.revoke(mandate);
    driver.findElement(By.cssSelector("form[action='/demo-belastingaangifte/refresh'] button")).click();

    String page = browser.pageText();
    assertTrue(page.contains("has ended") || page.contains("is afgelopen"), "explained: " + page);
    assertTrue(page.contains("revoked") || page.contains("ingetrokken"), page);
    assertFalse(page.contains(BEA) || driver.driver().getPageSource().contains(BEA), "the old claims are cleared: " + page);
    assertFalse(page.contains("invalid_grant"), "no raw error code: " + page);
    assertFalse(
        driver.driver().findElements(By.cssSelector("form[action='/demo-belastingaangifte/login']")).isEmpty(),
        "a way to log in again");
    assertTrue(
        driver.driver().findElements(By.cssSelector("form[action='/demo-belastingaangifte/refresh']")).isEmpty(),
        "nothing left to refresh");
  }

  /** The text of the demo service's section {@code id} (who, for, basis): what the citizen reads. */
  private String section(String id) {
    return driver.driver().findElement(By.cssSelector("section[aria-labelledby='" + id + "-title']")).getText();
  }

  /** The closed "for developers" part, whatever it shows: the identifiers and the token's claims. */
  private String forDevelopers() {
    return String.valueOf(driver.driver().findElement(By.id("developer")).getDomProperty("textContent"));
  }
}
