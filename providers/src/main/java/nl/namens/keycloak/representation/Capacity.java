package nl.namens.keycloak.representation;

import nl.namens.keycloak.register.Actor;
import nl.namens.keycloak.register.CapacityResult;
import nl.namens.keycloak.register.RegisterClients;
import nl.namens.keycloak.register.Unavailability;
import org.jboss.logging.Logger;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;

/**
 * "May this person act for themselves at this service?" ({@code POST /bvd/v1/capacity}), asked at
 * login by the acting-for authenticator and at token time by the client-policy executor. No answer
 * counts as {@link CapacityResult.Unavailable}; "cannot answer" is
 * logged without identifiers and lets the person through as themselves (fail open for self).
 */
public final class Capacity {

  private static final Logger LOG = Logger.getLogger(Capacity.class);

  private Capacity() {}

  /** The register's answer for {@code actor} (a DigiD person) at {@code service}; never null. */
  public static CapacityResult ask(
      KeycloakSession session, RealmModel realm, Actor actor, String service) {
    CapacityResult result = RegisterClients.of(session).capacity(realm, actor, service);
    if (result == null) {
      result =
          new CapacityResult.Unavailable(
              new Unavailability(Unavailability.Reason.INTERNAL, "no capacity answer"));
    }
    if (result instanceof CapacityResult.Unavailable unavailable) {
      LOG.warnf(
          "capacity of actor %s at service %s unknown (%s): acting for self allowed (fail open)",
          actor.logRef(), service, unavailable.why());
    }
    return result;
  }
}
