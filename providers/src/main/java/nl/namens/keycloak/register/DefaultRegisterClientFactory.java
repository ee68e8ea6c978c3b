package nl.namens.keycloak.register;

import com.google.auto.service.AutoService;
import java.time.Clock;
import java.util.List;
import org.jboss.logging.Logger;
import org.keycloak.Config;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.provider.ProviderConfigProperty;

/** Provider {@code default} of the {@value NamensRegisterSpi#NAME} SPI. */
@AutoService(RegisterClientFactory.class)
public final class DefaultRegisterClientFactory implements RegisterClientFactory {

  public static final String PROVIDER_ID = "default";

  private static final Logger LOG = Logger.getLogger(DefaultRegisterClientFactory.class);

  private final ServiceTokenCache tokenCache = new ServiceTokenCache(Clock.systemUTC());
  private RegisterConfig config;

  @Override
  public RegisterClient create(KeycloakSession session) {
    return new DefaultRegisterClient(session, config, tokenCache);
  }

  @Override
  public void init(Config.Scope scope) {
    config = RegisterConfig.from(scope);
    LOG.infof("namens-register: %s", config);
    if (config.tokenUrl() == null) {
      LOG.errorf(
          "namens-register: %s: the register is never called, nobody can act for anyone",
          DefaultRegisterClient.NO_TOKEN_URL.detail());
    }
  }

  @Override
  public void postInit(KeycloakSessionFactory factory) {}

  @Override
  public void close() {
    tokenCache.clear();
  }

  @Override
  public String getId() {
    return PROVIDER_ID;
  }

  @Override
  public List<ProviderConfigProperty> getConfigMetadata() {
    return RegisterConfig.PROPERTIES;
  }
}
