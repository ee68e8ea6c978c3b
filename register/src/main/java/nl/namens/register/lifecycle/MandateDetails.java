package nl.namens.register.lifecycle;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.namens.identifiers.SubjectType;
import nl.namens.register.mandate.Mandate;
import nl.namens.register.mandate.MandateStatus;
import nl.namens.register.party.Party;
import nl.namens.register.party.PartyView;
import nl.namens.register.service.ServiceRef;

/**
 * A mandate as a party sees it through the JSON API and the portal.
 *
 * <ul>
 *   <li>{@code status}: stored status ({@code pending}, {@code requested}, {@code active}, {@code
 *       declined}, {@code revoked}, {@code lapsed}, {@code locked});
 *   <li>{@code state}: the status with the period applied: an active mandate is {@code expired} after
 *       {@code validUntil}, {@code scheduled} before {@code validFrom}, else {@code active};
 *   <li>{@code role}: the viewer's role ({@code principal} / {@code representative});
 *   <li>{@code awaiting}: whose action a pending/requested mandate waits for;
 *   <li>{@code employeePolicy} / {@code employees}: for company representatives; the list only for the
 *       representative.
 * </ul>
 */
public record MandateDetails(
    UUID id,
    String kind,
    PartyView principal,
    PartyView representative,
    List<ServiceRef> services,
    LocalDate validFrom,
    LocalDate validUntil,
    String status,
    String state,
    String role,
    String awaiting,
    String channel,
    Instant createdAt,
    Instant updatedAt,
    Instant revokedAt,
    Instant endedAt,
    Instant codeExpiresAt,
    Instant lapsesAt,
    Instant undoUntil,
    String employeePolicy,
    List<String> employees) {

  public static final String PRINCIPAL = "principal";
  public static final String REPRESENTATIVE = "representative";

  /** The mandate seen by {@code viewer} (null: an administrator) on {@code today}. */
  static MandateDetails of(Mandate m, Party viewer, LocalDate today) {
    String role =
        viewer == null
            ? null
            : viewer.id().equals(m.principal().id())
                ? PRINCIPAL
                : viewer.id().equals(m.representative().id()) ? REPRESENTATIVE : null;
    boolean company = m.representative().type() == SubjectType.KVK;
    return new MandateDetails(
        m.id(),
        m.kind().code(),
        PartyView.of(m.principal()),
        PartyView.of(m.representative()),
        m.services().stream().map(ServiceRef::of).toList(),
        m.validFrom(),
        m.validUntil(),
        m.status().code(),
        state(m, today),
        role,
        awaiting(m.status()),
        m.channel(),
        m.createdAt(),
        m.updatedAt(),
        m.revokedAt(),
        m.endedAt(),
        m.codeExpiresAt(),
        m.lapsesAt(),
        m.undoUntil(),
        company ? m.employeePolicy() : null,
        company && !PRINCIPAL.equals(role) ? m.employees() : null);
  }

  static String state(Mandate m, LocalDate today) {
    if (m.status() != MandateStatus.ACTIVE) {
      return m.status().code();
    }
    if (today.isAfter(m.validUntil())) {
      return "expired";
    }
    if (today.isBefore(m.validFrom())) {
      return "scheduled";
    }
    return "active";
  }

  static String awaiting(MandateStatus status) {
    return switch (status) {
      case PENDING -> REPRESENTATIVE;
      case REQUESTED -> PRINCIPAL;
      default -> null;
    };
  }
}
