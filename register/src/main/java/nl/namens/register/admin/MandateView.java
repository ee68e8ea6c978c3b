package nl.namens.register.admin;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.namens.register.mandate.MandateDetails;
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

  static MandateView of(MandateDetails mandate) {
    return new MandateView(
        mandate.id(),
        mandate.kind(),
        mandate.principal(),
        mandate.representative(),
        mandate.services(),
        mandate.validFrom(),
        mandate.validUntil(),
        mandate.status(),
        mandate.createdAt(),
        mandate.updatedAt(),
        mandate.revokedAt());
  }
}
