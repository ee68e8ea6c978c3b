package nl.namens.register.service;

import java.util.UUID;

/** A service named inside a mandate or representation: {@code {"id": "uuid", "name": "..."}}. */
public record ServiceRef(UUID id, String name) {

  public static ServiceRef of(Service service) {
    return new ServiceRef(service.id(), service.name());
  }
}
