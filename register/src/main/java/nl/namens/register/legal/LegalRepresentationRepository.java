package nl.namens.register.legal;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Query;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.namens.register.party.PartySearch;

@ApplicationScoped
class LegalRepresentationRepository implements PanacheRepositoryBase<LegalRepresentation, UUID> {

  /**
   * The rows a representative holds that may be in force on {@code :day} at service {@code :service} (a
   * survivor mandate only if it names the service). A range scan on {@code
   * legal_representations_representative_idx}; LegalQueryPlanTest EXPLAINs this very text.
   */
  static final String HELD_BY_SQL =
      "select l.* from legal_representations l"
          + " where l.representative_id = :representative and l.status = 'active'"
          + " and l.valid_from <= :day and (l.valid_until is null or l.valid_until >= :day)"
          + " and (l.kind <> 'survivor' or exists (select 1 from survivor_mandate_services s"
          + " where s.legal_representation_id = l.id and s.service_id = :service))";

  private static final String ORDER = " order by l.valid_from, l.id";

  /**
   * {@link #HELD_BY_SQL} with the search criteria on the represented party: {@code :name} (lower case,
   * {@code %}-wrapped, LIKE-escaped), {@code :bornFrom} / {@code :bornBefore}, {@code :bsnPart} ({@code
   * %}-wrapped digits). They are one scalar subquery per row by {@code parties_pkey}, which PostgreSQL cannot
   * turn into a join: the plan always starts with the range scan on the representative and never scans
   * {@code parties}. Without criteria: {@link #HELD_BY_SQL} as is.
   */
  static String heldBySql(PartySearch search) {
    List<String> criteria = new ArrayList<>();
    if (search.name() != null) {
      criteria.add("lower(p.display_name) like :name escape '\\'");
    }
    if (search.birthYear() != null) {
      criteria.add("p.birth_date >= :bornFrom and p.birth_date < :bornBefore");
    }
    if (search.bsnPart() != null) {
      criteria.add("p.identifier like :bsnPart");
    }
    if (criteria.isEmpty()) {
      return HELD_BY_SQL + ORDER;
    }
    return HELD_BY_SQL
        + " and (select "
        + String.join(" and ", criteria)
        + " from parties p where p.id = l.represented_id)"
        + ORDER;
  }

  @SuppressWarnings("unchecked")
  List<LegalRepresentation> heldBy(
      UUID representative, UUID service, LocalDate day, PartySearch search) {
    Query query =
        getEntityManager()
            .createNativeQuery(heldBySql(search), LegalRepresentation.class)
            .setParameter("representative", representative)
            .setParameter("service", service)
            .setParameter("day", day);
    if (search.name() != null) {
      query.setParameter("name", "%" + escapeLike(search.nameLowerCase()) + "%");
    }
    if (search.birthYear() != null) {
      query.setParameter("bornFrom", search.bornFrom()).setParameter("bornBefore", search.bornBefore());
    }
    if (search.bsnPart() != null) {
      query.setParameter("bsnPart", "%" + search.bsnPart() + "%");
    }
    return query.getResultList();
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
   * Whether an active survivor mandate for the estate of {@code deceased} already names one of {@code
   * services} (one holder at a time per estate and service). By {@code legal_representations_represented_idx}.
   */
  boolean activeSurvivorCovers(UUID deceased, Collection<UUID> services) {
    Long count =
        getEntityManager()
            .createQuery(
                "select count(l) from LegalRepresentation l join l.survivorServices s"
                    + " where l.represented.id = :deceased and l.kind = :survivor"
                    + " and l.status = :active and s.id in :services",
                Long.class)
            .setParameter("deceased", deceased)
            .setParameter("survivor", LegalKind.SURVIVOR.code())
            .setParameter("active", LegalRepresentation.ACTIVE)
            .setParameter("services", services)
            .getSingleResult();
    return count > 0;
  }

  /** {@code \}, {@code %} and {@code _} taken literally in a LIKE pattern with {@code escape '\'}. */
  static String escapeLike(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }
}
