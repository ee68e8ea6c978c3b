package nl.namens.register.bvd;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.namens.register.mandate.Mandate;
import nl.namens.register.party.PartyView;
import nl.namens.register.service.Service;
import nl.namens.register.service.ServiceRef;

/**
 * One principal the actor may represent: the mandate, the principal, all services of the mandate, its
 * period and {@code requiredLoa}, the minimum level of assurance of the requested service. For a chain mandate
 * ({@code kind} {@code chain}) {@code intermediary} is the company that holds the mandate (the actor's
 * employer), so the broker can nest {@code represents}: End-User, intermediary, principal.
 */
record Representation(
    UUID mandateId,
    String kind,
    PartyView principal,
    String relation,
    List<ServiceRef> services,
    LocalDate validFrom,
    LocalDate validUntil,
    String requiredLoa,
    PartyView intermediary) {

  /** The relation of every voluntary mandate. */
  static final String RELATION_MANDATE = "machtiging";

  static Representation of(Mandate mandate, Service requested) {
    return new Representation(
        mandate.id(),
        mandate.kind(),
        PartyView.of(mandate.principal()),
        RELATION_MANDATE,
        mandate.services().stream().filter(s -> !s.retired()).map(ServiceRef::of).toList(),
        mandate.validFrom(),
        mandate.validUntil(),
        requested.minimumLoa().code(),
        Mandate.KIND_CHAIN.equals(mandate.kind()) ? PartyView.of(mandate.representative()) : null);
  }
}
