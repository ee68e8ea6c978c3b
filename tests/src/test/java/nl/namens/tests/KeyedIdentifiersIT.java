package nl.namens.tests;

import static nl.namens.tests.support.DemoServices.AFVALPAS;
import static nl.namens.tests.support.DemoServices.DIRK;
import static nl.namens.tests.support.DemoServices.JAN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import nl.namens.identifiers.Bsn;
import nl.namens.keycloak.keys.KeyedDigest;
import nl.namens.tests.support.BrokerTestBase;
import nl.namens.tests.support.NamensServerConfig;
import nl.namens.tests.support.ServiceClients;
import org.junit.jupiter.api.Test;
import org.keycloak.representations.idm.UserRepresentation;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.oauth.OAuthClient;
import org.keycloak.testframework.oauth.annotations.InjectOAuthClient;
import org.keycloak.testsuite.util.oauth.AccessTokenResponse;

/**
 * Pseudonyms, usernames and log references come from the broker's own keys (here the demo keys of
 * realm-config/demo-keys.properties), never from an unkeyed hash of a BSN: whoever holds a pseudonym or a
 * username and tries every BSN of a range finds nothing without the key.
 */
@KeycloakIntegrationTest(config = NamensServerConfig.class)
class KeyedIdentifiersIT extends BrokerTestBase {

  @InjectOAuthClient(ref = "afval", realmRef = "namens", config = ServiceClients.Afvalpas.class)
  OAuthClient afval;

  @InjectOAuthClient(ref = "afval-sector", realmRef = "namens", config = ServiceClients.AfvalpasInSector.class)
  OAuthClient afvalInSector;

  @Test
  void aServiceWithoutBsnGetsAVersionedKeyedPseudonymPerClientOrSector() {
    String atClient = principalAt(afval);
    logoutEverywhere();
    String inSector = principalAt(afvalInSector);

    KeyedDigest pseudonymKey = new KeyedDigest(demoKey("pseudonym-key"));
    assertEquals("v1." + pseudonymKey.hex("pseudonym|client:it-afvalpas", DIRK), atClient);
    assertEquals("v1." + pseudonymKey.hex("pseudonym|sector:gemeente-test", DIRK), inSector);
    assertNotEquals(atClient, inSector, "unlinkable between scopes");

    // Someone with the pseudonym tries every BSN near Dirk's without the key: nothing matches.
    assertEquals(List.of(), bsnsNearby().filter(bsn -> atClient.endsWith(sha256(bsn))).toList());
    assertEquals(
        List.of(),
        bsnsNearby().filter(bsn -> atClient.endsWith(hmac(new byte[32], "pseudonym|client:it-afvalpas", bsn))).toList());
  }

  @Test
  void theBrokersUsernameOfACitizenCannotBeTracedToTheBsnWithoutTheKey() {
    principalAt(afval);
    List<String> usernames =
        broker.admin().users().search("digid-", 0, 1000).stream().map(UserRepresentation::getUsername).toList();
    assertTrue(!usernames.isEmpty(), "Jan logged in: " + usernames);
    for (String username : usernames) {
      assertTrue(username.matches("digid-[0-9a-f]{20}"), username);
    }

    List<String> unkeyed =
        bsnsNearby().filter(bsn -> usernames.contains("digid-" + sha256(bsn).substring(0, 20))).toList();
    assertEquals(List.of(), unkeyed, "an unkeyed hash of a BSN is never a username");
    List<String> keyed =
        bsnsNearby()
            .filter(bsn -> usernames.contains("digid-" + hmac(demoKey("identifier-key"), "username|digid", bsn).substring(0, 20)))
            .toList();
    assertTrue(keyed.contains(JAN), "with the key the same search finds Jan: " + keyed);
  }

  private String principalAt(OAuthClient client) {
    openLogin(client, AFVALPAS);
    browser.loginWithDigid("jan");
    browser.actFor("Dirk Dekker");
    AccessTokenResponse tokens = tokensAfterLogin(client);
    Map<String, Object> represents = represents(client, tokens.getIdToken());
    assertEquals("urn:nl-eid-gdi:1.0:id:pseudonym", represents.get("sub_id_type"), represents.toString());
    String sub = (String) represents.get("sub");
    assertTrue(sub.matches("v1\\.[0-9a-f]{64}"), sub);
    return sub;
  }

  private static byte[] demoKey(String name) {
    return Base64.getDecoder().decode(NamensServerConfig.DEMO_KEYS.get(name));
  }

  private static String hmac(byte[] key, String purpose, String bsn) {
    return new KeyedDigest(key).hex(purpose, bsn);
  }

  private static String sha256(String value) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** Every valid BSN from 999990000 to 999999999: Jan's and Dirk's among them. */
  private static Stream<String> bsnsNearby() {
    return IntStream.rangeClosed(999_990_000, 999_999_999).mapToObj(Integer::toString).filter(Bsn::isValid);
  }
}
