package nl.namens.keycloak.keys;

import com.google.auto.service.AutoService;
import org.keycloak.provider.Provider;
import org.keycloak.provider.ProviderFactory;
import org.keycloak.provider.Spi;

/** Custom SPI {@code namens-keys}: the broker's own secrets and its production guard. */
@AutoService(Spi.class)
public final class NamensKeysSpi implements Spi {

  public static final String NAME = "namens-keys";

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
    return NamensKeys.class;
  }

  @Override
  @SuppressWarnings("rawtypes")
  public Class<? extends ProviderFactory> getProviderFactoryClass() {
    return NamensKeysFactory.class;
  }
}
