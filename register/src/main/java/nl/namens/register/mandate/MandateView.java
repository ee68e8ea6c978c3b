package nl.namens.register.mandate;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.namens.register.party.PartyView;
import nl.namens.register.service.ServiceRef;

/** A mandate as the admin API shows it. {@code revokedAt} is absent unless revoked. */
public record MandateView(
    UUID id,
    String kind,
    PartyView principal,
    PartyView representative,
    List<ServiceRef> services,
    LocalDate validFrom,
    LocalDate validUntil,
    String status,
    Instant createdAt,
    Instant updatedAt,
    Instant revokedAt) {

  public static MandateView of(Mandate mandate) {
    return new MandateView(
        mandate.id(),
        mandate.kind().code(),
        PartyView.of(mandate.principal()),
        PartyView.of(mandate.representative()),
        mandate.services().stream().map(ServiceRef::of).toList(),
        mandate.validFrom(),
        mandate.validUntil(),
        mandate.status().code(),
        mandate.createdAt(),
        mandate.updatedAt(),
        mandate.revokedAt());
  }
}
