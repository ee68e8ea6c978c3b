package nl.namens.keycloak.policy;

import com.google.auto.service.AutoService;
import java.util.List;
import org.keycloak.Config;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.services.clientpolicy.executor.ClientPolicyExecutorProvider;
import org.keycloak.services.clientpolicy.executor.ClientPolicyExecutorProviderFactory;

/** Client policy executor {@code namens-representation-executor}. */
@AutoService(ClientPolicyExecutorProviderFactory.class)
public final class RepresentationExecutorFactory implements ClientPolicyExecutorProviderFactory {

  public static final String PROVIDER_ID = "namens-representation-executor";

  @Override
  public ClientPolicyExecutorProvider create(KeycloakSession session) {
    return new RepresentationExecutor(session);
  }

  @Override
  public void init(Config.Scope config) {}

  @Override
  public void postInit(KeycloakSessionFactory factory) {}

  @Override
  public void close() {}

  @Override
  public String getId() {
    return PROVIDER_ID;
  }

  @Override
  public String getHelpText() {
    return "Binds every token to the acting-for choice of its own login and re-checks that choice"
        + " with the mandate register at code exchange, refresh, userinfo and introspection;"
        + " refuses (invalid_grant / invalid_token / inactive) when it no longer holds, cannot be"
        + " verified, or the tokens would not say it exactly.";
  }

  @Override
  public List<ProviderConfigProperty> getConfigProperties() {
    return List.of();
  }
}
