package nl.namens.keycloak.policy;

import com.google.auto.service.AutoService;
import org.keycloak.services.clientpolicy.executor.ClientPolicyExecutorProviderFactory;

/** Client policy executor {@code namens-bsn-encryption}. */
@AutoService(ClientPolicyExecutorProviderFactory.class)
public final class BsnEncryptionGuardFactory extends ExecutorFactory {

  public static final String PROVIDER_ID = "namens-bsn-encryption";

  public BsnEncryptionGuardFactory() {
    super(
        PROVIDER_ID,
        "Refuses an OIDC client allowed BSNs (namens.bsn-allowed) unless its ID tokens and"
            + " userinfo are encrypted to its key, with unauthorized_client.",
        BsnEncryptionGuard::new);
  }
}
