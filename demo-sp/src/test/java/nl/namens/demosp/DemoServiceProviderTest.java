package nl.namens.demosp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The server without a broker: pages, language, cookies, CSRF, and a clear error when Keycloak is
 * away.
 */
class DemoServiceProviderTest {
  private DemoServiceProvider provider;
  private String base;
  private final HttpClient http =
      HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

  @BeforeEach
  void start() throws Exception {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    DemoConfig config =
        new DemoConfig(
            "http://localhost:" + closedPort, "namens", 0, "http://localhost:8380");
    provider = new DemoServiceProvider(config);
    provider.start();
    base = "http://localhost:" + provider.port();
  }

  @AfterEach
  void stop() {
    provider.stop();
  }

  private HttpResponse<String> get(String path, String... headers) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path));
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void healthAnswersOk() throws Exception {
    HttpResponse<String> response = get("/health");
    assertEquals(200, response.statusCode());
    assertEquals("ok", response.body());
  }

  @Test
  void pagesWearTheNamensLookFromTheDesignModule() throws Exception {
    String page = get("/").body();
    for (String href : Html.DESIGN_STYLESHEETS) {
      assertTrue(page.contains("<link rel=\"stylesheet\" href=\"" + href + "\">"), href);
      HttpResponse<String> css = get(href);
      assertEquals(200, css.statusCode(), href);
      assertTrue(css.headers().firstValue("Content-Type").orElse("").startsWith("text/css"), href);
    }
    assertTrue(page.indexOf("/namens-design/namens-base.css") < page.indexOf("/style.css"), "own CSS last");
    assertTrue(page.contains("<body class=\"namens-theme utrecht-html\">"), page);
    assertTrue(get("/namens-design/namens-tokens.css").body().contains("--namens-color-primary"));
    assertEquals(404, get("/namens-design/../style.css").statusCode());
  }

  @Test
  void jwksPublishesOnlyThePublicHalvesOfTheSigningAndEncryptionKeys() throws Exception {
    HttpResponse<String> response = get("/jwks.json");
    assertEquals(200, response.statusCode());
    com.nimbusds.jose.jwk.JWKSet keys = com.nimbusds.jose.jwk.JWKSet.parse(response.body());
    assertEquals(2, keys.getKeys().size());
    com.nimbusds.jose.jwk.JWK signing = keys.getKeys().get(0);
    assertEquals(com.nimbusds.jose.jwk.KeyUse.SIGNATURE, signing.getKeyUse());
    assertEquals("PS256", signing.getAlgorithm().getName());
    com.nimbusds.jose.jwk.JWK encryption = keys.getKeys().get(1);
    assertEquals(com.nimbusds.jose.jwk.KeyUse.ENCRYPTION, encryption.getKeyUse());
    assertEquals("RSA-OAEP-256", encryption.getAlgorithm().getName());
    assertTrue(!signing.isPrivate() && !encryption.isPrivate(), response.body());
    assertTrue(!response.body().contains("\"d\""), response.body());
  }

  @Test
  void homeListsTheFourServicesInDutchByDefault() throws Exception {
    HttpResponse<String> response = get("/");
    assertEquals(200, response.statusCode());
    String page = response.body();
    assertTrue(page.contains("<html lang=\"nl\">"), page);
    assertTrue(
        page.contains("Belastingaangifte")
            && page.contains("Zorgdossier")
            && page.contains("Afvalpas")
            && page.contains("Nalatenschap afwikkelen"),
        page);
    assertTrue(page.contains("Deze vier diensten"), page);
    assertTrue(page.contains("action=\"/demo-nalatenschap/login\""), page);
    assertTrue(page.contains("action=\"/demo-zorgdossier/login\""), page);
    assertTrue(
        response
            .headers()
            .firstValue("Content-Security-Policy")
            .orElse("")
            .contains("frame-ancestors 'none'"));
  }

  @Test
  void englishByParameterIsRememberedInAnHttpOnlySession() throws Exception {
    HttpResponse<String> first = get("/?lang=en");
    assertTrue(first.body().contains("<html lang=\"en\">"));
    String cookie = first.headers().firstValue("Set-Cookie").orElseThrow();
    assertTrue(cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax"), cookie);
    HttpResponse<String> second =
        get("/demo-afvalpas/", "Cookie", cookie.substring(0, cookie.indexOf(';')));
    assertTrue(second.body().contains("<html lang=\"en\">"), second.body());
    assertTrue(second.body().contains("You are not logged in to this service."), second.body());
  }

  @Test
  void estateServiceHasItsOwnPage() throws Exception {
    HttpResponse<String> response = get("/demo-nalatenschap/", "Accept-Language", "en");
    assertEquals(200, response.statusCode());
    assertTrue(response.body().contains("Settling an estate"), response.body());
    assertTrue(response.body().contains("You are not logged in to this service."), response.body());
  }

  @Test
  void everyDemoServiceIsAClientOfTheBrokerRealm() throws Exception {
    // the module's directory is the working directory of surefire
    Path file =
        Path.of("..", "realm-config", "src", "main", "resources", "realms", "namens-realm.json");
    assumeTrue(Files.isRegularFile(file), "realm-config beside demo-sp");
    String realm = Files.readString(file, StandardCharsets.UTF_8);
    for (DemoService service : DemoService.ALL) {
      assertTrue(
          realm.contains("\"clientId\": \"" + service.clientId() + "\""), service.clientId());
      assertTrue(
          realm.contains("\"namens.services\": \"" + service.serviceUuid() + "\""),
          service.serviceUuid());
      assertTrue(
          realm.contains("http://localhost:8380/" + service.clientId() + "/callback"),
          service.clientId());
    }
  }

  @Test
  void englishByAcceptLanguage() throws Exception {
    assertTrue(get("/", "Accept-Language", "en-GB,en;q=0.9").body().contains("<html lang=\"en\">"));
  }

  @Test
  void postsWithoutTheFormTokenAreRefused() throws Exception {
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(URI.create(base + "/demo-zorgdossier/refresh"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("csrf=guess"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(403, response.statusCode());
  }

  @Test
  void loginWithoutKeycloakShowsAClearError() throws Exception {
    HttpResponse<String> response = get("/demo-belastingaangifte/login");
    assertEquals(502, response.statusCode());
    assertTrue(response.body().contains("De inlogdienst is niet bereikbaar."), response.body());
  }

  @Test
  void callbackWithUnknownStateIsRefused() throws Exception {
    HttpResponse<String> response =
        get("/demo-belastingaangifte/callback?code=abc&state=%3Cscript%3E");
    assertEquals(400, response.statusCode());
    assertTrue(response.body().contains("Deze inlogpoging is onbekend of verlopen."));
  }

  @Test
  void unknownPagesAre404AndServiceRootRedirects() throws Exception {
    assertEquals(404, get("/nope/").statusCode());
    assertEquals(404, get("/demo-afvalpas/nope").statusCode());
    HttpResponse<String> redirect = get("/demo-afvalpas");
    assertEquals(303, redirect.statusCode());
    assertEquals("/demo-afvalpas/", redirect.headers().firstValue("Location").orElseThrow());
  }
}
