package nl.namens.register.legal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import nl.namens.register.party.NewParty;
import nl.namens.register.party.Parties;
import nl.namens.register.party.Party;
import nl.namens.register.party.PartyReference;

/**
 * Applies one validated import row in its own transaction: all of the row, or nothing of it. The represented
 * person's birth date (BRP: the child's) is recorded on the party; a changed birth date is a correction.
 */
@ApplicationScoped
class LegalRowWriter {

  enum Outcome {
    APPLIED,
    UNCHANGED
  }

  private final LegalRepresentationRepository repository;
  private final Parties parties;
  private final Clock clock;

  LegalRowWriter(LegalRepresentationRepository repository, Parties parties, Clock clock) {
    this.repository = repository;
    this.parties = parties;
    this.clock = clock;
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  Outcome apply(LegalSource source, ImportRow.Valid row) {
    return write(source, row);
  }

  /** As {@link #apply}, in the caller's transaction (the all-or-nothing demo-data load). */
  @Transactional(Transactional.TxType.MANDATORY)
  Outcome applyHere(LegalSource source, ImportRow.Valid row) {
    return write(source, row);
  }

  private Outcome write(LegalSource source, ImportRow.Valid row) {
    Instant now = clock.instant();
    Party represented = party(row.representedBsn(), row.representedName());
    Party representative = party(row.representativeBsn(), row.representativeName());
    Optional<LegalRepresentation> existing =
        repository.lockedByExternalId(source, row.externalId());
    boolean birthDateChanged = parties.recordBirthDate(represented, row.representedBirthDate());
    if (existing.isPresent()
        && existing.get().holds(row, represented, representative)
        && !birthDateChanged) {
      return Outcome.UNCHANGED;
    }
    LegalRepresentation legal =
        existing.orElseGet(() -> new LegalRepresentation(source, row.externalId(), now));
    String action =
        row.terminated() ? "terminated" : existing.isPresent() ? "corrected" : "created";
    legal.take(row, represented, representative, now);
    if (existing.isEmpty()) {
      repository.persist(legal);
    }
    repository.flush();
    repository
        .getEntityManager()
        .persist(new LegalAuditEntry(legal.id(), now, source.code(), action, legal.status()));
    return Outcome.APPLIED;
  }

  private Party party(String bsn, String displayName) {
    PartyReference reference = new PartyReference("BSN", bsn);
    return parties
        .find(reference)
        .orElseGet(
            () ->
                displayName == null
                    ? parties.findOrRegister(reference)
                    : parties.register(new NewParty("BSN", bsn, displayName)));
  }
}
