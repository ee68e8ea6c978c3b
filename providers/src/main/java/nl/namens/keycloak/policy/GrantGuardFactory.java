package nl.namens.keycloak.policy;

import com.google.auto.service.AutoService;
import org.keycloak.services.clientpolicy.executor.ClientPolicyExecutorProviderFactory;

/** Client policy executor {@code namens-grant-guard}. */
@AutoService(ClientPolicyExecutorProviderFactory.class)
public final class GrantGuardFactory extends ExecutorFactory {

  public static final String PROVIDER_ID = "namens-grant-guard";

  public GrantGuardFactory() {
    super(
        PROVIDER_ID,
        "Refuses, for clients with namens.services, every grant that cannot carry the acting-for"
            + " choice and its check (implicit/hybrid, client credentials, password, device, CIBA,"
            + " JWT authorization grant, token exchange) with unauthorized_client.",
        GrantGuard::new);
  }
}
