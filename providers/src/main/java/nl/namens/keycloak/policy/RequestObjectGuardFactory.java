package nl.namens.keycloak.policy;

import com.google.auto.service.AutoService;
import java.util.List;
import org.keycloak.Config;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.services.clientpolicy.executor.ClientPolicyExecutorProvider;
import org.keycloak.services.clientpolicy.executor.ClientPolicyExecutorProviderFactory;

/** Client policy executor {@code namens-request-object-guard}. */
@AutoService(ClientPolicyExecutorProviderFactory.class)
public final class RequestObjectGuardFactory implements ClientPolicyExecutorProviderFactory {

  public static final String PROVIDER_ID = "namens-request-object-guard";

  @Override
  public ClientPolicyExecutorProvider create(KeycloakSession session) {
    return new RequestObjectGuard(session);
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
    return "Refuses a request object that is not signed with the algorithm its client registered"
        + " (unsigned, encrypted but unsigned, or from a client with no request object algorithm)"
        + " with invalid_request_object.";
  }

  @Override
  public List<ProviderConfigProperty> getConfigProperties() {
    return List.of();
  }
}
