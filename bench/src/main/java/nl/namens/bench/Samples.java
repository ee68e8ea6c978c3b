package nl.namens.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The six measured scenarios, with request bodies drawn from the generated data: ordinary representatives
 * with a mandate in force for the tax service (random ordinary mandates), and the largest professional with
 * a sample of his principals. Searches look for the surname of one of the actor's own principals.
 */
final class Samples {

  static final int PAGE = 10;
  private static final int SAMPLE = 1_000;

  /** Scenario key to title, as in {@link #scenarios}. */
  static final java.util.Map<String, String> TITLES =
      java.util.Map.of(
          "auth-ordinary", "authorizations, ordinary person",
          "auth-professional", "authorizations, professional (largest)",
          "reps-ordinary", "representations first page, ordinary person",
          "search-ordinary", "representations search by name, ordinary person",
          "reps-professional", "representations first page, professional (largest)",
          "search-professional", "representations search by name, professional (largest)");

  private Samples() {}

  /** A relation in force: actor, principal, the mandate, the principal's surname. */
  record Relation(String actor, String principal, String mandateId, String surname) {}

  static List<Scenario> scenarios(Connection connection, Shape shape, String service) throws SQLException {
    List<Relation> ordinary = ordinary(connection, shape, service);
    List<Relation> professional = professional(connection, shape, service);
    return List.of(
        new Scenario(
            "auth-ordinary",
            "authorizations, ordinary person",
            "/bvd/v1/authorizations",
            ordinary.stream().map(r -> authorization(r, service)).toList()),
        new Scenario(
            "auth-professional",
            "authorizations, professional (largest)",
            "/bvd/v1/authorizations",
            professional.stream().map(r -> authorization(r, service)).toList()),
        new Scenario(
            "reps-ordinary",
            "representations first page, ordinary person",
            "/bvd/v1/representations",
            ordinary.stream().map(r -> representations(r.actor(), service, null)).toList()),
        new Scenario(
            "search-ordinary",
            "representations search by name, ordinary person",
            "/bvd/v1/representations",
            ordinary.stream().map(r -> representations(r.actor(), service, r.surname())).toList()),
        new Scenario(
            "reps-professional",
            "representations first page, professional (largest)",
            "/bvd/v1/representations",
            professional.stream().map(r -> representations(r.actor(), service, null)).toList()),
        new Scenario(
            "search-professional",
            "representations search by name, professional (largest)",
            "/bvd/v1/representations",
            professional.stream().map(r -> representations(r.actor(), service, r.surname())).toList()));
  }

  private static final String RELATION =
      "select a.identifier, p.identifier, m.id::text, p.display_name from mandates m"
          + " join parties a on a.id = m.representative_id join parties p on p.id = m.principal_id"
          + " where m.status = 'active' and m.valid_from <= current_date and m.valid_until >= current_date"
          + " and exists (select 1 from mandate_services s where s.mandate_id = m.id and s.service_id = ?::uuid)";

  /** Random ordinary mandates in force (mandates after the professionals' block), looked up by id. */
  private static List<Relation> ordinary(Connection connection, Shape shape, String service) throws SQLException {
    return query(
        connection,
        RELATION
            + " and a.id not in (select md5('bench-party-' || k)::uuid from generate_series(1, ?) k)"
            + " and m.id in (select md5('bench-mandate-' || (1 + floor(random() * (select count(*) from mandates))::bigint))::uuid"
            + "   from generate_series(1, ?))"
            + " limit ?",
        service,
        shape.professionals(),
        SAMPLE * 4);
  }

  /** The largest professional (the last one) and a random sample of his principals. */
  private static List<Relation> professional(Connection connection, Shape shape, String service)
      throws SQLException {
    return query(
        connection,
        RELATION + " and m.representative_id = md5('bench-party-' || ?)::uuid order by random() limit ?",
        service,
        shape.professionals(),
        -1);
  }

  private static List<Relation> query(Connection connection, String sql, String service, long professionals, int draws)
      throws SQLException {
    try (PreparedStatement query = connection.prepareStatement(sql)) {
      query.setString(1, service);
      query.setLong(2, professionals);
      if (draws > 0) {
        query.setInt(3, draws);
        query.setInt(4, SAMPLE);
      } else {
        query.setInt(3, SAMPLE);
      }
      List<Relation> relations = new ArrayList<>();
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          String name = rows.getString(4);
          String surname = name.substring(name.indexOf(". ") + 2).toLowerCase(Locale.ROOT);
          relations.add(new Relation(rows.getString(1), rows.getString(2), rows.getString(3), surname));
        }
      }
      return relations;
    }
  }

  private static String authorization(Relation relation, String service) {
    return "{\"actor\":{\"type\":\"BSN\",\"id\":\"" + relation.actor() + "\"},"
        + "\"principal\":{\"type\":\"BSN\",\"id\":\"" + relation.principal() + "\"},"
        + "\"service\":\"" + service + "\",\"mandateId\":\"" + relation.mandateId() + "\"}";
  }

  private static String representations(String actor, String service, String name) {
    return "{\"actor\":{\"type\":\"BSN\",\"id\":\"" + actor + "\"},\"service\":\"" + service + "\","
        + (name == null ? "" : "\"search\":{\"name\":\"" + name + "\"},")
        + "\"offset\":0,\"limit\":" + PAGE + "}";
  }
}
