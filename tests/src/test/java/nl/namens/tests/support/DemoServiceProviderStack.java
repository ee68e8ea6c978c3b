package nl.namens.tests.support;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * The demo service provider ({@code demo-sp}) inside the test JVM, on port 8380 with the test Keycloak: started once
 * by the first test that needs it, serving until the JVM ends.
 */
public final class DemoServiceProviderStack {

  public static final String URL = "http://localhost:8380";

  private DemoServiceProviderStack() {}

  public static synchronized void ensureRunning() {
    if (isUp()) {
      return;
    }
    System.setProperty("namens.kc.url", RealmJson.KEYCLOAK_URL);
    System.setProperty("namens.demo-sp.port", "8380");
    try {
      nl.namens.demosp.DemoServiceProvider.main(new String[0]);
    } catch (Exception e) {
      throw new IllegalStateException("the demo service provider did not start", e);
    }
  }

  private static boolean isUp() {
    try {
      return HttpClient.newHttpClient()
              .send(HttpRequest.newBuilder(URI.create(URL + "/health")).build(), HttpResponse.BodyHandlers.ofString())
              .statusCode()
          == 200;
    } catch (Exception e) {
      return false;
    }
  }
}
