package nl.namens.keycloak.keys;

import java.util.Base64;
import java.util.List;
import org.keycloak.Config;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.provider.ProviderConfigurationBuilder;

/**
 * SPI configuration of the broker's own secrets ({@code --spi-namens-keys--default--<key>}, or
 * {@code KC_SPI_NAMENS_KEYS__DEFAULT__<KEY>} in the environment), read once at start. Keys are
 * base64 (standard or URL alphabet) of at least {@value KeyedDigest#MIN_KEY_BYTES} random bytes.
 */
public final class KeysConfig {

  public static final String SPI_PREFIX = "spi-namens-keys--default--";
  public static final String IDENTIFIER_KEY = "identifier-key";
  public static final String PSEUDONYM_KEY = "pseudonym-key";
  public static final String PSEUDONYM_KEY_VERSION = "pseudonym-key-version";
  public static final String DEMO = "demo";

  static final List<ProviderConfigProperty> PROPERTIES =
      ProviderConfigurationBuilder.create()
          .property()
          .name(IDENTIFIER_KEY)
          .type(ProviderConfigProperty.PASSWORD)
          .label("Identifier key")
          .helpText(
              "Base64 of >= 32 random bytes. Derives usernames and log references from BSNs and"
                  + " employee pseudonyms (HMAC-SHA256). Never rotate it: usernames depend on it.")
          .add()
          .property()
          .name(PSEUDONYM_KEY)
          .type(ProviderConfigProperty.PASSWORD)
          .label("Pseudonym key")
          .helpText(
              "Base64 of >= 32 random bytes. Derives the pseudonyms service providers receive"
                  + " instead of a BSN (HMAC-SHA256 per client or sector).")
          .add()
          .property()
          .name(PSEUDONYM_KEY_VERSION)
          .type(ProviderConfigProperty.INTEGER_TYPE)
          .label("Pseudonym key version")
          .helpText(
              "The version of the pseudonym key, part of every pseudonym (v<version>.<hex>):"
                  + " raise it with every new key so that service providers see the rotation.")
          .defaultValue(1)
          .add()
          .property()
          .name(DEMO)
          .type(ProviderConfigProperty.BOOLEAN_TYPE)
          .label("Demo run")
          .helpText(
              "true only for ./namens run and the tests: a production start (kc.sh start) with"
                  + " the demo's realms, keys or secrets then warns instead of refusing.")
          .defaultValue(false)
          .add()
          .build();

  private final byte[] identifierKey;
  private final byte[] pseudonymKey;
  private final int pseudonymKeyVersion;
  private final boolean demo;

  KeysConfig(byte[] identifierKey, byte[] pseudonymKey, int pseudonymKeyVersion, boolean demo) {
    this.identifierKey = identifierKey;
    this.pseudonymKey = pseudonymKey;
    this.pseudonymKeyVersion = pseudonymKeyVersion;
    this.demo = demo;
  }

  /**
   * Reads the scope; a key that is set but not base64 of enough bytes, or a version below 1, stops
   * the start with a message that names the setting (never its value).
   */
  public static KeysConfig from(Config.Scope scope) {
    if (scope == null) {
      return new KeysConfig(null, null, 1, false);
    }
    Integer version = scope.getInt(PSEUDONYM_KEY_VERSION, 1);
    if (version == null || version < 1) {
      throw new IllegalStateException(SPI_PREFIX + PSEUDONYM_KEY_VERSION + " must be 1 or more");
    }
    return new KeysConfig(
        key(scope.get(IDENTIFIER_KEY), IDENTIFIER_KEY),
        key(scope.get(PSEUDONYM_KEY), PSEUDONYM_KEY),
        version,
        scope.getBoolean(DEMO, false));
  }

  static byte[] key(String base64, String name) {
    if (base64 == null || base64.isBlank()) {
      return null;
    }
    byte[] bytes;
    try {
      String value = base64.trim();
      bytes =
          value.indexOf('-') >= 0 || value.indexOf('_') >= 0
              ? Base64.getUrlDecoder().decode(value)
              : Base64.getDecoder().decode(value);
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException("--" + SPI_PREFIX + name + " is not base64");
    }
    if (bytes.length < KeyedDigest.MIN_KEY_BYTES) {
      throw new IllegalStateException(
          "--" + SPI_PREFIX + name + " must be at least " + KeyedDigest.MIN_KEY_BYTES + " bytes");
    }
    return bytes;
  }

  /** Null when not configured. */
  byte[] identifierKey() {
    return identifierKey == null ? null : identifierKey.clone();
  }

  /** Null when not configured. */
  byte[] pseudonymKey() {
    return pseudonymKey == null ? null : pseudonymKey.clone();
  }

  int pseudonymKeyVersion() {
    return pseudonymKeyVersion;
  }

  boolean demo() {
    return demo;
  }

  @Override
  public String toString() {
    return IDENTIFIER_KEY
        + "="
        + (identifierKey == null ? "(not set)" : "(set)")
        + ", "
        + PSEUDONYM_KEY
        + "="
        + (pseudonymKey == null ? "(not set)" : "(set)")
        + ", "
        + PSEUDONYM_KEY_VERSION
        + "="
        + pseudonymKeyVersion
        + ", "
        + DEMO
        + "="
        + demo;
  }
}
