package nl.namens.keycloak.policy;

import java.util.Optional;
import nl.namens.keycloak.representation.ActingFor;
import nl.namens.keycloak.representation.RepresentationVerifier;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/**
 * Whether tokens may be issued for a choice right now: the register confirms a mandate again; a
 * DigiD person who chose "myself" is asked the capacity question again (a court measure may have
 * started). One request asks the register at most once per question.
 */
final class ChoiceCheck {

  private ChoiceCheck() {}

  /** Empty: tokens may be issued. Otherwise the refusal to answer instead. */
  static Optional<RepresentationDecision.Refusal> refusal(
      KeycloakSession session, RealmModel realm, UserModel user, ActingFor choice) {
    if (choice instanceof ActingFor.Self self) {
      return SelfCapacity.ask(session, realm, user, self)
          .flatMap(RepresentationDecision::decideSelf);
    }
    return RepresentationDecision.decide(
        RepresentationVerifier.verify(session, realm, user, choice));
  }
}
