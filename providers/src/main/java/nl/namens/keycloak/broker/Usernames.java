package nl.namens.keycloak.broker;

import nl.namens.keycloak.keys.IdentifierKey;
import nl.namens.keycloak.keys.KeyedDigest;
import nl.namens.keycloak.keys.KeysConfig;

/**
 * Broker usernames: derived from the identifier under the broker's identifier key, never the
 * identifier itself nor an unkeyed hash of it (which anyone could reverse over the BSN range).
 */
final class Usernames {

  private Usernames() {}

  /** {@code digid-<first 20 hex of HMAC(identifier key, BSN)>}. */
  static String digid(String bsn) {
    return "digid-" + key().hex("username|digid", bsn).substring(0, 20);
  }

  /** {@code eh-<kvk>-<first 12 hex of HMAC(identifier key, pseudonym)>}. */
  static String eherkenning(String kvk, String actingSubjectId) {
    return "eh-" + kvk + "-" + key().hex("username|eherkenning", actingSubjectId).substring(0, 12);
  }

  private static KeyedDigest key() {
    return IdentifierKey.current()
        .orElseThrow(
            () ->
                Refusals.refuse(
                    Refusals.BROKER_NOT_CONFIGURED,
                    "--" + KeysConfig.SPI_PREFIX + KeysConfig.IDENTIFIER_KEY + " is not set"));
  }
}
