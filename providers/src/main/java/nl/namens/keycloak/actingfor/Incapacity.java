package nl.namens.keycloak.actingfor;

import java.util.List;
import nl.namens.keycloak.register.CapacityResult;

/**
 * Why the user may not continue as themselves and who may act for them: what the incapacity page
 * showed in this authentication session (JSON in an auth note). No identifiers.
 *
 * @param service the service UUID of this login
 * @param reason {@code curatele}, {@code bewind}, {@code mentorschap} or {@value
 *     Offer#REFUSAL_OTHER}
 * @param representatives display name and kind of each person who may act for the user
 */
record Incapacity(
    String service, String reason, List<CapacityResult.Representative> representatives) {

  static final String AUTH_NOTE = "namens.acting-for.incapacity";

  Incapacity {
    reason = reasonCode(reason);
    representatives = representatives == null ? List.of() : List.copyOf(representatives);
  }

  static Incapacity of(String service, CapacityResult.Incapable incapable) {
    return new Incapacity(service, incapable.reason(), incapable.representatives());
  }

  /**
   * The register's reason as a code safe for message keys and attributes; {@value
   * Offer#REFUSAL_OTHER} when absent or odd.
   */
  static String reasonCode(String reason) {
    String code = Kinds.code(reason);
    return Kinds.UNKNOWN.equals(code) ? Offer.REFUSAL_OTHER : code;
  }
}
