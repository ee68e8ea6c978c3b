package nl.namens.keycloak.representation;

import java.util.Optional;
import java.util.function.Function;
import nl.namens.identifiers.SubjectType;
import nl.namens.keycloak.register.Party;

/**
 * An identifier as one client may see it: the party's own identifier, or for a BSN the client may
 * not receive, a pseudonym.
 */
public record SubjectId(String value, String subIdType) {

  /**
   * The identifier of {@code party} for a client: a BSN only if {@code bsnAllowed}, else
   * its pseudonym in the client's {@code pseudonymScope} ({@link Pseudonymizer#scopeOf}); other identifiers as they are.
   */
  public static SubjectId forClient(
      Party party, boolean bsnAllowed, Pseudonymizer pseudonymizer, String pseudonymScope) {
    if (party.type().isPersonal() && !bsnAllowed) {
      return new SubjectId(
          pseudonymizer.pseudonym(pseudonymScope, party.id()), SubjectType.PSEUDONYM_SUB_ID_TYPE);
    }
    return new SubjectId(party.id(), party.type().subIdType());
  }

  /**
   * As {@link #forClient}, for a pseudonym key that may be missing: empty when {@code party} needs a pseudonym
   * here and there is no key (fail closed: no identifier rather than a BSN).
   */
  public static Optional<SubjectId> forClientIfKeyed(
      Party party, boolean bsnAllowed, Pseudonymizer pseudonymizer, String pseudonymScope) {
    if (party.type().isPersonal() && !bsnAllowed && pseudonymizer == null) {
      return Optional.empty();
    }
    return Optional.of(forClient(party, bsnAllowed, pseudonymizer, pseudonymScope));
  }

  /**
   * The End-User (who logged in) for a client: a DigiD user's BSN or its pseudonym as {@link #forClient}; an
   * eHerkenning employee the pseudonym of the employee (never the company's KvK number). Empty when the user's
   * attributes name no valid subject, or a pseudonym is needed and {@code pseudonymizer} is null (no key).
   */
  public static Optional<SubjectId> ofEndUser(
      Function<String, String> attributes, boolean bsnAllowed, Pseudonymizer pseudonymizer, String scope) {
    Optional<Party> actor = Actors.actorOf(attributes);
    if (actor.isEmpty()) {
      return Optional.empty();
    }
    if (!actor.get().type().isPersonal()) { // an eHerkenning employee of a company (KvK or RSIN)
      String employee = attributes.apply(NamensNames.USER_ACTING_SUBJECT_ID);
      if (employee == null || employee.isBlank() || pseudonymizer == null) {
        return Optional.empty();
      }
      return Optional.of(
          new SubjectId(
              pseudonymizer.pseudonym(scope, "employee:" + actor.get().id() + ":" + employee.trim()),
              SubjectType.PSEUDONYM_SUB_ID_TYPE));
    }
    return forClientIfKeyed(actor.get(), bsnAllowed, pseudonymizer, scope);
  }

  /**
   * The company an eHerkenning user logged in for, by its KvK number or RSIN (never pseudonymised): the party an employee
   * represents before any mandate (OIDC NL GOV UseCase.md). Empty for a DigiD user.
   */
  public static Optional<SubjectId> loginCompany(Function<String, String> attributes) {
    return Actors.actorOf(attributes)
        .filter(party -> !party.type().isPersonal())
        .map(party -> new SubjectId(party.id(), party.type().subIdType()));
  }

  @Override
  public String toString() {
    return "SubjectId[" + subIdType + "]";
  }
}
