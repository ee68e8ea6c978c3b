package nl.namens.keycloak.policy;

import com.google.auto.service.AutoService;
import org.keycloak.services.clientpolicy.executor.ClientPolicyExecutorProviderFactory;

/** Client policy executor {@code namens-request-object-guard}. */
@AutoService(ClientPolicyExecutorProviderFactory.class)
public final class RequestObjectGuardFactory extends ExecutorFactory {

  public static final String PROVIDER_ID = "namens-request-object-guard";

  public RequestObjectGuardFactory() {
    super(
        PROVIDER_ID,
        "Refuses a request object that is not signed with the algorithm its client registered"
            + " (unsigned, encrypted but unsigned, or from a client with no request object algorithm)"
            + " with invalid_request_object.",
        RequestObjectGuard::new);
  }
}
