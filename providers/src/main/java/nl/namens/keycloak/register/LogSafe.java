package nl.namens.keycloak.register;

import nl.namens.keycloak.keys.IdentifierKey;

/**
 * Turns identifiers into short keyed references for log lines, so no BSN ever reaches a log and
 * nobody without the broker's identifier key can tell whose line it is (an unkeyed hash of a BSN
 * is reversed by trying every BSN).
 */
public final class LogSafe {

  private LogSafe() {}

  /** {@code TYPE#<8 hex>}. */
  public static String ref(Party party) {
    return party == null ? "-" : party.type().name() + "#" + hash(party.id());
  }

  /**
   * First 8 hex characters of HMAC-SHA256(identifier key, "log|" + value); {@code ?} without a
   * configured key (the production start refuses that).
   */
  public static String hash(String value) {
    if (value == null) {
      return "-";
    }
    return IdentifierKey.current().map(key -> key.hex("log", value).substring(0, 8)).orElse("?");
  }
}
