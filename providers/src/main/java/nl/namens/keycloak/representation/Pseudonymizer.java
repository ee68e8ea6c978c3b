package nl.namens.keycloak.representation;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Per-client pseudonyms: lower-case hex of HMAC-SHA256(realm secret, clientId + "|" + identifier).
 * The same person gets the same pseudonym at one client and unlinkable pseudonyms at different
 * clients.
 */
public final class Pseudonymizer {

  private final SecretKeySpec key;

  public Pseudonymizer(byte[] secret) {
    if (secret == null || secret.length < 16) {
      throw new IllegalArgumentException("pseudonym secret must be at least 16 bytes");
    }
    this.key = new SecretKeySpec(secret.clone(), "HmacSHA256");
  }

  public String pseudonym(String clientId, String identifier) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      byte[] out = mac.doFinal((clientId + "|" + identifier).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(out);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
