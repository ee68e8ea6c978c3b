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
import org.junit.jupiter.api.Test;

/**
 * The representations query of the BVD (LegalRepresentationRepository.HELD_BY_SQL) is an index range scan
 * on the representative, not a table scan, with thousands of legal representations in the table. The rows
 * are bulk-inserted with SQL (the import API would take minutes for this volume); they belong to nobody
 * the other tests know.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class LegalQueryPlanTest {

  @Inject DataSource dataSource;

  @Test
  void representationsQueryUsesTheRepresentativeIndex() throws SQLException {
    String prefix = "P" + UUID.randomUUID().toString().substring(0, 8);
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement()) {
      s.execute(
          "insert into parties (id, type, identifier, display_name, created_at)"
              + " select gen_random_uuid(), 'BSN', '"
              + prefix
              + "' || g, null, now() from generate_series(1, 4001) g");
      s.execute(
          "insert into legal_representations (id, source, external_id, kind, represented_id,"
              + " representative_id, court, decision_date, decision_id, valid_from, status, created_at,"
              + " updated_at)"
              + " select gen_random_uuid(), 'court', '"
              + prefix
              + "-' || g, 'bewind', (select id from parties where identifier = '"
              + prefix
              + "' || 4001), p.id, 'Rechtbank', date '2025-01-01', 'C/' || g, date '2025-01-01',"
              + " 'active', now(), now()"
              + " from generate_series(1, 4000) g join parties p on p.identifier = '"
              + prefix
              + "' || g");
      s.execute("analyze legal_representations");
      String representative;
      try (ResultSet r =
          s.executeQuery("select id from parties where identifier = '" + prefix + "1'")) {
        r.next();
        representative = r.getString(1);
      }
      String sql =
          LegalRepresentationRepository.HELD_BY_SQL
              .replace(":representative", "'" + representative + "'::uuid")
              .replace(":day", "date '" + TestClock.TODAY + "'");
      StringBuilder plan = new StringBuilder();
      try (ResultSet r = s.executeQuery("explain " + sql)) {
        while (r.next()) {
          plan.append(r.getString(1)).append('\n');
        }
      }
      String text = plan.toString();
      assertTrue(text.contains("legal_representations_representative_idx"), text);
      assertTrue(text.contains("Index"), text);
      assertFalse(text.contains("Seq Scan on legal_representations"), text);
    }
  }
}
