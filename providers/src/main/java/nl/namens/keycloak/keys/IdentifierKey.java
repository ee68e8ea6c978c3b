package nl.namens.keycloak.keys;

import java.util.Optional;

/**
 * The broker's identifier key ({@value KeysConfig#IDENTIFIER_KEY}) for code that has no Keycloak
 * session at hand (log references). Installed once by {@link DefaultNamensKeysFactory#init}; never
 * rotated, because usernames are derived with it.
 */
public final class IdentifierKey {

  private static volatile KeyedDigest current;

  private IdentifierKey() {}

  /** Empty until configured: callers then log no reference and derive no username. */
  public static Optional<KeyedDigest> current() {
    return Optional.ofNullable(current);
  }

  static void install(KeyedDigest digest) {
    current = digest;
  }

  /** For unit tests of code that derives usernames or log references. */
  public static void installForTests(byte[] key) {
    current = key == null ? null : new KeyedDigest(key);
  }
}
