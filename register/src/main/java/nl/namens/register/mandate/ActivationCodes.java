package nl.namens.register.mandate;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Activation and approval codes: 12 characters from an alphabet without look-alikes (no 0/O, 1/I/L), shown as
 * {@code XXXX-XXXX-XXXX}. The register keeps only HMAC-SHA256(pepper, mandate id + code) and compares in
 * constant time.
 */
@ApplicationScoped
public class ActivationCodes {

  /** 31 characters: A-Z and 2-9 without I, L, O (and without 0 and 1). */
  public static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

  public static final int LENGTH = 12;

  private final SecureRandom random = new SecureRandom();
  private final SecretKeySpec key;

  ActivationCodes(LifecycleConfig config) {
    this.key = new SecretKeySpec(config.codePepper().getBytes(StandardCharsets.UTF_8), "HmacSHA256");
  }

  /** A fresh code, formatted {@code XXXX-XXXX-XXXX}. */
  public String generate() {
    StringBuilder code = new StringBuilder(LENGTH);
    for (int i = 0; i < LENGTH; i++) {
      code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    return format(code.toString());
  }

  /**
   * The code as typed, without spaces and dashes, upper case; empty if it is not 12 characters of the
   * alphabet.
   */
  public static Optional<String> normalize(String typed) {
    if (typed == null || typed.length() > 40) {
      return Optional.empty();
    }
    String code = typed.replace("-", "").replace(" ", "").toUpperCase(Locale.ROOT);
    if (code.length() != LENGTH) {
      return Optional.empty();
    }
    for (int i = 0; i < code.length(); i++) {
      if (ALPHABET.indexOf(code.charAt(i)) < 0) {
        return Optional.empty();
      }
    }
    return Optional.of(code);
  }

  /** {@code XXXX-XXXX-XXXX}. */
  public static String format(String normalized) {
    return normalized.substring(0, 4) + "-" + normalized.substring(4, 8) + "-" + normalized.substring(8);
  }

  /** The hash to store for this mandate's code. */
  public String hash(UUID mandateId, String normalized) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      byte[] digest =
          mac.doFinal((mandateId + ":" + normalized).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 unavailable", e);
    }
  }

  /** Whether the code matches the stored hash, compared in constant time. */
  public boolean matches(UUID mandateId, String normalized, String storedHash) {
    if (storedHash == null) {
      return false;
    }
    return MessageDigest.isEqual(
        hash(mandateId, normalized).getBytes(StandardCharsets.US_ASCII),
        storedHash.getBytes(StandardCharsets.US_ASCII));
  }
}
