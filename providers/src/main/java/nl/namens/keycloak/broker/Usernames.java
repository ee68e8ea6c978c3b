package nl.namens.keycloak.broker;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Broker usernames: derived from the identifier by SHA-256, never the identifier itself. */
final class Usernames {

  private Usernames() {}

  /** {@code digid-<first 20 hex of SHA-256(BSN)>}. */
  static String digid(String bsn) {
    return "digid-" + sha256Hex(bsn).substring(0, 20);
  }

  /** {@code eh-<kvk>-<first 12 hex of SHA-256(pseudonym)>}. */
  static String eherkenning(String kvk, String actingSubjectId) {
    return "eh-" + kvk + "-" + sha256Hex(actingSubjectId).substring(0, 12);
  }

  static String sha256Hex(String value) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(value.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is not available", e);
    }
  }
}
