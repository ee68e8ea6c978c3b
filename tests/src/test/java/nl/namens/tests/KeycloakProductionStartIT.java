package nl.namens.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Iterator;
import java.util.Map;
import nl.namens.devstack.Ports;
import nl.namens.devstack.DemoKeys;
import nl.namens.devstack.KeycloakDistribution;
import nl.namens.devstack.StartFailedException;
import org.junit.jupiter.api.Test;

/**
 * Keycloak's production start ({@code kc.sh start}, the real distribution with the Namens providers) refuses the
 * demo: with the simulator realms, the demo service providers, the published client secrets and realm keys, or the
 * broker's demo keys it stops, naming each finding and never a secret. The same installation with a realm made for
 * production (no private keys: Keycloak generates its own; no demo clients; secrets from the environment) and keys
 * of its own starts.
 */
class KeycloakProductionStartIT {

  private static final Path ROOT = Path.of(System.getProperty("namens.repo.root", ".."));
  private static final Path REALMS = ROOT.resolve("realm-config/src/main/resources/realms");
  private static final Path WORK = ROOT.resolve("tests/target/keycloak-production");
  private static final SecureRandom RANDOM = new SecureRandom();

  @Test
  void theDemoIsRefusedAndAProductionRealmWithKeysOfItsOwnStarts() throws Exception {
    // an earlier run's database would keep its realms ("already exists. Import skipped")
    KeycloakDistribution.deleteData(WORK.resolve("keycloak-" + KeycloakDistribution.builtForVersion()));
    int port = Ports.free();
    KeycloakDistribution demo =
        distribution(port, "demo")
            .realm(REALMS.resolve("namens-realm.json"))
            .realm(REALMS.resolve("digid-sim-realm.json"))
            .realm(REALMS.resolve("eherkenning-sim-realm.json"))
            .environment("KC_SPI_NAMENS_KEYS__DEFAULT__IDENTIFIER_KEY", demoKey("identifier-key"))
            .environment("KC_SPI_NAMENS_KEYS__DEFAULT__PSEUDONYM_KEY", demoKey("pseudonym-key"))
            .build();
    try (demo) {
      assertThrows(StartFailedException.class, demo::start);
      assertFalse(demo.isRunning());
    }
    String log = Files.readString(demo.logFile());
    assertTrue(log.contains("Refusing to start in production"), log);
    for (String finding :
        new String[] {
          "--spi-namens-keys--default--identifier-key holds the published demo key",
          "--spi-namens-keys--default--pseudonym-key holds the published demo key",
          "realm digid-sim is a login simulator of the demo",
          "realm eherkenning-sim is a login simulator of the demo",
          "client demo-belastingaangifte in realm namens is a demo client",
          "client demo-saml-belastingaangifte in realm namens is a demo client",
          "client namens-register-admin in realm namens has a published demo key",
          "client namens-register-notifier in realm namens has a published demo key",
          "client namens-portal in realm namens has a published demo key",
          "realm namens has a published demo key (RS256",
          "realm namens has a published demo key (HS512"
        }) {
      assertTrue(log.contains(finding), finding + " not named in the log");
    }
    assertFalse(log.contains(demoKey("identifier-key")), "the log shows a secret");

    // The same installation (augmented once), its database forgotten, with a realm made for production.
    KeycloakDistribution.deleteData(demo.home());
    Path productionRealm = productionRealm();
    KeycloakDistribution production =
        distribution(port, "production")
            .realm(productionRealm)
            .environment("KC_SPI_NAMENS_KEYS__DEFAULT__IDENTIFIER_KEY", freshKey())
            .environment("KC_SPI_NAMENS_KEYS__DEFAULT__PSEUDONYM_KEY", freshKey())
            .build();
    try (production) {
      production.start();
      HttpResponse<String> jwks =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(
                          URI.create(production.baseUrl() + "/realms/namens/protocol/openid-connect/certs"))
                      .timeout(Duration.ofSeconds(10))
                      .build(),
                  HttpResponse.BodyHandlers.ofString());
      assertEquals(200, jwks.statusCode());
      JsonNode keys = new ObjectMapper().readTree(jwks.body()).path("keys");
      assertTrue(keys.size() > 0, "Keycloak generated signing keys of its own: " + jwks.body());
    }
    String productionLog = Files.readString(production.logFile());
    assertFalse(productionLog.contains("Refusing to start in production"), productionLog);
  }

  private static KeycloakDistribution.Builder distribution(int port, String name) throws IOException {
    Path log = WORK.resolve("keycloak-" + name + ".log");
    Files.deleteIfExists(log); // the log of this run only
    return KeycloakDistribution.builder()
        .production()
        .distributionZip(
            KeycloakDistribution.locateDistributionZip(
                ROOT.resolve("devstack/target"), KeycloakDistribution.builtForVersion()))
        .installParent(WORK)
        .httpPort(port)
        .managementPort(Ports.free())
        .provider(jar("providers"))
        .provider(jar("simulators"))
        .provider(jar("themes"))
        .placeholder("NAMENS_KC_URL", "http://localhost:" + port)
        .placeholder("NAMENS_REGISTER_URL", "http://localhost:1")
        .logFile(log)
        .startTimeout(Duration.ofMinutes(6));
  }

  /**
   * The broker realm as production imports it: no key components with published key material (Keycloak generates
   * keys at import; the generated PS256 and encryption key providers stay), no demo
   * service providers, no demo users (only the service accounts); client secrets from the environment
   * ({@code ${NAMENS_..._SECRET}} without a default).
   */
  private static Path productionRealm() throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    ObjectNode realm = (ObjectNode) mapper.readTree(REALMS.resolve("namens-realm.json").toFile());
    ArrayNode keyProviders = (ArrayNode) realm.path("components").path("org.keycloak.keys.KeyProvider");
    for (Iterator<JsonNode> it = keyProviders.elements(); it.hasNext(); ) {
      JsonNode config = it.next().path("config");
      if (config.has("privateKey") || config.has("secret")) {
        it.remove(); // published key material; the generated PS256 and encryption keys stay
      }
    }
    ArrayNode clients = (ArrayNode) realm.path("clients");
    for (Iterator<JsonNode> it = clients.elements(); it.hasNext(); ) {
      JsonNode client = it.next();
      if (client.path("clientId").asText().startsWith("demo-")) {
        it.remove();
      } else if (client.has("secret")) {
        String secret = client.path("secret").asText();
        ((ObjectNode) client).put("secret", secret.replaceFirst(":[^}]*}$", "}"));
      } else if (client.path("attributes").has("jwks.string")) { // production registers the register's own key
        ((ObjectNode) client.path("attributes")).remove("jwks.string");
        ((ObjectNode) client.path("attributes")).put("use.jwks.string", "false");
      }
    }
    ArrayNode users = (ArrayNode) realm.path("users");
    for (Iterator<JsonNode> it = users.elements(); it.hasNext(); ) {
      JsonNode user = it.next();
      if (!user.has("serviceAccountClientId") // the demo's helpdesk agent
          || user.path("serviceAccountClientId").asText().startsWith("demo-")) { // a demo client's account
        it.remove();
      }
    }
    Path file = Files.createDirectories(WORK).resolve("namens-realm.json");
    mapper.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), realm);
    return file;
  }

  private static String demoKey(String name) throws IOException {
    Map<String, String> keys = DemoKeys.options(ROOT.resolve(DemoKeys.FILE));
    return keys.get(name);
  }

  private static String freshKey() {
    byte[] key = new byte[32];
    RANDOM.nextBytes(key);
    return Base64.getEncoder().encodeToString(key);
  }

  private static Path jar(String module) throws IOException {
    try (var files = Files.list(ROOT.resolve(module).resolve("target"))) {
      return files
          .filter(f -> f.getFileName().toString().matches(module + "-[0-9].*\\.jar"))
          .filter(f -> !f.getFileName().toString().contains("sources"))
          .findFirst()
          .orElseThrow(() -> new IllegalStateException("build " + module + " first"));
    }
  }

}
