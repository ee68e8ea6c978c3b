package nl.namens.register.legal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.namens.register.party.PartyView;
import nl.namens.register.service.ServiceRef;

/**
 * A survivor mandate as the helpdesk and admin APIs show it: {@code id}, {@code kind} ({@code survivor}),
 * {@code deceased}, {@code holder}, {@code role}, {@code evidence}, {@code services}, {@code validFrom},
 * {@code status} ({@code proposed} | {@code active} | {@code ended}), {@code endReason} ({@code settled} |
 * {@code revoked} | {@code declined}), {@code source} ({@code helpdesk}), {@code legalBasis}, {@code agentId}
 * (who proposed or registered it), {@code approvedBy} (the second agent of a helpdesk proposal), {@code
 * createdAt}, {@code updatedAt}, {@code endedAt}.
 */
public record SurvivorMandateView(
    UUID id,
    String kind,
    PartyView deceased,
    PartyView holder,
    String role,
    NewSurvivorMandate.Evidence evidence,
    List<ServiceRef> services,
    LocalDate validFrom,
    String status,
    String endReason,
    String source,
    LegalBasis legalBasis,
    String agentId,
    String approvedBy,
    Instant createdAt,
    Instant updatedAt,
    Instant endedAt) {

  static SurvivorMandateView of(LegalRepresentation legal) {
    return new SurvivorMandateView(
        legal.id(),
        legal.kind().code(),
        PartyView.of(legal.represented()),
        PartyView.of(legal.representative()),
        legal.role().code(),
        new NewSurvivorMandate.Evidence(legal.evidenceType(), legal.evidenceReference()),
        legal.survivorServices().stream().map(ServiceRef::of).toList(),
        legal.validFrom(),
        legal.status(),
        legal.endReason(),
        legal.source().code(),
        legal.basis(),
        legal.agentId(),
        legal.approvedBy(),
        legal.createdAt(),
        legal.updatedAt(),
        legal.endedAt());
  }
}
