package nl.namens.keycloak.actingfor;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * The service of a login (contract): the scope {@code urn:uuid:<uuid>} if requested and listed in
 * the client's {@code namens.services}; else the only entry; else the first entry.
 */
final class ServiceResolver {

  static final String SCOPE_PREFIX = "urn:uuid:";

  private ServiceResolver() {}

  /** The UUIDs of a {@code namens.services} attribute, lower case, in order, without duplicates. */
  static List<String> services(String attribute) {
    List<String> services = new ArrayList<>();
    if (attribute == null) {
      return services;
    }
    for (String token : attribute.trim().split("[\\s,]+")) {
      uuid(token).filter(u -> !services.contains(u)).ifPresent(services::add);
    }
    return services;
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
          Optional<String> requested = uuid(scope.substring(SCOPE_PREFIX.length()));
          if (requested.isPresent() && services.contains(requested.get())) {
            return requested;
          }
        }
      }
    }
    return Optional.of(services.get(0));
  }

  private static Optional<String> uuid(String value) {
    if (value == null || value.length() != 36) {
      return Optional.empty();
    }
    try {
      return Optional.of(UUID.fromString(value).toString().toLowerCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
