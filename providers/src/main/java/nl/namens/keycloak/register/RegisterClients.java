package nl.namens.keycloak.register;

import org.jboss.logging.Logger;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;

/**
 * The register client of a Keycloak session, never null: without a {@code namens-register}
 * provider every question is answered "cannot answer" ({@link Unavailability.Reason#NOT_CONFIGURED})
 * and no usage is recorded, so callers handle one kind of failure.
 */
public final class RegisterClients {

  private static final Logger LOG = Logger.getLogger(RegisterClients.class);

  private RegisterClients() {}

  public static RegisterClient of(KeycloakSession session) {
    RegisterClient register = session.getProvider(RegisterClient.class);
    return register != null ? register : NotConfigured.INSTANCE;
  }

  /** The answer of a broker without a register client. */
  static final class NotConfigured implements RegisterClient {

    static final NotConfigured INSTANCE = new NotConfigured();

    private static final Unavailability WHY =
        new Unavailability(Unavailability.Reason.NOT_CONFIGURED, "no namens-register provider");

    private NotConfigured() {}

    @Override
    public RepresentationsResult representations(RealmModel realm, RepresentationsQuery query) {
      return new RepresentationsResult.Unavailable(WHY);
    }

    @Override
    public AuthorizationResult authorize(RealmModel realm, AuthorizationQuery query) {
      return new AuthorizationResult.Unavailable(WHY);
    }

    @Override
    public CapacityResult capacity(RealmModel realm, Actor actor, String service) {
      return new CapacityResult.Unavailable(WHY);
    }

    @Override
    public boolean recordUsage(RealmModel realm, Usage usage) {
      LOG.warnf("mandate %s: use not recorded (no register client)", usage.mandateId());
      return false;
    }

    @Override
    public ServiceUse serviceUse(RealmModel realm, String serviceId) {
      return new ServiceUse.Unavailable("no register client");
    }

    @Override
    public void close() {}
  }
}
