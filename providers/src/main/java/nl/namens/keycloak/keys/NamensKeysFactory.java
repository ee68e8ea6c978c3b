package nl.namens.keycloak.keys;

import org.keycloak.provider.ProviderFactory;

/** Factory of the {@value NamensKeysSpi#NAME} SPI. */
public interface NamensKeysFactory extends ProviderFactory<NamensKeys> {}
