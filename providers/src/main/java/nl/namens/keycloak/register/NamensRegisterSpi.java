package nl.namens.keycloak.register;

import com.google.auto.service.AutoService;
import org.keycloak.provider.Provider;
import org.keycloak.provider.ProviderFactory;
import org.keycloak.provider.Spi;

/** Custom SPI {@code namens-register}: the client of the mandate register's BVD API. */
@AutoService(Spi.class)
public final class NamensRegisterSpi implements Spi {

  public static final String NAME = "namens-register";

  @Override
  public boolean isInternal() {
    return false;
  }

  @Override
  public String getName() {
    return NAME;
  }

  @Override
  public Class<? extends Provider> getProviderClass() {
    return RegisterClient.class;
  }

  @Override
  @SuppressWarnings("rawtypes")
  public Class<? extends ProviderFactory> getProviderFactoryClass() {
    return RegisterClientFactory.class;
  }
}
