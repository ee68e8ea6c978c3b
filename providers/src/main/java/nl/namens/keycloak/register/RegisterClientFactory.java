package nl.namens.keycloak.register;

import org.keycloak.provider.ProviderFactory;

/** Factory type of the {@value NamensRegisterSpi#NAME} SPI. */
public interface RegisterClientFactory extends ProviderFactory<RegisterClient> {}
