package nl.namens.register.legal;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
class LegalRepresentationRepository implements PanacheRepositoryBase<LegalRepresentation, UUID> {

  /**
   * The rows a representative holds that may be in force on {@code :day}. A range scan on
   * {@code legal_representations_representative_idx}; LegalQueryPlanTest EXPLAINs this very text.
   */
  static final String HELD_BY_SQL =
      "select l.* from legal_representations l"
          + " where l.representative_id = :representative and l.status = 'active'"
          + " and l.valid_from <= :day and (l.valid_until is null or l.valid_until >= :day)"
          + " order by l.valid_from, l.id";

  @SuppressWarnings("unchecked")
  List<LegalRepresentation> heldBy(UUID representative, LocalDate day) {
    return getEntityManager()
        .createNativeQuery(HELD_BY_SQL, LegalRepresentation.class)
        .setParameter("representative", representative)
        .setParameter("day", day)
        .getResultList();
  }

  /** The active rows that represent this person (capacity). */
  List<LegalRepresentation> representing(UUID represented) {
    return list("represented.id = ?1 and status = ?2", represented, LegalRepresentation.ACTIVE);
  }

  Optional<LegalRepresentation> lockedByExternalId(LegalSource source, String externalId) {
    return find("source = ?1 and externalId = ?2", source.code(), externalId)
        .withLock(LockModeType.PESSIMISTIC_WRITE)
        .firstResultOptional();
  }
}
