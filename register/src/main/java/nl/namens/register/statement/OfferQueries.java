package nl.namens.register.statement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.namens.register.legal.LegalConfig;
import nl.namens.register.legal.LegalKind;
import nl.namens.register.party.PartySearch;
import nl.namens.register.service.Category;
import nl.namens.register.service.Service;

/**
 * The BVD's questions in SQL: which relations let a party act for someone at a service on a day,
 * over voluntary and chain mandates and legal representations (survivor mandates included) alike.
 * A mandate is offered when active, in its period, naming the service, and (policy {@code listed})
 * listing the employee; a legal relation as {@code LegalRepresentation.offeredAt} says (in force,
 * its kind covering the service's category, the child's age at care services; a survivor mandate
 * naming the service). The database filters, orders, pages and counts; Java loads the page only. {@code StatementQueryPlanTest} EXPLAINs these
 * very texts on a realistic volume.
 *
 * <p>Both branches start from the actor's index: {@code mandates_offer_idx} and {@code
 * legal_representations_offer_idx}; an authorization adds the principal, served by
 * {@code mandates_principal_representative_idx} and {@code legal_representations_represented_idx}.
 * The principal's name (the order and the name search) and the services are copies on the
 * relation's own row ({@code principal_sort_key}, {@code service_ids}; V6, kept by triggers), in
 * the index with every other condition of an offer: a page walks the index in order and stops
 * after {@code limit} rows (a merge of both branches), a total is an index-only scan. Listed
 * employees and the birth-year and identifier searches are correlated scalar subqueries on primary
 * keys, which PostgreSQL never turns into joins: the work grows with the actor's relations, never
 * with the tables.
 */
@ApplicationScoped
class OfferQueries {

  /** One relation found: its id and whether it is a legal one. */
  record Found(UUID id, boolean legal) {}

  /**
   * What is asked: the actor's party id, the employee ({@code actingSubjectId}, may be null), the
   * service, the day; {@code legal} whether legal relations can count (the actor has a BSN); the
   * ages of {@link LegalConfig}.
   */
  record Question(
      UUID actor,
      String actingSubjectId,
      Service service,
      LocalDate day,
      boolean legal,
      int adultAge,
      int careParentUntilAge) {}

  private final EntityManager em;

  OfferQueries(EntityManager em) {
    this.em = em;
  }

  /** One page of the relations offered, ordered by the principal's name (unnamed last), then id. */
  List<Found> page(Question question, PartySearch search, int offset, Integer limit) {
    return found(pageSql(question, search, offset, limit).bind(em).getResultList());
  }

  /** How many relations are offered that match the search. */
  long count(Question question, PartySearch search) {
    return ((Number) countSql(question, search).bind(em).getSingleResult()).longValue();
  }

  /**
   * The relation that lets the actor act for {@code principal} (a party id), through {@code id} if
   * given: a mandate before a legal relation, the oldest first.
   */
  Optional<Found> first(Question question, UUID principal, UUID id) {
    return found(firstSql(question, principal, id).bind(em).getResultList()).stream().findFirst();
  }

  static Sql pageSql(Question question, PartySearch search, int offset, Integer limit) {
    Sql sql = offered(question, null, null, false);
    sql.text =
        "select o.id, o.legal from ("
            + sql.text
            + ") o"
            + where(search, sql)
            + " order by o.sort_key nulls last, o.id"
            + (limit == null ? "" : " limit " + limit)
            + " offset "
            + offset;
    return sql;
  }

  static Sql countSql(Question question, PartySearch search) {
    Sql sql = offered(question, null, null, false);
    sql.text = "select count(*) from (" + sql.text + ") o" + where(search, sql);
    return sql;
  }

  static Sql firstSql(Question question, UUID principal, UUID id) {
    Sql sql = offered(question, principal, id, true);
    sql.text =
        "select o.id, o.legal from ("
            + sql.text
            + ") o order by o.legal, o.valid_from, o.created_at, o.id limit 1";
    return sql;
  }

  /**
   * The union of the offered mandates and legal relations, as {@code (id, legal, sort_key,
   * party_id)} and, for {@code first}, {@code (valid_from, created_at)}: the text and its
   * parameters. Every column of a page or a count is in {@code mandates_offer_idx} and {@code
   * legal_representations_offer_idx}, so both are index-only scans in the index's order.
   */
  private static Sql offered(Question q, UUID principal, UUID id, boolean first) {
    Sql sql = new Sql();
    sql.param("actor", q.actor()).param("service", q.service().id()).param("day", q.day());
    StringBuilder text =
        new StringBuilder(
            "select m.id, false as legal, m.principal_sort_key as sort_key, m.principal_id as party_id"
                + (first ? ", m.valid_from, m.created_at" : "")
                + " from mandates m"
                + " where m.representative_id = :actor and m.status = 'active'"
                + " and m.valid_from <= :day and m.valid_until >= :day"
                + " and :service = any (m.service_ids)");
    if (q.actingSubjectId() == null) {
      text.append(" and m.employee_policy = 'all'");
    } else {
      sql.param("actingSubjectId", q.actingSubjectId());
      text.append(
          " and (m.employee_policy = 'all' or (select true from mandate_employees e"
              + " where e.mandate_id = m.id and e.acting_subject_id = :actingSubjectId))");
    }
    if (principal != null) {
      sql.param("principal", principal);
      text.append(" and m.principal_id = :principal");
    }
    if (id != null) {
      sql.param("id", id);
      text.append(" and m.id = :id");
    }
    List<String> kinds = legalKinds(q.service());
    if (q.legal() && !kinds.isEmpty()) {
      sql.param("kinds", kinds).param("adultAge", q.adultAge());
      text.append(
          " union all select l.id, true, l.represented_sort_key, l.represented_id"
              + (first ? ", l.valid_from, l.created_at" : "")
              + " from legal_representations l"
              + " where l.representative_id = :actor and l.status = 'active'"
              + " and l.valid_from <= :day and (l.valid_until is null or l.valid_until >= :day)"
              + " and (l.child_birth_date is null"
              + " or cast(l.child_birth_date + make_interval(years => :adultAge) as date) > :day)"
              + " and l.kind in (:kinds)");
      if (q.service().category() == Category.CARE) {
        sql.param("careAge", q.careParentUntilAge());
        text.append(
            " and (l.kind <> 'parental-authority'"
                + " or extract(year from age(:day, l.child_birth_date)) < :careAge)");
      }
      if (kinds.contains(LegalKind.SURVIVOR.code())) {
        text.append(" and (l.kind <> 'survivor' or :service = any (l.service_ids))");
      }
      if (principal != null) {
        text.append(" and l.represented_id = :principal");
      }
      if (id != null) {
        text.append(" and l.id = :id");
      }
    }
    sql.text = text.toString();
    return sql;
  }

  /**
   * The legal kinds that may be offered at the service: those whose scope covers its category, and
   * survivor mandates at a service for settling an estate.
   */
  private static List<String> legalKinds(Service service) {
    List<String> kinds = new ArrayList<>();
    for (LegalKind kind : LegalKind.values()) {
      if (kind == LegalKind.SURVIVOR ? service.settlesEstate() : kind.covers(service.category())) {
        kinds.add(kind.code());
      }
    }
    return kinds;
  }

  /**
   * The search criteria on the principal: a part of the name (case-insensitive, taken literally)
   * on the sort key itself; the birth year and a part of the identifier as one scalar subquery on
   * {@code parties_pkey}.
   */
  private static String where(PartySearch search, Sql sql) {
    List<String> criteria = new ArrayList<>();
    if (search.name() != null) {
      sql.param("name", "%" + escapeLike(search.nameLowerCase()) + "%");
      criteria.add("o.sort_key like :name escape '\\'");
    }
    List<String> party = new ArrayList<>();
    if (search.birthYear() != null) {
      sql.param("bornFrom", search.bornFrom()).param("bornBefore", search.bornBefore());
      party.add("p.birth_date >= :bornFrom and p.birth_date < :bornBefore");
    }
    if (search.bsnPart() != null) {
      sql.param("bsnPart", "%" + search.bsnPart() + "%");
      party.add("p.identifier like :bsnPart");
    }
    if (!party.isEmpty()) {
      criteria.add(
          "(select " + String.join(" and ", party) + " from parties p where p.id = o.party_id)");
    }
    return criteria.isEmpty() ? "" : " where " + String.join(" and ", criteria);
  }

  /** {@code \}, {@code %} and {@code _} taken literally in a LIKE pattern with {@code escape '\'}. */
  static String escapeLike(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }

  private static List<Found> found(List<?> rows) {
    List<Found> found = new ArrayList<>(rows.size());
    for (Object row : rows) {
      Object[] columns = (Object[]) row;
      found.add(new Found((UUID) columns[0], (Boolean) columns[1]));
    }
    return found;
  }

  /** A query text and its named parameters. */
  static final class Sql {
    String text;
    final Map<String, Object> params = new LinkedHashMap<>();

    Sql param(String name, Object value) {
      params.put(name, value);
      return this;
    }

    Query bind(EntityManager em) {
      Query query = em.createNativeQuery(text);
      params.forEach(query::setParameter);
      return query;
    }
  }
}
