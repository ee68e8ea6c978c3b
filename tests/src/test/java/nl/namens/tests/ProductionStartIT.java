package nl.namens.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import nl.namens.devstack.Ports;
import nl.namens.devstack.EmbeddedDatabase;
import nl.namens.devstack.RegisterProcess;
import nl.namens.devstack.StartFailedException;
import nl.namens.tests.support.RealmJson;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The register's production start (its real jar, launch mode {@code prod}, without the demo flag
 * that only the devstack launcher sets) refuses the demo: with the repository's published secrets
 * and pepper, the adjustable test clock or the demo data it exits, naming every offending setting
 * and never a value; with secrets of its own it starts.
 */
class ProductionStartIT {

  private static EmbeddedDatabase database;

  @BeforeAll
  static void database() {
    database = EmbeddedDatabase.startFresh();
  }

  @AfterAll
  static void stopDatabase() {
    if (database != null) {
      database.close();
    }
  }

  private static RegisterProcess.Builder production(String name) throws IOException {
    Path logs = Path.of(System.getProperty("namens.repo.root", "..")).resolve("tests/target/register-logs");
    return RegisterProcess.builder(Path.of(System.getProperty("namens.register.jar")))
        .production()
        .port(Ports.free())
        .managementPort(Ports.free())
        .database(database)
        .keycloakUrl(RealmJson.KEYCLOAK_URL)
        .environment("NAMENS_CATALOGUE_STARTUP_WAIT", "0s") // its own key is no broker client: no catalogue to wait for
        .logFile(logs.resolve("register-production-" + name + ".log"));
  }

  @Test
  void theDemoSecretsPepperClockAndDataAreRefused() throws IOException {
    RegisterProcess register =
        production("demo")
            .clientKey(demoClientKey())
            .environment("NAMENS_CLOCK_ADJUSTABLE", "true")
            .environment("NAMENS_DEMO_DATA", "demo-data.json")
            .build();
    try (register) {
      assertThrows(StartFailedException.class, register::start);
      assertFalse(register.isRunning());
      String log = Files.readString(register.logFile());
      assertTrue(log.contains("Refusing to start in production"), log);
      for (String setting :
          new String[] {
            "namens.client-key holds the published demo key",
            "namens.portal.state-secret holds the published demo value",
            "namens.lifecycle.code-pepper",
            "namens.clock.adjustable is true",
            "namens.demo-data is set",
            "namens.statement.keys is not set"
          }) {
        assertTrue(log.contains(setting), setting + " not named in: " + log);
      }
      assertFalse(log.contains("portal-demo-state-secret"), "a secret's value in the log");
    }
  }

  @Test
  void secretsOfItsOwnStartIt() throws IOException, InterruptedException {
    RegisterProcess register =
        production("own-secrets")
            .environment("NAMENS_PORTAL_STATE_SECRET", secret())
            .environment("NAMENS_LIFECYCLE_CODE_PEPPER", secret())
            .clientKey(clientKey())
            .environment("NAMENS_STATEMENT_KEYS", statementKeys())
            .build();
    try (register) {
      register.start();
      HttpResponse<String> ready =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(URI.create(register.managementUrl() + "/q/health/ready")).build(),
                  HttpResponse.BodyHandlers.ofString());
      assertEquals(200, ready.statusCode(), ready.body());
    }
  }

  private static String demoClientKey() throws IOException {
    try (java.io.InputStream in = ProductionStartIT.class.getResourceAsStream("/demo-register-client-key.pem")) {
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.US_ASCII);
    }
  }

  /** The register's own client key (PEM, PKCS#8). */
  private static String clientKey() {
    try {
      java.security.KeyPairGenerator generator = java.security.KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048);
      return "-----BEGIN PRIVATE KEY-----\n"
          + java.util.Base64.getMimeEncoder(64, "\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII))
              .encodeToString(generator.generateKeyPair().getPrivate().getEncoded())
          + "\n-----END PRIVATE KEY-----\n";
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The register's own statement signing key: a JWK set with one RSA private key. */
  private static String statementKeys() {
    try {
      return new com.nimbusds.jose.jwk.JWKSet(
              new com.nimbusds.jose.jwk.gen.RSAKeyGenerator(2048).keyID("own-" + secret().substring(0, 8)).generate())
          .toString(false);
    } catch (com.nimbusds.jose.JOSEException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String secret() {
    byte[] bytes = new byte[32];
    new SecureRandom().nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }

}
