package nl.namens.register.statement;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import nl.namens.register.EmbeddedPostgresResource;
import nl.namens.register.TestClock;
import nl.namens.register.party.PartySearch;
import nl.namens.register.service.Catalogue;
import nl.namens.register.service.Service;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The BVD's SQL ({@link OfferQueries}, the very texts the register runs) uses the indexes on a
 * realistic volume, never a table scan; a professional's page and total are one index-only scan of
 * {@code mandates_offer_idx} that reads no party and no service row; 200 000 mandates between 100 000 people plus 2 000 held by
 * one professional, 40 000 listed employees, and 20 000 legal representations of which 500 are held by that professional; a
 * page, a count and a search of the professional's list, and an authorization. The rows are
 * bulk-inserted with SQL ({@code generate_series}, as bench/ does); they belong to nobody the other
 * tests know.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class StatementQueryPlanTest {

  private static final Logger LOG = Logger.getLogger(StatementQueryPlanTest.class);

  @Inject DataSource dataSource;
  @Inject Catalogue catalogue;

  private static UUID professional;
  private static UUID client;
  private static UUID serviceId;

  @BeforeEach
  void realisticVolume() throws SQLException {
    if (professional != null) {
      return;
    }
    String prefix = "Q" + UUID.randomUUID().toString().substring(0, 7);
    serviceId = UUID.randomUUID();
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement()) {
      // as bench/ loads: triggers off, then the register's own function fills the copies they keep
      s.execute("set session_replication_role = replica");
      s.execute(
          "insert into services (id, name, provider, category, minimum_loa, created_at)"
              + " values ('"
              + serviceId
              + "', 'Plan', 'Plan', 'financial', 'substantieel', now())");
      s.execute(
          "insert into parties (id, type, identifier, display_name, birth_date, created_at)"
              + " select gen_random_uuid(), 'BSN', '"
              + prefix
              + "P' || g, 'Persoon ' || g, date '1950-01-01' + (g % 20000), now()"
              + " from generate_series(0, 99999) g");
      s.execute(
          "insert into parties (id, type, identifier, display_name, created_at)"
              + " values (gen_random_uuid(), 'BSN', '"
              + prefix
              + "R', 'Bewindvoerder', now())");
      s.execute("create temporary table plan_people as select id, cast(substr(identifier, 10) as int) as n"
          + " from parties where identifier like '" + prefix + "P%'");
      s.execute("create index on plan_people (n)");
      // 200 000 ordinary mandates: person n for person n+1 and n+2, a tenth of them ended.
      s.execute(
          "insert into mandates (id, kind, principal_id, representative_id, status, valid_from,"
              + " valid_until, created_at, updated_at, revoked_at, channel)"
              + " select gen_random_uuid(), 'voluntary', a.id, b.id,"
              + " case when g % 10 = 0 then 'revoked' else 'active' end, date '2025-01-01',"
              + " date '2030-12-31', now(), now(), case when g % 10 = 0 then now() end, 'online'"
              + " from generate_series(0, 199999) g"
              + " join plan_people a on a.n = g % 100000"
              + " join plan_people b on b.n = (g % 100000 + 1 + g / 100000) % 100000");
      // the professional: 2 000 principals by mandate
      s.execute(
          "insert into mandates (id, kind, principal_id, representative_id, status, valid_from,"
              + " valid_until, created_at, updated_at, channel)"
              + " select gen_random_uuid(), 'voluntary', a.id, r.id, 'active', date '2025-01-01',"
              + " date '2030-12-31', now(), now(), 'online'"
              + " from plan_people a, parties r where a.n < 2000 and r.identifier = '"
              + prefix
              + "R'");
      s.execute(
          "insert into mandate_services (mandate_id, service_id)"
              + " select m.id, '"
              + serviceId
              + "' from mandates m join plan_people a on a.id = m.principal_id");
      // 20 000 of the ordinary mandates list two employees each who may use them
      s.execute(
          "insert into mandate_employees (mandate_id, acting_subject_id)"
              + " select m.id, 'employee-' || e || '-' || m.id from (select m.id from mandates m"
              + " join plan_people a on a.id = m.principal_id limit 20000) m, generate_series(1, 2) e");
      // 20 000 legal representations, 500 of them held by the professional
      s.execute(
          "insert into legal_representations (id, source, external_id, kind, represented_id,"
              + " representative_id, court, decision_date, decision_id, valid_from, status, created_at,"
              + " updated_at)"
              + " select gen_random_uuid(), 'court', '"
              + prefix
              + "-' || a.n, 'bewind', a.id, case when a.n < 500 then r.id else b.id end,"
              + " 'Rechtbank', date '2025-01-01', 'C/' || a.n, date '2025-01-01', 'active', now(), now()"
              + " from plan_people a join plan_people b on b.n = (a.n + 7) % 100000, parties r"
              + " where a.n < 20000 and r.identifier = '"
              + prefix
              + "R'");
      s.execute("select namens_refresh_offer_keys()");
      s.execute("set session_replication_role = origin");
      for (String table :
          new String[] {
            "parties", "mandates", "mandate_services", "mandate_employees", "legal_representations",
            "survivor_mandate_services"
          }) {
        s.execute("vacuum analyze " + table); // as autovacuum keeps a live table: the visibility map set
      }
      try (ResultSet r =
          s.executeQuery(
              "select (select id from parties where identifier = '"
                  + prefix
                  + "R'), (select id from plan_people where n = 42)")) {
        r.next();
        professional = r.getObject(1, UUID.class);
        client = r.getObject(2, UUID.class);
      }
    }
  }

  private OfferQueries.Question professionalAsks(String actingSubjectId) {
    Service service = catalogue.find(serviceId).orElseThrow();
    return new OfferQueries.Question(
        professional, actingSubjectId, service, TestClock.TODAY, true, 18, 16);
  }

  @Test
  void theProfessionalsPageAndTotalAreIndexOnlyScansThatReadNoOtherTable() throws SQLException {
    for (OfferQueries.Sql sql :
        List.of(
            OfferQueries.pageSql(professionalAsks(null), PartySearch.NONE, 0, 10),
            OfferQueries.pageSql(professionalAsks("employee-1"), PartySearch.NONE, 40, 10),
            OfferQueries.countSql(professionalAsks(null), PartySearch.NONE))) {
      String plan = plan(sql);
      assertTrue(plan.contains("Index Only Scan using mandates_offer_idx"), plan);
      assertFalse(plan.contains(" on parties"), "no party is read for the order: " + plan);
      assertFalse(plan.contains(" on mandate_services"), "the services are in the index: " + plan);
      assertNoTableScan(plan);
    }
  }

  @Test
  void searchesStayOnTheOfferIndexes() throws SQLException {
    for (PartySearch search :
        new PartySearch[] {
          new PartySearch("persoon 12", null, null),
          new PartySearch(null, 1960, null),
          new PartySearch(null, null, "0160"),
          new PartySearch("persoon", 1951, "123")
        }) {
      for (OfferQueries.Sql sql :
          List.of(
              OfferQueries.pageSql(professionalAsks(null), search, 0, 10),
              OfferQueries.countSql(professionalAsks(null), search))) {
        String plan = plan(sql);
        assertTrue(plan.contains("mandates_offer_idx"), plan);
        assertNoTableScan(plan);
      }
    }
  }

  @Test
  void anAuthorizationIsAnIndexScanOnActorAndPrincipal() throws SQLException {
    for (UUID id : new UUID[] {null, UUID.randomUUID()}) {
      String plan = plan(OfferQueries.firstSql(professionalAsks(null), client, id));
      assertTrue(
          plan.contains("mandates_principal_representative_idx") || plan.contains("mandates_offer_idx"),
          plan);
      assertNoTableScan(plan);
    }
  }

  private String plan(OfferQueries.Sql sql) throws SQLException {
    String text = literal(sql.text, sql.params);
    StringBuilder plan = new StringBuilder();
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery("explain " + text)) {
      while (r.next()) {
        plan.append(r.getString(1)).append('\n');
      }
    }
    LOG.infof("Plan:%n%s", plan);
    return plan.toString();
  }

  private static void assertNoTableScan(String plan) {
    for (String table :
        new String[] {"mandates", "mandate_services", "mandate_employees", "parties", "legal_representations"}) {
      assertFalse(plan.contains("Seq Scan on " + table + " "), plan);
    }
    assertTrue(plan.contains("legal_representations_"), plan);
  }

  /** The text with every named parameter as a SQL literal, longest names first. */
  private static String literal(String text, Map<String, Object> params) {
    String result = text;
    for (Map.Entry<String, Object> p :
        params.entrySet().stream()
            .sorted(Comparator.comparing((Map.Entry<String, Object> e) -> -e.getKey().length()))
            .toList()) {
      result = result.replace(":" + p.getKey(), literal(p.getValue()));
    }
    return result;
  }

  private static String literal(Object value) {
    if (value instanceof UUID u) {
      return "'" + u + "'::uuid";
    }
    if (value instanceof LocalDate d) {
      return "date '" + d + "'";
    }
    if (value instanceof Number n) {
      return n.toString();
    }
    if (value instanceof Collection<?> list) {
      return list.stream().map(StatementQueryPlanTest::literal).collect(Collectors.joining(", "));
    }
    return "'" + value.toString().replace("'", "''") + "'";
  }
}
