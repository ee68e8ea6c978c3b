package nl.namens.keycloak.representation;

import java.util.Optional;
import nl.namens.keycloak.register.Actor;
import nl.namens.keycloak.register.AuthorizationQuery;
import nl.namens.keycloak.register.RegisterClients;
import org.jboss.logging.Logger;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/**
 * Checks one acting-for choice with the register. The answer is kept as a Keycloak session
 * attribute, so the executor, the access token, the ID token and userinfo of one request cost one
 * register call and all see the same answer.
 */
public final class RepresentationVerifier {

  private static final Logger LOG = Logger.getLogger(RepresentationVerifier.class);

  static final String ATTRIBUTE_PREFIX = "namens.representation.verdict|";

  private RepresentationVerifier() {}

  public static Verdict verify(
      KeycloakSession session, RealmModel realm, UserModel user, ActingFor choice) {
    if (choice instanceof ActingFor.Self) {
      return new Verdict.NotRepresented();
    }
    if (choice instanceof ActingFor.Invalid invalid) {
      LOG.warnf("inconsistent acting-for choice: %s", invalid.why());
      return new Verdict.Denied(invalid.why());
    }
    ActingFor.Mandate mandate = (ActingFor.Mandate) choice;
    Optional<Actor> actor = Actors.registerActorOf(user);
    if (actor.isEmpty()) {
      return new Verdict.Denied("user has no actor identifier");
    }
    AuthorizationQuery query =
        new AuthorizationQuery(
            actor.get(), mandate.principal(), mandate.service(), mandate.mandateId());
    String key = ATTRIBUTE_PREFIX + realm.getId() + "|" + query.cacheKey();
    Verdict cached = session.getAttribute(key, Verdict.class);
    if (cached != null) {
      return cached;
    }
    Verdict verdict =
        Verdict.of(
            mandate, actor.get().party(), RegisterClients.of(session).authorize(realm, query));
    session.setAttribute(key, verdict);
    return verdict;
  }
}
