package nl.namens.register.legal;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.jpa.HibernateHints;

@ApplicationScoped
class LegalRepresentationRepository implements PanacheRepositoryBase<LegalRepresentation, UUID> {

  /**
   * Active relations with an end date before {@code today} whose sessions the broker was not yet told to end,
   * rows locked (skipping rows another transaction holds), at most {@code max}.
   */
  List<LegalRepresentation> expiredWithLiveSessions(java.time.LocalDate today, int max) {
    return getEntityManager()
        .createQuery(
            "select l from LegalRepresentation l join fetch l.representative where l.status = :active"
                + " and l.validUntil < :today and l.sessionsEndedAt is null order by l.validUntil, l.id",
            LegalRepresentation.class)
        .setParameter("active", LegalRepresentation.ACTIVE)
        .setParameter("today", today)
        .setMaxResults(max)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .setHint("jakarta.persistence.lock.timeout", -2)
        .getResultList();
  }

  /** The rows with these ids, both parties and the survivor services fetched, read-only. */
  List<LegalRepresentation> withParties(Collection<UUID> ids) {
    return getEntityManager()
        .createQuery(
            "select distinct l from LegalRepresentation l join fetch l.represented"
                + " join fetch l.representative left join fetch l.survivorServices where l.id in :ids",
            LegalRepresentation.class)
        .setParameter("ids", ids)
        .setHint(HibernateHints.HINT_READ_ONLY, true)
        .getResultList();
  }

  /** The active rows that represent this person (capacity). */
  List<LegalRepresentation> representing(UUID represented) {
    return list("represented.id = ?1 and status = ?2", represented, LegalRepresentation.ACTIVE);
  }

  /** The active rows this representative holds (the portal's "whom I represent"). */
  List<LegalRepresentation> heldBy(UUID representative) {
    return list(
        "representative.id = ?1 and status = ?2 order by validFrom, id",
        representative,
        LegalRepresentation.ACTIVE);
  }

  Optional<LegalRepresentation> lockedByExternalId(LegalSource source, String externalId) {
    return find("source = ?1 and externalId = ?2", source.code(), externalId)
        .withLock(LockModeType.PESSIMISTIC_WRITE)
        .firstResultOptional();
  }

  /** The row, locked ({@code SELECT ... FOR UPDATE}) until the transaction ends. */
  Optional<LegalRepresentation> findForUpdate(UUID id) {
    return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
  }

  /**
   * Whether an active or proposed survivor mandate for the estate of {@code deceased}, other than {@code
   * except} (may be null), already names one of {@code services} (one holder at a time per estate and
   * service). By {@code legal_representations_represented_idx}.
   */
  boolean survivorCovers(UUID deceased, Collection<UUID> services, UUID except) {
    Long count =
        getEntityManager()
            .createQuery(
                "select count(l) from LegalRepresentation l join l.survivorServices s"
                    + " where l.represented.id = :deceased and l.kind = :survivor"
                    + " and l.status in :open and s.id in :services and l.id <> :except",
                Long.class)
            .setParameter("deceased", deceased)
            .setParameter("survivor", LegalKind.SURVIVOR.code())
            .setParameter("open", List.of(LegalRepresentation.ACTIVE, LegalRepresentation.PROPOSED))
            .setParameter("services", services)
            .setParameter("except", except == null ? new UUID(0, 0) : except)
            .getSingleResult();
    return count > 0;
  }

  /** Survivor mandates proposed at the helpdesk, awaiting a second agent, oldest first (at most {@code max}). */
  List<LegalRepresentation> survivorProposals(int max) {
    return find("kind = ?1 and status = ?2 order by createdAt, id", LegalKind.SURVIVOR.code(), LegalRepresentation.PROPOSED)
        .page(0, max)
        .list();
  }
}
