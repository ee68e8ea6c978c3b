package nl.namens.register.mandate;

import java.time.Instant;
import nl.namens.register.audit.AuditEntry;

/**
 * One line of a mandate's history: when, what, by whom ({@code principal}, {@code representative}, or none
 * for the system and administrators), through which channel, the helpdesk agent and identity-check
 * reference, the status before and after.
 */
public record HistoryEntry(
    Instant at,
    String action,
    String by,
    String channel,
    String actingSubjectId,
    String agentId,
    String identityCheck,
    String statusBefore,
    String statusAfter) {

  static HistoryEntry of(AuditEntry e, Mandate m) {
    String by = null;
    if (e.actorPartyId() != null) {
      by =
          e.actorPartyId().equals(m.principal().id())
              ? MandateDetails.PRINCIPAL
              : e.actorPartyId().equals(m.representative().id())
                  ? MandateDetails.REPRESENTATIVE
                  : null;
    }
    return new HistoryEntry(
        e.at(),
        e.action(),
        by,
        e.channel(),
        e.actingSubjectId(),
        e.agentId(),
        e.identityCheck(),
        e.statusBefore(),
        e.statusAfter());
  }
}
