package nl.namens.keycloak.policy;

import com.google.auto.service.AutoService;
import org.keycloak.services.clientpolicy.executor.ClientPolicyExecutorProviderFactory;

/** Client policy executor {@code namens-representation-executor}. */
@AutoService(ClientPolicyExecutorProviderFactory.class)
public final class RepresentationExecutorFactory extends ExecutorFactory {

  public static final String PROVIDER_ID = "namens-representation-executor";

  public RepresentationExecutorFactory() {
    super(
        PROVIDER_ID,
        "Binds every token to the acting-for choice of its own login and re-checks that choice"
            + " with the mandate register at code exchange, refresh, userinfo and introspection;"
            + " refuses (invalid_grant / invalid_token / inactive) when it no longer holds, cannot be"
            + " verified, or the tokens would not say it exactly.",
        RepresentationExecutor::new);
  }
}
