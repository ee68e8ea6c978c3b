package nl.namens.keycloak.keys;

import java.util.Optional;
import nl.namens.keycloak.representation.Pseudonymizer;
import org.keycloak.provider.Provider;

/**
 * The broker's own secrets ({@value NamensKeysSpi#NAME} SPI): obtain with {@code
 * session.getProvider(NamensKeys.class)}.
 */
public interface NamensKeys extends Provider {

  /** Empty when no pseudonym key is configured: callers then leave the identifier out. */
  Optional<Pseudonymizer> pseudonymizer();

  @Override
  default void close() {}
}
