package nl.namens.keycloak.guard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The production guard knows every secret the repository publishes: recomputed from realm-config,
 * every realm key, client secret and broker demo key has its fingerprint in {@link
 * DemoFingerprints}. Adding a demo secret without its fingerprint fails here.
 */
class DemoFingerprintsTest {

  private static final Path RESOURCES = Path.of("..", "realm-config", "src", "main", "resources");

  @Test
  void everyRealmKeyOfTheRepositoryIsKnown() throws Exception {
    Set<String> found = new HashSet<>();
    for (JsonNode realm : realms()) {
      for (JsonNode component : realm.path("components").path("org.keycloak.keys.KeyProvider")) {
        JsonNode config = component.path("config");
        if (config.has("certificate")) {
          X509Certificate certificate =
              (X509Certificate)
                  CertificateFactory.getInstance("X.509")
                      .generateCertificate(
                          new ByteArrayInputStream(
                              config
                                  .path("certificate")
                                  .get(0)
                                  .asText()
                                  .getBytes(StandardCharsets.US_ASCII)));
          found.add(DemoFingerprints.sha256(certificate.getPublicKey().getEncoded()));
        }
        if (config.has("secret")) {
          found.add(
              DemoFingerprints.sha256(
                  Base64.getUrlDecoder().decode(config.path("secret").get(0).asText())));
        }
      }
    }
    assertEquals(6, found.size(), "an RSA and an HMAC key in each of the three realms");
    for (String fingerprint : found) {
      assertTrue(DemoFingerprints.KEYS.contains(fingerprint), fingerprint + " is not listed");
    }
  }

  @Test
  void everyClientKeyOfTheRepositoryIsKnown() throws Exception {
    int keys = 0;
    for (JsonNode realm : realms()) {
      for (JsonNode client : realm.path("clients")) {
        String jwks = client.path("attributes").path("jwks.string").asText(null);
        if (jwks != null) {
          for (JsonNode jwk : new com.fasterxml.jackson.databind.ObjectMapper().readTree(jwks).path("keys")) {
            java.security.PublicKey key =
                java.security.KeyFactory.getInstance("RSA")
                    .generatePublic(
                        new java.security.spec.RSAPublicKeySpec(
                            new java.math.BigInteger(1, Base64.getUrlDecoder().decode(jwk.path("n").asText())),
                            new java.math.BigInteger(1, Base64.getUrlDecoder().decode(jwk.path("e").asText()))));
            keys++;
            assertTrue(
                DemoFingerprints.isDemoKey(key.getEncoded()),
                "client " + client.path("clientId").asText() + ": its key is not listed");
          }
        }
      }
    }
    assertTrue(keys >= 3, "the portal's, the notifier's and the administrators'");
  }

  /**
   * No client of the repository's realms authenticates with a secret (every one uses a key: PP-9); the secrets the
   * demo once had stay in {@link DemoFingerprints#CLIENT_SECRETS} for realms exported before.
   */
  @Test
  void noClientOfTheRepositoryHasASecret() throws Exception {
    for (JsonNode realm : realms()) {
      for (JsonNode client : realm.path("clients")) {
        assertFalse(client.has("secret"), "client " + client.path("clientId").asText() + " has a secret");
      }
    }
    assertTrue(DemoFingerprints.isDemoClientSecret("admin-demo-secret"), "the demo's former secrets stay refused");
  }

  @Test
  void theBrokersDemoKeysAreKnown() throws IOException {
    Properties demo = new Properties();
    try (Reader in = Files.newBufferedReader(RESOURCES.resolve("demo-keys.properties"))) {
      demo.load(in);
    }
    for (String name : new String[] {"identifier-key", "pseudonym-key"}) {
      assertTrue(
          DemoFingerprints.isDemoKey(Base64.getDecoder().decode(demo.getProperty(name))), name);
    }
  }

  @Test
  void freshSecretsAreNotDemoSecrets() {
    assertFalse(DemoFingerprints.isDemoKey(new byte[32]));
    assertFalse(DemoFingerprints.isDemoClientSecret("a-secret-of-our-own"));
    assertFalse(DemoFingerprints.isDemoClientSecret(null));
  }

  private static Set<JsonNode> realms() throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    Set<JsonNode> realms = new HashSet<>();
    try (Stream<Path> files = Files.list(RESOURCES.resolve("realms"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".json")).toList()) {
        realms.add(mapper.readTree(file.toFile()));
      }
    }
    assertEquals(3, realms.size());
    return realms;
  }
}
