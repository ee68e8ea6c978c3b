package nl.namens.tests;

import static nl.namens.tests.support.DemoServices.AFVALPAS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.nimbusds.oauth2.sdk.AuthorizationGrant;
import com.nimbusds.oauth2.sdk.ErrorObject;
import com.nimbusds.oauth2.sdk.RefreshTokenGrant;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.auth.PrivateKeyJWT;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.oauth2.sdk.token.RefreshToken;
import com.nimbusds.openid.connect.sdk.AuthenticationRequest;
import com.nimbusds.openid.connect.sdk.AuthenticationResponse;
import com.nimbusds.openid.connect.sdk.AuthenticationResponseParser;
import com.nimbusds.openid.connect.sdk.Nonce;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponse;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponseParser;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import nl.namens.devstack.ClusterNode;
import nl.namens.devstack.Ports;
import nl.namens.devstack.AdminToken;
import nl.namens.devstack.EmbeddedDatabase;
import nl.namens.devstack.KeycloakDistribution;
import nl.namens.devstack.LoadBalancer;
import nl.namens.devstack.RegisterProcess;
import nl.namens.tests.support.RegisterStack;
import org.htmlunit.BrowserVersion;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.htmlunit.HtmlUnitDriver;

/**
 * The broker as a cluster (issue 12): two Keycloak nodes from the distribution in production mode ({@code kc.sh
 * start}, not {@code start-dev}), with the Namens providers, on one PostgreSQL (embedded) and clustered by
 * Keycloak's default discovery, {@code jdbc-ping} over that database; the register on the same PostgreSQL server;
 * a reverse proxy ({@link LoadBalancer}) as the one hostname in front of both nodes. Jan logs in through node 1
 * acting for Dirk at Afvalpas, refreshes through node 2; node 1 is killed (SIGKILL); the session goes on at node 2;
 * Dirk's mandate is revoked meanwhile and node 2 refuses the next refresh; a new login through node 2 works and
 * no longer offers Dirk.
 *
 * <p>The realms are the demo's (the DigiD simulator is needed to log in), so the broker's keys carry the {@code
 * demo} flag that lets a production-mode start serve them; everything else is a production start. Runs in its own
 * failsafe execution after the suite (tests/pom.xml), on free ports, and removes what it started.
 */
class ClusterFailoverIT {

  private static final Path ROOT = Path.of(System.getProperty("namens.repo.root", ".."));
  private static final Path WORK = ROOT.resolve("tests/target/cluster");
  private static final Path LOGS = ROOT.resolve("tests/target/cluster-logs");
  private static final Path REALMS = ROOT.resolve("realm-config/src/main/resources/realms");
  private static final String CLIENT_ID = "cluster-afvalpas";
  private static final ClientID CLIENT = new ClientID(CLIENT_ID);

  private static EmbeddedDatabase database;
  private static KeycloakDistribution node1;
  private static KeycloakDistribution node2;
  private static RegisterProcess register;
  private static LoadBalancer balancer;
  private static HttpServer callbackServer;
  private static String hostname;
  private static String callback;
  private static RSAKey clientKey;

  @BeforeAll
  static void startTheCluster() throws Exception {
    deleteRecursively(WORK);
    deleteRecursively(LOGS);
    Files.createDirectories(WORK);
    database = EmbeddedDatabase.startFresh();
    try (Connection connection = database.connect();
        Statement statement = connection.createStatement()) {
      statement.execute("create database keycloak"); // Keycloak's schema beside the register's, one server
    }
    int proxyPort = Ports.free();
    hostname = "http://localhost:" + proxyPort;
    callbackServer = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 8);
    callbackServer.createContext(
        "/callback",
        exchange -> {
          byte[] ok = "<!DOCTYPE html><title>service</title><p>ok</p>".getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
          exchange.sendResponseHeaders(200, ok.length);
          exchange.getResponseBody().write(ok);
          exchange.close();
        });
    callbackServer.start();
    callback = "http://localhost:" + callbackServer.getAddress().getPort() + "/callback";
    clientKey =
        new RSAKeyGenerator(2048)
            .keyUse(KeyUse.SIGNATURE)
            .algorithm(JWSAlgorithm.PS256)
            .keyID("cluster-" + UUID.randomUUID())
            .generate();

    int registerPort = Ports.free();
    int[] clusterPorts = Ports.clusterTransport(2);
    node1 = node(1, proxyPort, registerPort, clusterPorts[0]);
    node2 = node(2, proxyPort, registerPort, clusterPorts[1]);
    balancer = LoadBalancer.start(proxyPort, List.of(node1.baseUrl(), node2.baseUrl()));

    node1.start(); // imports the realms into the shared database
    register =
        RegisterProcess.builder(Path.of(System.getProperty("namens.register.jar")))
            .port(registerPort)
            .managementPort(Ports.free())
            .database(database)
            .keycloakUrl(hostname)
            .demoData(RegisterStack.demoData())
            .clientKey(RegisterStack.demoClientKey())
            .logFile(LOGS.resolve("register.log"))
            .startTimeout(Duration.ofMinutes(3))
            .build();
    register.start();
    node2.start(); // an installation of its own, the same options: it finds the realms in the shared database
  }

  @AfterAll
  static void stopEverything() {
    for (AutoCloseable part : new AutoCloseable[] {node2, node1, register, balancer, database}) {
      try {
        if (part != null) {
          part.close();
        }
      } catch (Exception e) {
        // the next one still stops
      }
    }
    if (callbackServer != null) {
      callbackServer.stop(0);
    }
  }

  @Test
  void aRepresentedSessionSurvivesTheLossOfANodeAndARevocationMeanwhileIsHonouredByTheOther() throws Exception {
    String node2Log = Files.readString(node2.logFile());
    assertTrue(
        node2Log.matches("(?s).*ISPN000094: Received new cluster view for channel \\S+: \\[[^]]*\\] \\(2\\).*"),
        "node 2 joined node 1 in one cluster of two (jdbc-ping): " + tail(node2Log));

    // through node 1: Jan logs in acting for Dirk
    balancer.prefer(0);
    int node1Before = balancer.answeredBy(0);
    CodeVerifier verifier = new CodeVerifier();
    HtmlUnitDriver browser = browser();
    String code = login(browser, verifier, "jan", "Dirk Dekker");
    JWTClaimsSet first = tokens(new AuthorizationCodeGrant(new AuthorizationCode(code), URI.create(callback), verifier));
    assertTrue(balancer.answeredBy(0) > node1Before, "node 1 served the login");
    Map<String, Object> represents = first.getJSONObjectClaim("represents");
    assertNotNull(represents, "Jan represents Dirk: " + first.toJSONObject());
    String mandateId = mandateId(first);
    assertNotNull(mandateId, first.toJSONObject().toString());

    // through node 2: the refresh finds the session node 1 created, with the same representation
    balancer.prefer(1);
    int node2Before = balancer.answeredBy(1);
    JWTClaimsSet refreshed = tokens(new RefreshTokenGrant(new RefreshToken(refreshToken)));
    assertTrue(balancer.answeredBy(1) > node2Before, "node 2 served the refresh");
    assertEquals(represents, refreshed.getJSONObjectClaim("represents"));
    assertEquals(first.getSubject(), refreshed.getSubject());

    // node 1 is lost: the session goes on at node 2
    node1.kill();
    assertFalse(node1.isRunning());
    JWTClaimsSet afterLoss = tokens(new RefreshTokenGrant(new RefreshToken(refreshToken)));
    assertEquals(represents, afterLoss.getJSONObjectClaim("represents"), "the representation holds on node 2");

    // meanwhile the mandate is revoked in the register (its administrators' token comes from node 2)
    revoke(mandateId);
    TokenResponse refused = tokenResponse(new RefreshTokenGrant(new RefreshToken(refreshToken)));
    assertFalse(refused.indicatesSuccess(), "node 2 refuses a refresh of a revoked representation");
    ErrorObject error = refused.toErrorResponse().getErrorObject();
    assertEquals("invalid_grant", error.getCode(), error.toString());

    // a new login through node 2: Jan is himself at Afvalpas now, Dirk is not offered
    browser.quit();
    HtmlUnitDriver second = browser();
    CodeVerifier verifier2 = new CodeVerifier();
    String code2 = login(second, verifier2, "jan", null);
    JWTClaimsSet himself =
        tokens(new AuthorizationCodeGrant(new AuthorizationCode(code2), URI.create(callback), verifier2));
    assertNull(himself.getClaim("represents"), "no representation after the revocation: " + himself.toJSONObject());
    assertEquals(first.getSubject(), himself.getSubject(), "the same person (pseudonym) at the same service");
    second.quit();
  }

  // --- the login, as a browser through the proxy ---

  private static HtmlUnitDriver browser() {
    HtmlUnitDriver driver = new HtmlUnitDriver(BrowserVersion.CHROME, true);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    return driver;
  }

  /**
   * Logs {@code username} in at the cluster's Afvalpas client through the proxy; acts for {@code principal} (null:
   * as himself, and then no principal but himself may be offered). Returns the authorization code.
   */
  private static String login(HtmlUnitDriver driver, CodeVerifier verifier, String username, String principal)
      throws Exception {
    State state = new State();
    URI authorize =
        new AuthenticationRequest.Builder(
                ResponseType.CODE, new Scope("openid", "urn:uuid:" + AFVALPAS), CLIENT, URI.create(callback))
            .state(state)
            .nonce(new Nonce())
            .codeChallenge(verifier, CodeChallengeMethod.S256)
            .endpointURI(URI.create(hostname + "/realms/namens/protocol/openid-connect/auth"))
            .build()
            .toURI();
    driver.get(authorize.toString());
    driver.findElement(By.id("namens-idp-digid")).click();
    driver.findElement(By.id("username")).sendKeys(username);
    driver.findElement(By.id("password")).sendKeys("test");
    driver.findElement(By.id("kc-login")).click();
    boolean actingForPage;
    try {
      actingForPage = !driver.findElements(By.id("namens-acting-for-form")).isEmpty();
    } catch (IllegalStateException e) {
      throw new AssertionError("after the simulator's login: " + describe(driver), e);
    }
    if (principal != null) {
      assertTrue(actingForPage, "the acting-for page: " + driver.getPageSource());
      optionFor(driver, principal).click();
      driver.findElement(By.id("namens-acting-for-submit")).click();
    } else if (actingForPage) {
      for (WebElement label : driver.findElements(By.cssSelector("label"))) {
        assertFalse(label.getText().contains("Dirk"), "Dirk is offered after the revocation");
      }
      driver.findElement(By.id("namens-acting-for-option-self")).click();
      driver.findElement(By.id("namens-acting-for-submit")).click();
    }
    String at = driver.getCurrentUrl();
    assertTrue(at.startsWith(callback), "back at the service: " + at + " " + driver.getPageSource());
    AuthenticationResponse response = AuthenticationResponseParser.parse(URI.create(at));
    assertTrue(response.indicatesSuccess(), at);
    assertEquals(state, response.getState());
    return response.toSuccessResponse().getAuthorizationCode().getValue();
  }

  private static String describe(HtmlUnitDriver driver) {
    String url = driver.getCurrentUrl();
    try {
      return url + System.lineSeparator() + driver.getPageSource();
    } catch (RuntimeException e) {
      return url + " (" + e + ")";
    }
  }

  private static WebElement optionFor(HtmlUnitDriver driver, String displayName) {
    for (WebElement option : driver.findElements(By.cssSelector("input[name='actingFor']"))) {
      WebElement label = driver.findElement(By.cssSelector("label[for='" + option.getAttribute("id") + "']"));
      if (label.getText().contains(displayName)) {
        return option;
      }
    }
    throw new AssertionError("no option for " + displayName);
  }

  // --- the service provider's back channel, through the proxy ---

  private static String refreshToken;

  /** Redeems the grant; keeps the (rotated) refresh token; returns the verified access token's claims. */
  private static JWTClaimsSet tokens(AuthorizationGrant grant) throws Exception {
    TokenResponse response = tokenResponse(grant);
    assertTrue(response.indicatesSuccess(), () -> response.toErrorResponse().getErrorObject().toString());
    OIDCTokenResponse tokens = (OIDCTokenResponse) response.toSuccessResponse();
    refreshToken = tokens.getOIDCTokens().getRefreshToken().getValue();
    return verify(tokens.getOIDCTokens().getIDTokenString());
  }

  private static TokenResponse tokenResponse(AuthorizationGrant grant) throws Exception {
    URI endpoint = URI.create(hostname + "/realms/namens/protocol/openid-connect/token");
    TokenRequest request =
        new TokenRequest(
            endpoint,
            new PrivateKeyJWT(
                CLIENT, endpoint, JWSAlgorithm.PS256, clientKey.toRSAPrivateKey(), clientKey.getKeyID(), null),
            grant);
    return OIDCTokenResponseParser.parse(request.toHTTPRequest().send());
  }

  /** The ID token's claims, its signature checked against the realm's published keys (served by the cluster). */
  private static JWTClaimsSet verify(String idToken) throws Exception {
    DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
    processor.setJWSKeySelector(
        new JWSVerificationKeySelector<>(
            java.util.Set.of(JWSAlgorithm.PS256, JWSAlgorithm.RS256),
            JWKSourceBuilder.create(URI.create(hostname + "/realms/namens/protocol/openid-connect/certs").toURL())
                .build()));
    JWTClaimsSet claims = processor.process(idToken, null);
    assertEquals(hostname + "/realms/namens", claims.getIssuer(), "one issuer for the whole cluster");
    return claims;
  }

  @SuppressWarnings("unchecked")
  private static String mandateId(JWTClaimsSet claims) throws Exception {
    Map<String, Object> representation = claims.getJSONObjectClaim("representation");
    return representation == null ? null : (String) representation.get("mandate_id");
  }

  private static void revoke(String mandateId) throws Exception {
    String token =
        AdminToken.request(
            hostname + "/realms/namens",
            AdminToken.CLIENT,
            AdminToken.DEMO_KID,
            AdminToken.readKey(ROOT.resolve(AdminToken.DEMO_KEY)));
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(register.baseUrl() + "/admin/v1/mandates/" + mandateId + "/revoke"))
                    .header("Authorization", "Bearer " + token)
                    .timeout(Duration.ofSeconds(30))
                    .POST(HttpRequest.BodyPublishers.noBody())
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertEquals(200, response.statusCode(), response.body());
  }

  // --- the parts ---

  private static KeycloakDistribution node(int number, int proxyPort, int registerPort, int clusterPort)
      throws IOException {
    return ClusterNode.builder(
            ROOT,
            WORK.resolve("node-" + number),
            realmWithClusterClient(),
            hostname,
            "http://localhost:" + registerPort,
            database,
            clusterPort)
        .option("--metrics-enabled=true")
        .logFile(LOGS.resolve("keycloak-" + number + ".log"))
        .build();
  }

  /** The broker realm with one more service provider: Afvalpas for this test, its key and callback. */
  private static Path realmWithClusterClient() throws IOException {
    Path file = WORK.resolve("namens-realm.json");
    if (Files.exists(file)) {
      return file;
    }
    ObjectMapper mapper = new ObjectMapper();
    ObjectNode realm = (ObjectNode) mapper.readTree(REALMS.resolve("namens-realm.json").toFile());
    ArrayNode clients = (ArrayNode) realm.path("clients");
    ObjectNode afvalpas = null;
    for (var client : clients) {
      if ("demo-afvalpas".equals(client.path("clientId").asText())) {
        afvalpas = ((ObjectNode) client).deepCopy();
      }
    }
    assertNotNull(afvalpas, "demo-afvalpas in the broker realm");
    afvalpas.put("clientId", CLIENT_ID);
    afvalpas.put("name", "Afvalpas (cluster test)");
    afvalpas.putArray("redirectUris").add(callback);
    ObjectNode attributes = (ObjectNode) afvalpas.path("attributes");
    attributes.remove("jwks.url");
    attributes.put("use.jwks.url", "false");
    attributes.put("use.jwks.string", "true");
    attributes.put("jwks.string", new JWKSet(clientKey.toPublicJWK()).toString());
    clients.add(afvalpas);
    mapper.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), realm);
    return file;
  }

  private static String tail(String log) {
    return log.substring(Math.max(0, log.length() - 3000));
  }

  private static void deleteRecursively(Path path) throws IOException {
    if (!Files.exists(path)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(path)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
