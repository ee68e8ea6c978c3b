package nl.namens.keycloak.keys;

import com.google.auto.service.AutoService;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.namens.keycloak.guard.ProductionGuard;
import nl.namens.keycloak.representation.Pseudonymizer;
import org.jboss.logging.Logger;
import org.keycloak.Config;
import org.keycloak.common.util.Environment;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.utils.KeycloakModelUtils;
import org.keycloak.models.utils.PostMigrationEvent;
import org.keycloak.provider.ProviderConfigProperty;

/**
 * Provider {@code default} of the {@value NamensKeysSpi#NAME} SPI: reads the broker's keys at
 * start and, once the realms are imported, runs the {@link ProductionGuard}. A production start
 * ({@code kc.sh start}) with any finding stops with "Refusing to start in production" and the
 * findings; a development start ({@code start-dev}) or a demo run ({@value KeysConfig#DEMO} =
 * true) only warns.
 */
@AutoService(NamensKeysFactory.class)
public final class DefaultNamensKeysFactory implements NamensKeysFactory {

  public static final String PROVIDER_ID = "default";
  public static final String REFUSAL = "Refusing to start in production";

  private static final Logger LOG = Logger.getLogger(DefaultNamensKeysFactory.class);

  private KeysConfig config;
  private Optional<Pseudonymizer> pseudonymizer = Optional.empty();

  @Override
  public NamensKeys create(KeycloakSession session) {
    Optional<Pseudonymizer> current = pseudonymizer;
    return () -> current;
  }

  @Override
  public void init(Config.Scope scope) {
    config = KeysConfig.from(scope);
    byte[] identifierKey = config.identifierKey();
    IdentifierKey.install(identifierKey == null ? null : new KeyedDigest(identifierKey));
    byte[] pseudonymKey = config.pseudonymKey();
    pseudonymizer =
        pseudonymKey == null
            ? Optional.empty()
            : Optional.of(new Pseudonymizer(pseudonymKey, config.pseudonymKeyVersion()));
    LOG.infof("namens-keys: %s", config);
  }

  @Override
  public void postInit(KeycloakSessionFactory factory) {
    factory.register(
        event -> {
          if (event instanceof PostMigrationEvent) {
            guard(factory);
          }
        });
  }

  private void guard(KeycloakSessionFactory factory) {
    Map<String, byte[]> brokerKeys = new LinkedHashMap<>();
    brokerKeys.put("--" + KeysConfig.SPI_PREFIX + KeysConfig.IDENTIFIER_KEY, config.identifierKey());
    brokerKeys.put("--" + KeysConfig.SPI_PREFIX + KeysConfig.PSEUDONYM_KEY, config.pseudonymKey());
    List<String> findings =
        KeycloakModelUtils.runJobInTransactionWithResult(
            factory, session -> ProductionGuard.findings(session, brokerKeys));
    if (findings.isEmpty()) {
      return;
    }
    String list = String.join("; ", findings);
    if (Environment.isDevMode() || config.demo()) {
      LOG.warnf("DEMO run: the demo's realms, keys and secrets are in use: %s", list);
      return;
    }
    LOG.errorf("%s: %s", REFUSAL, list);
    throw new IllegalStateException(REFUSAL + ": " + list);
  }

  @Override
  public void close() {}

  @Override
  public String getId() {
    return PROVIDER_ID;
  }

  @Override
  public List<ProviderConfigProperty> getConfigMetadata() {
    return KeysConfig.PROPERTIES;
  }
}
