package nl.namens.keycloak.keys;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HMAC-SHA256 under a secret key, separated by purpose: the broker's usernames and log references
 * are derived with it, so that nobody without the key can tell whose they are (an unkeyed hash of
 * a BSN is reversed by trying all of the few hundred million BSNs).
 */
public final class KeyedDigest {

  /** Keys shorter than this are refused (HMAC-SHA256: a key of the hash's length). */
  public static final int MIN_KEY_BYTES = 32;

  private final SecretKeySpec key;

  public KeyedDigest(byte[] secret) {
    if (secret == null || secret.length < MIN_KEY_BYTES) {
      throw new IllegalArgumentException("a key must be at least " + MIN_KEY_BYTES + " bytes");
    }
    this.key = new SecretKeySpec(secret.clone(), "HmacSHA256");
  }

  /** Lower-case hex of HMAC-SHA256(key, purpose + "|" + value). */
  public String hex(String purpose, String value) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      return HexFormat.of()
          .formatHex(mac.doFinal((purpose + "|" + value).getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public String toString() {
    return "KeyedDigest[key hidden]";
  }
}
