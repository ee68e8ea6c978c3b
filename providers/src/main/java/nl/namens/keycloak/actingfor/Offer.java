package nl.namens.keycloak.actingfor;

import java.util.List;

/**
 * What the acting-for page offered in this authentication session. Kept as JSON in an auth note, so
 * a submitted choice is checked against exactly what was shown.
 *
 * @param service the service UUID of this login
 * @param serviceName its display name if the register named it (may be null)
 * @param unavailable true when the register could not answer: only "myself" is offered
 * @param sessionLoa the LoA code of the login (may be null)
 * @param options the principals shown, selectable or not
 */
record Offer(
    String service,
    String serviceName,
    boolean unavailable,
    String sessionLoa,
    List<OfferOption> options) {

  static final String AUTH_NOTE = "namens.acting-for.offer";

  Offer {
    options = options == null ? List.of() : List.copyOf(options);
  }

  static Offer registerUnavailable(String service, String sessionLoa) {
    return new Offer(service, null, true, sessionLoa, List.of());
  }
}
