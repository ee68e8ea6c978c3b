package nl.namens.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import nl.namens.tests.portal.Axe;
import nl.namens.tests.support.BrokerTestBase;
import nl.namens.tests.support.NamensServerConfig;
import nl.namens.tests.support.RealmJson;
import nl.namens.tests.support.ServiceClients;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.ComponentRepresentation;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.config.Config;
import org.keycloak.testframework.oauth.OAuthClient;
import org.keycloak.testframework.oauth.annotations.InjectOAuthClient;
import org.keycloak.testsuite.util.oauth.AccessTokenResponse;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The administrator's walk in the real Keycloak admin console, in headless Chromium (issue 12): log in to the console,
 * open the Namens-dienstencatalogus page, add a service through its form, open a client's "namens-services" tab, give
 * it the service and confirm with the client's Client ID. Then Bart logs in at that client and acts for Ria (bewind:
 * every financial service), and his token says so.
 */
@KeycloakIntegrationTest(config = NamensServerConfig.class)
class AdminConsoleCatalogueIT extends BrokerTestBase {

  private static final String CONSOLE = RealmJson.KEYCLOAK_URL + "/admin/master/console/#/namens";
  private static final String PAGE = "org.keycloak.services.ui.extend.UiPageProvider";

  @InjectOAuthClient(ref = "console-walk", realmRef = "namens", config = ServiceClients.FromTheAdminConsole.class)
  OAuthClient service;

  private WebDriver chromium;
  private WebDriverWait wait;

  @BeforeEach
  void startChromium() {
    Axe.requireChromium();
    chromium = Axe.chromium();
    wait = new WebDriverWait(chromium, Duration.ofSeconds(60));
  }

  @AfterEach
  void quitChromium() {
    if (chromium != null) {
      chromium.quit();
    }
  }

  @Test
  void anAdministratorAddsAServiceAndGivesItToAClientInTheConsole() {
    String id = UUID.randomUUID().toString();
    chromium.get(CONSOLE + "/page-section/namens-dienstencatalogus/add");
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username"))).sendKeys(Config.getAdminUsername());
    chromium.findElement(By.id("password")).sendKeys(Config.getAdminPassword());
    chromium.findElement(By.id("kc-login")).click();

    type("name", "Kinderopvangtoeslag (console)");
    type("serviceId", id);
    type("provider", "Dienst Toeslagen (test)");
    wait.until(ExpectedConditions.elementToBeClickable(By.id("category"))).click();
    wait.until(ExpectedConditions.elementToBeClickable(option("financial"))).click();
    chromium.findElement(By.cssSelector("[data-testid='save']")).click();
    ComponentRepresentation entry =
        eventually(() -> catalogue().stream().filter(c -> id.equals(c.getConfig().getFirst("serviceId"))).findFirst());
    assertEquals("financial", entry.getConfig().getFirst("category"));
    assertEquals("substantieel", entry.getConfig().getFirst("minimumLoa"), "the form's default");

    ClientRepresentation client = broker.admin().clients().findByClientId("it-admin-console").get(0);
    chromium.get(CONSOLE + "/clients/" + client.getId() + "/namens-services");
    WebElement services =
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[data-testid$='services0']")));
    services.clear();
    services.sendKeys(id);
    type("client", client.getClientId());
    chromium.findElement(By.cssSelector("[data-testid='save']")).click();
    eventually(
        () ->
            Optional.ofNullable(broker.admin().clients().get(client.getId()).toRepresentation().getAttributes())
                .map(a -> a.get("namens.services"))
                .filter(id::equals));

    openLogin(service, id);
    browser.loginWithDigid("bart");
    assertTrue(browser.onActingForPage(), browser.pageText());
    browser.actFor("Ria Ruiters");
    AccessTokenResponse tokens = tokensAfterLogin(service);
    Map<String, Object> represents = represents(service, tokens.getIdToken());
    assertNotNull(represents, "Bart represents Ria at the service the console added");
  }

  private void type(String testId, String text) {
    WebElement field =
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid='" + testId + "']")));
    field.clear();
    field.sendKeys(text);
  }

  private static By option(String text) {
    return By.xpath("//*[(@role='option' or @role='menuitem') and normalize-space(.)='" + text + "']");
  }

  private List<ComponentRepresentation> catalogue() {
    return broker.admin().components().query(broker.admin().toRepresentation().getId(), PAGE);
  }

  private static <T> T eventually(Supplier<Optional<T>> probe) {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (System.nanoTime() < deadline) {
      Optional<T> found = probe.get();
      if (found.isPresent()) {
        return found.get();
      }
      try {
        Thread.sleep(250);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    throw new AssertionError("the console's save did not arrive at the server");
  }
}
