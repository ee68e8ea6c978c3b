package nl.namens.register.service;

import java.util.UUID;

/** A catalogue entry as the admin API shows it. */
public record ServiceView(
    UUID id, String name, String provider, String category, String minimumLoa, boolean retired,
    boolean allowsSelfServiceUnderRepresentation,
    boolean settlesEstate) {

  public static ServiceView of(Service service) {
    return new ServiceView(
        service.id(),
        service.name(),
        service.provider(),
        service.category().code(),
        service.minimumLoa().code(),
        service.retired(),
        service.allowsSelfServiceUnderRepresentation(),
        service.settlesEstate());
  }
}
