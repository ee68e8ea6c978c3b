package nl.namens.keycloak.guard;

import java.io.IOException;
import java.security.Key;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.keycloak.crypto.KeyWrapper;
import org.keycloak.jose.jwk.JSONWebKeySet;
import org.keycloak.jose.jwk.JWK;
import org.keycloak.jose.jwk.JWKParser;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.util.JsonSerialization;

/**
 * What of the demo a Keycloak start would serve: the login simulators' realms, the demo service
 * providers' clients, any client with a published demo secret, any realm key the repository
 * publishes, and the broker's own keys when missing or published. Each finding names the setting,
 * never a secret. A production start refuses to start on any finding (see {@code
 * DefaultNamensKeysFactory}).
 */
public final class ProductionGuard {

  /** Realms of the DigiD and eHerkenning simulators: never in production. */
  public static final Set<String> SIMULATOR_REALMS = Set.of("digid-sim", "eherkenning-sim");

  /** Client ids of the demo service providers start with this. */
  public static final String DEMO_CLIENT_PREFIX = "demo-";

  private ProductionGuard() {}

  /**
   * @param brokerKeys the broker's own keys by their option name; a null value is a key not set
   */
  public static List<String> findings(KeycloakSession session, Map<String, byte[]> brokerKeys) {
    List<String> findings = new ArrayList<>();
    brokerKeys.forEach(
        (option, key) -> {
          if (key == null) {
            findings.add(option + " is not set");
          } else if (DemoFingerprints.isDemoKey(key)) {
            findings.add(option + " holds the published demo key");
          }
        });
    session.realms().getRealmsStream().forEach(realm -> realmFindings(session, realm, findings));
    return findings;
  }

  private static void realmFindings(
      KeycloakSession session, RealmModel realm, List<String> findings) {
    String name = realm.getName();
    if (SIMULATOR_REALMS.contains(name)) {
      findings.add("realm " + name + " is a login simulator of the demo");
    }
    realm
        .getClientsStream()
        .forEach(
            client -> {
              String clientId = client.getClientId();
              if (clientId.startsWith(DEMO_CLIENT_PREFIX)) {
                findings.add("client " + clientId + " in realm " + name + " is a demo client");
              }
              if (!client.isPublicClient()
                  && DemoFingerprints.isDemoClientSecret(client.getSecret())) {
                findings.add(
                    "client " + clientId + " in realm " + name + " has a published demo secret");
              }
              if (hasDemoKey(client.getAttribute("jwks.string"))) {
                findings.add(
                    "client " + clientId + " in realm " + name + " has a published demo key");
              }
            });
    session
        .keys()
        .getKeysStream(realm)
        .forEach(
            key -> {
              if (DemoFingerprints.isDemoKey(material(key))) {
                findings.add(
                    "realm "
                        + name
                        + " has a published demo key ("
                        + key.getAlgorithmOrDefault()
                        + ", kid "
                        + key.getKid()
                        + ")");
              }
            });
  }

  /** Whether a client's registered JWK set holds a key the repository publishes. */
  static boolean hasDemoKey(String jwks) {
    if (jwks == null || jwks.isBlank()) {
      return false;
    }
    try {
      JSONWebKeySet set = JsonSerialization.readValue(jwks, JSONWebKeySet.class);
      if (set.getKeys() == null) {
        return false;
      }
      for (JWK jwk : set.getKeys()) {
        PublicKey key = JWKParser.create(jwk).toPublicKey();
        if (key != null && DemoFingerprints.isDemoKey(key.getEncoded())) {
          return true;
        }
      }
      return false;
    } catch (IOException | RuntimeException e) {
      return false; // not a key set: Keycloak cannot use it either
    }
  }

  private static byte[] material(KeyWrapper key) {
    Key publicKey = key.getPublicKey();
    if (publicKey != null) {
      return publicKey.getEncoded();
    }
    return key.getSecretKey() == null ? null : key.getSecretKey().getEncoded();
  }
}
