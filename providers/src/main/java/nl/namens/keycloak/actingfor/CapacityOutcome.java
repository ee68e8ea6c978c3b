package nl.namens.keycloak.actingfor;

import java.util.Locale;
import nl.namens.keycloak.register.CapacityResult;

/** What the register said about the user acting for themselves at this login's service. */
enum CapacityOutcome {
  FREE,
  INCAPABLE,
  UNAVAILABLE;

  /** The value of the login event detail {@code namens_capacity}. */
  String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The outcome of an answer; null when the question was not asked. */
  static CapacityOutcome of(CapacityResult answer) {
    if (answer == null) {
      return null;
    }
    if (answer instanceof CapacityResult.Free) {
      return FREE;
    }
    return answer instanceof CapacityResult.Incapable ? INCAPABLE : UNAVAILABLE;
  }
}
