package nl.namens.register.mandate;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.namens.identifiers.SubjectType;
import nl.namens.register.party.Party;
import nl.namens.register.party.PartyView;
import nl.namens.register.service.ServiceRef;

/**
 * A mandate as a party sees it through the JSON API and the portal.
 *
 * <ul>
 *   <li>{@code status}: stored status ({@code proposed} (a helpdesk registration awaiting a second agent),
 *       {@code pending}, {@code requested}, {@code active}, {@code
 *       declined}, {@code revoked}, {@code lapsed}, {@code locked});
 *   <li>{@code state}: the status with the period applied: an active mandate is {@code expired} after
 *       {@code validUntil}, {@code scheduled} before {@code validFrom}, else {@code active};
 *   <li>{@code role}: the viewer's role ({@code principal} / {@code representative});
 *   <li>{@code awaiting}: whose action a pending/requested mandate waits for;
 *   <li>{@code employeePolicy} / {@code employees}: for company representatives; the list only for the
 *       representative;
 *   <li>{@code proposedBy} / {@code approvedBy}: a helpdesk registration's two agents (four eyes).
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
    List<String> employees,
    String proposedBy,
    String approvedBy) {

  public static final String PRINCIPAL = "principal";
  public static final String REPRESENTATIVE = "representative";

  /**
   * The mandate seen by {@code viewer} (null: an administrator) now: one past its lapse moment reads as
   * {@code lapsed} (ended then), whether or not the lapse has been recorded yet.
   */
  static MandateDetails of(Mandate m, Party viewer, Clock clock) {
    Instant now = clock.instant();
    MandateStatus status = m.statusAt(now);
    boolean derivedLapse = status != m.status();
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
        shown(m.principal(), REPRESENTATIVE.equals(role) && status != MandateStatus.PENDING && m.activatedAt() == null),
        shown(m.representative(), PRINCIPAL.equals(role) && status != MandateStatus.REQUESTED && m.activatedAt() == null),
        m.services().stream().map(ServiceRef::of).toList(),
        m.validFrom(),
        m.validUntil(),
        status.code(),
        state(status, m, LocalDate.ofInstant(now, clock.getZone())),
        role,
        awaiting(status),
        m.channel(),
        m.createdAt(),
        m.updatedAt(),
        m.revokedAt(),
        derivedLapse ? m.lapsesAt() : m.endedAt(),
        derivedLapse ? null : m.codeExpiresAt(),
        derivedLapse ? null : m.lapsesAt(),
        m.undoUntil(),
        company ? m.employeePolicy() : null,
        company && !PRINCIPAL.equals(role) ? m.employees() : null,
        m.proposedBy(),
        m.approvedBy());
  }

  /**
   * A party as its counterparty sees it: without its register name while {@code unnamed}, i.e. the
   * viewer named it by BSN or KvK and it has not activated or approved (a pending mandate is the
   * principal's doing, a requested one the representative's; one that ended before it was ever
   * active, either's). Then the viewer sees what they typed, so the portal and the API are no
   * lookup of names by number (docs/security.md, "No oracle").
   */
  private static PartyView shown(Party party, boolean unnamed) {
    PartyView view = PartyView.of(party);
    return unnamed ? new PartyView(view.type(), view.id(), null, null) : view;
  }

  /** The status with the period applied: an active mandate is expired after, scheduled before it. */
  private static String state(MandateStatus status, Mandate m, LocalDate today) {
    if (status != MandateStatus.ACTIVE) {
      return status.code();
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
