package nl.namens.keycloak.guard;

import java.security.Key;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.keycloak.crypto.KeyWrapper;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;

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

  private static byte[] material(KeyWrapper key) {
    Key publicKey = key.getPublicKey();
    if (publicKey != null) {
      return publicKey.getEncoded();
    }
    return key.getSecretKey() == null ? null : key.getSecretKey().getEncoded();
  }
}
