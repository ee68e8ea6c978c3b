package nl.namens.register.audit;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The append-only audit trail of mandate state changes. */
@ApplicationScoped
public class AuditTrail implements PanacheRepositoryBase<AuditEntry, Long> {

  private final Clock clock;

  AuditTrail(Clock clock) {
    this.clock = clock;
  }

  /** Appends an entry in the caller's transaction, so it commits (or not) with the change itself. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void append(
      UUID mandateId, AuditEntry.Who who, String action, String statusBefore, String statusAfter) {
    persist(new AuditEntry(mandateId, clock.instant(), who, action, statusBefore, statusAfter));
  }

  /**
   * How many mandates the party registered or requested since {@code since}; by index {@code
   * audit_entries_actor_idx}.
   */
  public long startedBy(UUID partyId, Instant since) {
    return count(
        "actorPartyId = ?1 and action in ('register', 'request') and at > ?2", partyId, since);
  }

  /** The mandate's history, oldest first. */
  public List<AuditEntry> history(UUID mandateId) {
    return list("mandateId = ?1 order by id", mandateId);
  }
}
