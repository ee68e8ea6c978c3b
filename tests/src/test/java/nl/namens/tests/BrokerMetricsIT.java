package nl.namens.tests;

import static nl.namens.tests.support.DemoServices.BELASTINGAANGIFTE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.namens.tests.support.BrokerTestBase;
import nl.namens.tests.support.NamensServerConfig;
import nl.namens.tests.support.ServiceClients;
import org.junit.jupiter.api.Test;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.oauth.OAuthClient;
import org.keycloak.testframework.oauth.annotations.InjectOAuthClient;

/**
 * The broker's own metrics on Keycloak's Prometheus endpoint (management port): a represented login counts one
 * acting-for choice of its kind and times the broker's calls to the register; no identifier is ever a label.
 */
@KeycloakIntegrationTest(config = NamensServerConfig.class)
class BrokerMetricsIT extends BrokerTestBase {

  @InjectOAuthClient(ref = "belasting", realmRef = "namens", config = ServiceClients.Belastingaangifte.class)
  OAuthClient belasting;

  @Test
  void aRepresentedLoginIsCountedByKindAndItsRegisterCallsAreTimed() throws Exception {
    double before = value(metrics(), "namens_acting_for_choices_total\\{[^}]*kind=\"voluntary\"[^}]*outcome=\"chosen\"[^}]*\\}");

    openLogin(belasting, BELASTINGAANGIFTE);
    browser.loginWithDigid("jan");
    browser.actFor("Bea de Vries");
    tokensAfterLogin(belasting);

    String metrics = metrics();
    assertEquals(
        before + 1,
        value(metrics, "namens_acting_for_choices_total\\{[^}]*kind=\"voluntary\"[^}]*outcome=\"chosen\"[^}]*\\}"),
        "one voluntary choice more");
    assertTrue(
        value(metrics, "namens_bvd_requests_seconds_count\\{[^}]*call=\"bvd\"[^}]*outcome=\"2xx\"[^}]*\\}") > 0,
        "the register calls are timed");
    assertTrue(metrics.contains("namens_bvd_requests_seconds_bucket"), "a histogram");
    assertFalse(Pattern.compile("(?<!\\d)999\\d{6}(?!\\d)").matcher(metrics).find(), "no BSN in any label");
  }

  private static String metrics() throws Exception {
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(NamensServerConfig.MANAGEMENT_URL + "/metrics")).build(),
                HttpResponse.BodyHandlers.ofString());
    assertEquals(200, response.statusCode(), response.body());
    return response.body();
  }

  /** The sum of the samples whose name and labels match {@code series}; 0 when there are none yet. */
  private static double value(String metrics, String series) {
    Matcher m = Pattern.compile("(?m)^" + series + " ([0-9.eE+-]+)$").matcher(metrics);
    double sum = 0;
    while (m.find()) {
      sum += Double.parseDouble(m.group(1));
    }
    return sum;
  }
}
