package nl.namens.tests;

import static nl.namens.tests.support.DemoServices.AFVALPAS;
import static nl.namens.tests.support.DemoServices.BEA;
import static nl.namens.tests.support.DemoServices.BELASTINGAANGIFTE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import nl.namens.tests.support.BrokerTestBase;
import nl.namens.tests.support.NamensServerConfig;
import nl.namens.tests.support.RealmJson;
import nl.namens.tests.support.ServiceClients;
import org.junit.jupiter.api.Test;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.oauth.OAuthClient;
import org.keycloak.testframework.oauth.annotations.InjectOAuthClient;
import org.keycloak.testsuite.util.oauth.AccessTokenResponse;
import org.keycloak.testsuite.util.oauth.AuthorizationEndpointResponse;
import org.openqa.selenium.By;

/**
 * Every login reaches at least the level of assurance its service needs (the client's minimum.acr.value, from the
 * catalogue) and the client asks (acr_values): the broker asks the DigiD simulator for it (RequestedAuthnContext),
 * steps a single-sign-on session up, and where the level cannot be reached the person sees a page and the client
 * gets unmet_authentication_requirements: never a token below the level.
 */
@KeycloakIntegrationTest(config = NamensServerConfig.class)
class LevelOfAssuranceIT extends BrokerTestBase {

  private static final String LOW = "http://eidas.europa.eu/LoA/low";
  private static final String SUBSTANTIAL = "http://eidas.europa.eu/LoA/substantial";
  private static final String HIGH = "http://eidas.europa.eu/LoA/high";

  @InjectOAuthClient(ref = "belasting", realmRef = "namens", config = ServiceClients.Belastingaangifte.class)
  OAuthClient belasting;

  @InjectOAuthClient(ref = "afval", realmRef = "namens", config = ServiceClients.Afvalpas.class)
  OAuthClient afval;

  @Test
  void aServiceThatNeedsSubstantieelIsAskedForItAtTheStart() {
    openLogin(belasting, BELASTINGAANGIFTE);
    browser.loginWithDigid("karin"); // usually midden, reaches substantieel when asked

    browser.actFor("Bea de Vries");
    AccessTokenResponse tokens = tokensAfterLogin(belasting);
    assertEquals(SUBSTANTIAL, acr(belasting, tokens.getIdToken()));
    assertEquals(BEA, represents(belasting, tokens.getIdToken()).get("sub"));
  }

  @Test
  void singleSignOnBelowTheServicesLevelIsSteppedUpAtTheIdentityProvider() {
    openLogin(afval, AFVALPAS); // Afvalpas needs basis: Karin logs in at her usual midden
    browser.loginWithDigid("karin");
    browser.actAsMyself();
    assertEquals(LOW, acr(afval, tokensAfterLogin(afval).getIdToken()));

    openLogin(belasting, BELASTINGAANGIFTE); // the broker session is midden: back to DigiD, asked for substantieel
    assertTrue(
        driver.getCurrentUrl().contains("/realms/digid-sim/"),
        "a step-up at the simulator, which asks for the password again (ForceAuthn): " + driver.getCurrentUrl());
    assertTrue(driver.driver().findElements(By.id("username")).isEmpty(), "Karin is known, only her password is asked");
    browser.simulatorReauthenticate();

    browser.actFor("Bea de Vries");
    AccessTokenResponse tokens = tokensAfterLogin(belasting);
    assertEquals(SUBSTANTIAL, acr(belasting, tokens.getIdToken()));
    assertEquals(SUBSTANTIAL, acr(belasting, tokens.getAccessToken()));
  }

  @Test
  void anEherkenningLoginIsSteppedUpAtItsSimulatorToo() {
    openLogin(afval, AFVALPAS); // basis: Eva (Bakkerij De Deeg) logs in at her usual loa2 (midden)
    browser.loginWithEherkenning("eva");
    if (browser.onActingForPage()) {
      browser.actAsMyself();
    }
    assertEquals(LOW, acr(afval, tokensAfterLogin(afval).getIdToken()));

    openLogin(belasting, BELASTINGAANGIFTE); // substantieel: back to the eHerkenning simulator, asked for loa3
    assertTrue(driver.getCurrentUrl().contains("/realms/eherkenning-sim/"), driver.getCurrentUrl());
    browser.simulatorReauthenticate();
    if (browser.onActingForPage()) {
      browser.actAsMyself();
    }
    AccessTokenResponse tokens = tokensAfterLogin(belasting);
    assertEquals(SUBSTANTIAL, acr(belasting, tokens.getIdToken()));
  }

  @Test
  void aLevelThatCannotBeReachedGivesAPageAndTheClientTheStandardError() {
    openLogin(belasting, BELASTINGAANGIFTE);
    browser.loginWithDigid("mark"); // midden, never more

    assertFalse(driver.driver().findElements(By.id("namens-loa-unmet")).isEmpty(), browser.pageText());
    assertEquals("substantieel", driver.findElement(By.id("namens-loa-unmet")).getAttribute("data-required"));
    assertEquals("midden", driver.findElement(By.id("namens-loa-unmet")).getAttribute("data-reached"));
    assertFalse(browser.onActingForPage());
    driver.findElement(By.id("namens-loa-unmet-back")).click();

    AuthorizationEndpointResponse response = belasting.parseLoginResponse();
    assertNull(response.getCode(), "no code below the level");
    assertEquals("unmet_authentication_requirements", response.getError());
  }

  @Test
  void acrValuesAboveTheServicesMinimumAreHonouredAndNeverUnderstated() {
    // Jan usually logs in at substantieel and cannot reach hoog: the client asking for hoog gets no token.
    driver.open(loginUrl(afval, AFVALPAS, null) + "&acr_values=" + encode(HIGH));
    browser.loginWithDigid("jan");
    assertFalse(driver.driver().findElements(By.id("namens-loa-unmet")).isEmpty(), browser.pageText());
    driver.findElement(By.id("namens-loa-unmet-back")).click();
    assertEquals("unmet_authentication_requirements", afval.parseLoginResponse().getError());
    logoutEverywhere();

    // Carla logs in at hoog: asked for substantieel or higher, the token says what she reached.
    driver.open(loginUrl(afval, AFVALPAS, null) + "&acr_values=" + encode(SUBSTANTIAL));
    browser.loginWithDigid("carla");
    if (browser.onActingForPage()) {
      browser.actAsMyself();
    }
    assertEquals(HIGH, acr(afval, tokensAfterLogin(afval).getIdToken()));
  }

  @Test
  void promptNoneBelowTheLevelIsLoginRequired() {
    openLogin(afval, AFVALPAS);
    browser.loginWithDigid("karin");
    browser.actAsMyself();
    tokensAfterLogin(afval);

    driver.open(loginUrl(belasting, BELASTINGAANGIFTE, null) + "&prompt=none");
    AuthorizationEndpointResponse response = belasting.parseLoginResponse();
    assertNull(response.getCode());
    assertEquals("login_required", response.getError());
  }

  @Test
  void discoveryNamesTheFourLevels() throws Exception {
    HttpResponse<String> discovery =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(RealmJson.KEYCLOAK_URL + "/realms/namens/.well-known/openid-configuration"))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    JsonNode values = new ObjectMapper().readTree(discovery.body()).path("acr_values_supported");
    List<String> listed = new ArrayList<>();
    values.forEach(v -> listed.add(v.asText()));
    assertEquals(List.of("http://eID.logius.nl/LoA/basic", LOW, SUBSTANTIAL, HIGH), listed);
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
