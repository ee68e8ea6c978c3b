package nl.namens.tests;

import static nl.namens.tests.support.DemoServices.BELASTINGAANGIFTE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nl.namens.tests.support.BrokerTestBase;
import nl.namens.tests.support.NamensServerConfig;
import nl.namens.tests.support.RegisterStack;
import nl.namens.tests.support.ServiceClients;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.oauth.OAuthClient;
import org.keycloak.testframework.oauth.annotations.InjectOAuthClient;
import org.keycloak.testsuite.util.oauth.AccessTokenResponse;
import org.openqa.selenium.By;

/** Fail closed: when the register cannot answer, nobody is represented, and logging in as yourself still works. */
@KeycloakIntegrationTest(config = NamensServerConfig.class)
class RegisterUnavailableIT extends BrokerTestBase {

  @InjectOAuthClient(ref = "belasting", realmRef = "namens", config = ServiceClients.Belastingaangifte.class)
  OAuthClient belasting;

  @AfterEach
  void registerBack() {
    RegisterStack.ensureRunning();
  }

  @Test
  void registerDownExplainsAndLetsPersonContinueAsThemselves() {
    RegisterStack.stop();

    openLogin(belasting, BELASTINGAANGIFTE);
    browser.loginWithDigid("jan");

    assertTrue(browser.onActingForPage(), browser.pageText());
    assertFalse(driver.driver().findElements(By.id("namens-register-unavailable")).isEmpty(), browser.pageText());
    assertEquals(List.of("self"), browser.optionValues(), "only myself");
    driver.findElement(By.id("namens-acting-for-continue-self")).click();

    AccessTokenResponse tokens = tokensAfterLogin(belasting);
    assertEquals(200, tokens.getStatusCode(), tokens.getErrorDescription());
    assertNull(represents(belasting, tokens.getIdToken()));
    assertNull(represents(belasting, tokens.getAccessToken()));
  }
}
