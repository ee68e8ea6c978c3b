package nl.namens.keycloak.register;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Turns identifiers into short hashes for log lines, so no BSN ever reaches a log. */
public final class LogSafe {

  private LogSafe() {}

  /** {@code TYPE#<first 8 hex of SHA-256(id)>}. */
  public static String ref(Party party) {
    return party == null ? "-" : party.type().name() + "#" + hash(party.id());
  }

  /** First 8 hex characters of SHA-256 over the value. */
  public static String hash(String value) {
    if (value == null) {
      return "-";
    }
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 4);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
