package nl.namens.keycloak.policy;

import java.util.List;
import java.util.function.Function;
import org.keycloak.Config;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.services.clientpolicy.executor.ClientPolicyExecutorProvider;
import org.keycloak.services.clientpolicy.executor.ClientPolicyExecutorProviderFactory;

/**
 * What the Namens client policy executor factories share: an id, a help text and a constructor; no
 * configuration, nothing to start or stop. Each subclass is one {@code @AutoService} provider.
 */
abstract class ExecutorFactory implements ClientPolicyExecutorProviderFactory {

  private final String id;
  private final String helpText;
  private final Function<KeycloakSession, ClientPolicyExecutorProvider<?>> constructor;

  ExecutorFactory(
      String id,
      String helpText,
      Function<KeycloakSession, ClientPolicyExecutorProvider<?>> constructor) {
    this.id = id;
    this.helpText = helpText;
    this.constructor = constructor;
  }

  @Override
  public final ClientPolicyExecutorProvider<?> create(KeycloakSession session) {
    return constructor.apply(session);
  }

  @Override
  public final void init(Config.Scope config) {}

  @Override
  public final void postInit(KeycloakSessionFactory factory) {}

  @Override
  public final void close() {}

  @Override
  public final String getId() {
    return id;
  }

  @Override
  public final String getHelpText() {
    return helpText;
  }

  @Override
  public final List<ProviderConfigProperty> getConfigProperties() {
    return List.of();
  }
}
