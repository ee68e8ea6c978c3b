package nl.namens.keycloak.actingfor;

import java.util.List;
import java.util.Optional;
import nl.namens.keycloak.representation.ActingFor;
import nl.namens.keycloak.representation.ClientServices;
import nl.namens.keycloak.representation.NamensNames;

/**
 * The service of a login (contract): the service a SAML service provider chose by its {@code
 * AttributeConsumingServiceIndex} (none at all when that index names no service of the client: fail
 * closed); else the scope {@code urn:uuid:<uuid>} if requested and listed in the client's {@code
 * namens.services}; else the only entry; else the first entry.
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
    return resolve(null, scopeParameter, servicesAttribute);
  }

  /**
   * As {@link #resolve(String, String)}, with {@code requestedService} the SAML service provider's
   * choice ({@link NamensNames#NOTE_REQUESTED_SERVICE}; null when it made none).
   */
  static Optional<String> resolve(
      String requestedService, String scopeParameter, String servicesAttribute) {
    List<String> services = services(servicesAttribute);
    if (services.isEmpty()) {
      return Optional.empty();
    }
    if (requestedService != null) {
      return services.contains(requestedService) ? Optional.of(requestedService) : Optional.empty();
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
