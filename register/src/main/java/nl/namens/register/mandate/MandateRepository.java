package nl.namens.register.mandate;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.namens.register.party.Party;
import org.hibernate.jpa.HibernateHints;

/** Queries on mandates; only this package writes them (MandateCommands, Lapsing). */
@ApplicationScoped
public class MandateRepository implements PanacheRepositoryBase<Mandate, UUID> {

  /** The mandates with these ids, their parties and services fetched, read-only. */
  List<Mandate> withParties(Collection<UUID> ids) {
    return getEntityManager()
        .createQuery(
            "select distinct m from Mandate m join fetch m.principal join fetch m.representative"
                + " left join fetch m.services where m.id in :ids",
            Mandate.class)
        .setParameter("ids", ids)
        .setHint(HibernateHints.HINT_READ_ONLY, true)
        .getResultList();
  }

  /**
   * Whether an active mandate between the same two parties already covers one of the services on a day of
   * {@code [from, until]}.
   */
  boolean activeOverlapExists(
      Party principal, Party representative, Collection<UUID> services, LocalDate from, LocalDate until) {
    Long count =
        getEntityManager()
            .createQuery(
                "select count(m) from Mandate m join m.services s"
                    + " where m.principal = :principal and m.representative = :representative"
                    + " and m.status = :active and s.id in :services"
                    + " and m.validFrom <= :until and m.validUntil >= :from",
                Long.class)
            .setParameter("principal", principal)
            .setParameter("representative", representative)
            .setParameter("active", MandateStatus.ACTIVE)
            .setParameter("services", services)
            .setParameter("from", from)
            .setParameter("until", until)
            .getSingleResult();
    return count > 0;
  }

  /** The mandate, its row locked ({@code SELECT ... FOR UPDATE}) until the transaction ends. */
  Optional<Mandate> findForUpdate(UUID id) {
    return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
  }

  /**
   * Whether an active, pending, requested or proposed mandate between the same two parties already covers one of the
   * services on a day of {@code [from, until]}.
   */
  boolean openOverlapExists(
      Party principal, Party representative, Collection<UUID> services, LocalDate from, LocalDate until) {
    Long count =
        getEntityManager()
            .createQuery(
                "select count(m) from Mandate m join m.services s"
                    + " where m.principal = :principal and m.representative = :representative"
                    + " and m.status in :open and s.id in :services"
                    + " and m.validFrom <= :until and m.validUntil >= :from",
                Long.class)
            .setParameter("principal", principal)
            .setParameter("representative", representative)
            .setParameter(
                "open",
                List.of(
                    MandateStatus.ACTIVE,
                    MandateStatus.PENDING,
                    MandateStatus.REQUESTED,
                    MandateStatus.PROPOSED))
            .setParameter("services", services)
            .setParameter("from", from)
            .setParameter("until", until)
            .getSingleResult();
    return count > 0;
  }

  /**
   * The open mandates (proposed, pending, requested, active, locked) the party is principal or
   * representative of, their rows locked until the transaction ends, oldest first.
   */
  List<Mandate> openWithForUpdate(Party party) {
    return getEntityManager()
        .createQuery(
            "select m from Mandate m where (m.principal = :party or m.representative = :party)"
                + " and m.status in :open order by m.createdAt, m.id",
            Mandate.class)
        .setParameter("party", party)
        .setParameter(
            "open",
            List.of(
                MandateStatus.PROPOSED,
                MandateStatus.PENDING,
                MandateStatus.REQUESTED,
                MandateStatus.ACTIVE,
                MandateStatus.LOCKED))
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultList();
  }

  /**
   * Active mandates whose last day was before {@code today} and whose sessions the broker was not yet told
   * to end, oldest end first, rows locked (skipping rows another transaction holds), at most {@code max}.
   */
  List<Mandate> expiredWithLiveSessions(java.time.LocalDate today, int max) {
    return getEntityManager()
        .createQuery(
            "select m from Mandate m where m.status = :active and m.validUntil < :today"
                + " and m.sessionsEndedAt is null order by m.validUntil, m.id",
            Mandate.class)
        .setParameter("active", MandateStatus.ACTIVE)
        .setParameter("today", today)
        .setMaxResults(max)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .setHint("jakarta.persistence.lock.timeout", -2)
        .getResultList();
  }

  /** Helpdesk proposals awaiting a second agent, oldest first (at most {@code max}). */
  List<Mandate> proposals(int max) {
    return find("status = ?1 order by createdAt, id", MandateStatus.PROPOSED).page(0, max).list();
  }

  /** Ids of pending or requested mandates whose lapse moment has come. */
  List<UUID> dueToLapse(Instant now) {
    return getEntityManager()
        .createQuery(
            "select m.id from Mandate m where m.status in :waiting and m.lapsesAt <= :now",
            UUID.class)
        .setParameter("waiting", List.of(MandateStatus.PENDING, MandateStatus.REQUESTED))
        .setParameter("now", now)
        .getResultList();
  }

  /** Mandates the party gave (principal), newest first. */
  List<Mandate> givenBy(Party party) {
    return list("principal = ?1 order by createdAt desc, id", party);
  }

  /** Mandates the party holds (representative), newest first. */
  List<Mandate> heldBy(Party party) {
    return list("representative = ?1 order by createdAt desc, id", party);
  }

  /**
   * Pending or requested mandates the party is principal or representative of that have not reached their
   * lapse moment at {@code now}, newest first.
   */
  List<Mandate> waitingWith(Party party, Instant now) {
    return list(
        "(principal = ?1 or representative = ?1) and status in ?2 and (lapsesAt is null or lapsesAt > ?3)"
            + " order by createdAt desc, id",
        party,
        List.of(MandateStatus.PENDING, MandateStatus.REQUESTED),
        now);
  }
}
