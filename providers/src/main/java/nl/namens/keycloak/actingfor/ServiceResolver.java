package nl.namens.keycloak.actingfor;

import java.util.List;
import java.util.Optional;
import nl.namens.keycloak.representation.ActingFor;
import nl.namens.keycloak.representation.ClientServices;

/**
 * The service of a login (contract): the scope {@code urn:uuid:<uuid>} if requested and listed in
 * the client's {@code namens.services}; else the only entry; else the first entry.
 */
final class ServiceResolver {

  static final String SCOPE_PREFIX = "urn:uuid:";

  private ServiceResolver() {}

  /** See {@link ClientServices#parse(String)}. */
  static List<String> services(String attribute) {
    return ClientServices.parse(attribute);
  }

  /** The service of this login, empty when the client lists none. */
  static Optional<String> resolve(String scopeParameter, String servicesAttribute) {
    List<String> services = services(servicesAttribute);
    if (services.isEmpty()) {
      return Optional.empty();
    }
    if (scopeParameter != null) {
      for (String scope : scopeParameter.trim().split("\\s+")) {
        if (scope.regionMatches(true, 0, SCOPE_PREFIX, 0, SCOPE_PREFIX.length())) {
          Optional<String> requested = ActingFor.uuid(scope.substring(SCOPE_PREFIX.length()));
          if (requested.isPresent() && services.contains(requested.get())) {
            return requested;
          }
        }
      }
    }
    return Optional.of(services.get(0));
  }
}
