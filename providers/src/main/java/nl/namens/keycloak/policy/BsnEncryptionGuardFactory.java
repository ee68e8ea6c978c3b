package nl.namens.keycloak.policy;

import com.google.auto.service.AutoService;
import java.util.List;
import org.keycloak.Config;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.services.clientpolicy.executor.ClientPolicyExecutorProvider;
import org.keycloak.services.clientpolicy.executor.ClientPolicyExecutorProviderFactory;

/** Client policy executor {@code namens-bsn-encryption}. */
@AutoService(ClientPolicyExecutorProviderFactory.class)
public final class BsnEncryptionGuardFactory implements ClientPolicyExecutorProviderFactory {

  public static final String PROVIDER_ID = "namens-bsn-encryption";

  @Override
  public ClientPolicyExecutorProvider create(KeycloakSession session) {
    return new BsnEncryptionGuard(session);
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
    return "Refuses an OIDC client allowed BSNs (namens.bsn-allowed) unless its ID tokens and"
        + " userinfo are encrypted to its key, with unauthorized_client.";
  }

  @Override
  public List<ProviderConfigProperty> getConfigProperties() {
    return List.of();
  }
}
