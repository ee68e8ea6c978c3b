package nl.namens.keycloak.policy;

import java.util.Optional;
import nl.namens.keycloak.register.Actor;
import nl.namens.keycloak.register.CapacityResult;
import nl.namens.keycloak.representation.ActingFor;
import nl.namens.keycloak.representation.Actors;
import nl.namens.keycloak.representation.Capacity;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/**
 * Asks the register again whether a DigiD person who logged in as themselves at a service may
 * still act for themselves there ({@code POST /bvd/v1/capacity}): a court measure (curatele,
 * beschermingsbewind, mentorschap) may have started during the session. The answer is kept as a
 * Keycloak session attribute, so one request costs at most one register call.
 */
final class SelfCapacity {

  static final String ATTRIBUTE_PREFIX = "namens.capacity.self|";

  private SelfCapacity() {}

  /**
   * The register's answer for {@code user} at the service of a "myself" choice; empty when the
   * question does not apply: the login had no service, or the user is no DigiD person (an
   * eHerkenning user acts for a company, which cannot be under curatele). "Cannot answer" is
   * logged without identifiers.
   */
  static Optional<CapacityResult> ask(
      KeycloakSession session, RealmModel realm, UserModel user, ActingFor.Self self) {
    if (self.service() == null) {
      return Optional.empty();
    }
    Optional<Actor> actor =
        Actors.registerActorOf(user).filter(a -> a.party().type().isPersonal());
    if (actor.isEmpty()) {
      return Optional.empty();
    }
    String key =
        ATTRIBUTE_PREFIX + realm.getId() + "|" + actor.get().party().ref() + "|" + self.service();
    CapacityResult cached = session.getAttribute(key, CapacityResult.class);
    if (cached != null) {
      return Optional.of(cached);
    }
    CapacityResult result = Capacity.ask(session, realm, actor.get(), self.service());
    session.setAttribute(key, result);
    return Optional.of(result);
  }
}
