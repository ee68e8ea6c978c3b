package nl.namens.keycloak.guard;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Set;

/**
 * SHA-256 fingerprints of everything secret that the repository publishes for the demo: the realm
 * JSON's keys (the public key of each RSA key, the bytes of each HMAC secret), its client secrets,
 * and the broker's demo keys in {@code realm-config/.../demo-keys.properties}. Only fingerprints
 * live here, so the production jar carries no demo secret; {@code DemoFingerprintsTest} recomputes
 * them from realm-config and fails when a demo secret is missing from these sets.
 */
public final class DemoFingerprints {

  /** SHA-256 of a demo key: X.509 SubjectPublicKeyInfo of an RSA key, raw bytes of a secret. */
  public static final Set<String> KEYS =
      Set.of(
          // rsa-demo of the realms namens, digid-sim, eherkenning-sim
          "e58d50cd484ecaf66217b38aabfdb1b6696b0c0b03640f996f11a76a30e3cc78",
          "6140a90b2e29263d26aa674dbdee57814c57187999dd14d5c49178045fa69a8b",
          "ae1150f1a7529b93cbb75583a030361f609f1409f23fd35cb5cdbdd7268db345",
          // hmac-generated-hs512 of the realms namens, digid-sim, eherkenning-sim
          "1eded5d586c6a6a1d7a8b51400b988646e94a904acfbcae14c8d4f7197d8ba79",
          "1c9e9a2afd942787d5b22a09a7c9f188cf970eb707ab5762d2bcce3977843dd1",
          "826a22256a743b8174d8a20ed107bc43644f297558d2e3d7afbc23cd29dd1812",
          // demo-register-client-key.pem: the jwks.string of namens-portal and namens-register-notifier
          "a2c520160634a6ed888de3507357170667cc73a98a5843e556ff267f2c1719db",
          // demo-admin-client-key.pem: the jwks.string of namens-register-admin
          "0464ae881245554c6cd0eba1295c0e7db234af55ae1004940a2ea6ad59c723bb",
          // demo-keys.properties: identifier-key, pseudonym-key
          "42b403a5a87daa93160048dc876c53f56a9596e03edd44d0df83684bde330718",
          "2fbb18eb4bfbc86c4be9b9bdd6e2b12b4896305e6ebf2d071a0c9f0fb0dd8af1");

  /** SHA-256 of the UTF-8 of a demo client secret. */
  public static final Set<String> CLIENT_SECRETS =
      Set.of(
          // demo-secret (the demo service providers until they moved to private_key_jwt; a realm from then)
          "cd577fe2561ebff23505db0bb006300c7cdecbd46bc0e03c449afafaca2c25bf",
          // bvd-demo-secret, admin-demo-secret, notifier-demo-secret, portal-demo-secret (the service accounts
          // until they moved to private_key_jwt; a realm from then)
          "2c6a81d736a4cf821b5a0d527a8f817ca8381f29cbfddef383eb24cdfafd0db5",
          "02249e8b1c214e320b749bccdb87bf52603db981f197d4681195fc2bf3051e8d",
          "051629649c94068738091945a26c7e1192fa2b29941f09f41260041b1234d76a",
          "94a1197b54e33d62d29395507ae1f7501b3ee37dbdbc9018aa6f11cc522c669b");

  private DemoFingerprints() {}

  public static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  public static boolean isDemoKey(byte[] keyBytes) {
    return keyBytes != null && KEYS.contains(sha256(keyBytes));
  }

  public static boolean isDemoClientSecret(String secret) {
    return secret != null
        && CLIENT_SECRETS.contains(sha256(secret.getBytes(StandardCharsets.UTF_8)));
  }
}
