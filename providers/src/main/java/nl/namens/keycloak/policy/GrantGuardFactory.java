package nl.namens.keycloak.policy;

import com.google.auto.service.AutoService;
import java.util.List;
import org.keycloak.Config;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.services.clientpolicy.executor.ClientPolicyExecutorProvider;
import org.keycloak.services.clientpolicy.executor.ClientPolicyExecutorProviderFactory;

/** Client policy executor {@code namens-grant-guard}. */
@AutoService(ClientPolicyExecutorProviderFactory.class)
public final class GrantGuardFactory implements ClientPolicyExecutorProviderFactory {

  public static final String PROVIDER_ID = "namens-grant-guard";

  @Override
  public ClientPolicyExecutorProvider create(KeycloakSession session) {
    return new GrantGuard(session);
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
    return "Refuses, for clients with namens.services, every grant that cannot carry the acting-for"
        + " choice and its check (implicit/hybrid, client credentials, password, device, CIBA,"
        + " JWT authorization grant, token exchange) with unauthorized_client.";
  }

  @Override
  public List<ProviderConfigProperty> getConfigProperties() {
    return List.of();
  }
}
