package nl.namens.keycloak.representation;

import nl.namens.keycloak.register.AuthorizationResult;
import nl.namens.keycloak.register.Party;
import nl.namens.keycloak.register.Representation;
import nl.namens.keycloak.register.Unavailability;

/** Whether an acting-for choice holds right now. */
public sealed interface Verdict {

  /** No representation: the login chose "myself". */
  record NotRepresented() implements Verdict {}

  /** The register confirmed the mandate now. */
  record Authorized(ActingFor.Mandate choice, Party actor, Representation representation)
      implements Verdict {}

  /** The choice does not hold (revoked, expired, inconsistent notes, no actor). */
  record Denied(String why) implements Verdict {}

  /** The register could not answer. */
  record Unavailable(Unavailability why) implements Verdict {}

  /**
   * Turns the register's answer for {@code choice} into a verdict. An "authorized" answer that
   * names another principal or mandate than the one chosen counts as denied.
   */
  static Verdict of(ActingFor.Mandate choice, Party actor, AuthorizationResult result) {
    if (result instanceof AuthorizationResult.Unavailable u) {
      return new Unavailable(u.why());
    }
    if (result instanceof AuthorizationResult.Authorized a) {
      Representation rep = a.representation();
      if (!choice.principal().equals(rep.principal())) {
        return new Denied("register answered for another principal");
      }
      if (rep.mandateId() != null && !choice.mandateId().equalsIgnoreCase(rep.mandateId())) {
        return new Denied("register answered for another mandate");
      }
      return new Authorized(choice, actor, rep);
    }
    return new Denied("register: not authorized");
  }
}
