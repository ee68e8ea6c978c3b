package nl.namens.register.legal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import javax.sql.DataSource;
import nl.namens.register.EmbeddedPostgresResource;
import nl.namens.register.TestClock;
import nl.namens.register.party.PartySearch;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The representations query of the BVD ({@code LegalRepresentationRepository.heldBySql}, the very text the
 * register runs) is an index range scan on the representative, not a table scan: with 20 000 legal
 * representations in the table, 500 of them held by one professional administrator, with and without search
 * criteria. The rows are bulk-inserted with SQL (the import API would take minutes for this volume); they
 * belong to nobody the other tests know.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class LegalQueryPlanTest {

  private static final Logger LOG = Logger.getLogger(LegalQueryPlanTest.class);

  @Inject DataSource dataSource;

  private static String professional;

  @BeforeEach
  void manyRelationsOneProfessional() throws SQLException {
    if (professional != null) {
      return;
    }
    String prefix = "P" + UUID.randomUUID().toString().substring(0, 7);
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement()) {
      // 20 000 represented persons and 19 501 representatives: R0 holds 500 relations, the others one each.
      s.execute(
          "insert into parties (id, type, identifier, display_name, birth_date, created_at)"
              + " select gen_random_uuid(), 'BSN', '"
              + prefix
              + "C' || g, 'Client ' || g, date '1950-01-01' + (g % 20000), now()"
              + " from generate_series(1, 20000) g");
      s.execute(
          "insert into parties (id, type, identifier, display_name, created_at)"
              + " select gen_random_uuid(), 'BSN', '"
              + prefix
              + "R' || g, 'Bewindvoerder ' || g, now() from generate_series(0, 19500) g");
      s.execute(
          "insert into legal_representations (id, source, external_id, kind, represented_id,"
              + " representative_id, court, decision_date, decision_id, valid_from, status, created_at,"
              + " updated_at)"
              + " select gen_random_uuid(), 'court', '"
              + prefix
              + "-' || g, 'bewind', c.id, r.id, 'Rechtbank', date '2025-01-01', 'C/' || g,"
              + " date '2025-01-01', 'active', now(), now()"
              + " from generate_series(1, 20000) g"
              + " join parties c on c.type = 'BSN' and c.identifier = '"
              + prefix
              + "C' || g"
              + " join parties r on r.type = 'BSN' and r.identifier = '"
              + prefix
              + "R' || greatest(g - 500, 0)");
      s.execute("analyze parties");
      s.execute("analyze legal_representations");
      s.execute("analyze survivor_mandate_services");
      try (ResultSet r =
          s.executeQuery("select id from parties where identifier = '" + prefix + "R0'")) {
        r.next();
        professional = r.getString(1);
      }
    }
  }

  @Test
  void representationsQueryUsesTheRepresentativeIndex() throws SQLException {
    assertRangeScan(PartySearch.NONE);
  }

  @Test
  void searchByNameBirthYearAndBsnPartStaysARangeScanOnTheRepresentative() throws SQLException {
    assertRangeScan(new PartySearch("client 12", null, null));
    assertRangeScan(new PartySearch(null, 1960, null));
    assertRangeScan(new PartySearch(null, null, "0160"));
    assertRangeScan(new PartySearch("client", 1951, "123"));
  }

  private void assertRangeScan(PartySearch search) throws SQLException {
    String sql =
        LegalRepresentationRepository.heldBySql(search)
            .replace(":representative", "'" + professional + "'::uuid")
            .replace(":service", "'" + UUID.randomUUID() + "'::uuid")
            .replace(":day", "date '" + TestClock.TODAY + "'")
            .replace(":name", "'%client 12%'")
            .replace(":bornFrom", "date '1960-01-01'")
            .replace(":bornBefore", "date '1961-01-01'")
            .replace(":bsnPart", "'%0160%'");
    StringBuilder plan = new StringBuilder();
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery("explain " + sql)) {
      while (r.next()) {
        plan.append(r.getString(1)).append('\n');
      }
    }
    String text = plan.toString();
    LOG.infof("Plan of the representations query (%s):%n%s", search, text);
    assertTrue(text.contains("legal_representations_representative_idx"), text);
    assertFalse(text.contains("Seq Scan on legal_representations"), text);
    assertFalse(text.contains("Seq Scan on parties"), text);
  }
}
