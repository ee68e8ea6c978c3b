package nl.namens.register;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/** Row counts of the register's tables, to prove that refused input stored nothing. */
public final class Database {

  private static final List<String> TABLES =
      List.of(
          "parties",
          "mandates",
          "mandate_services",
          "mandate_employees",
          "outbox",
          "audit_entries",
          "usages",
          "legal_representations",
          "survivor_mandate_services",
          "legal_audit_entries");

  private Database() {}

  public static Map<String, Long> counts(DataSource dataSource) {
    Map<String, Long> counts = new LinkedHashMap<>();
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement()) {
      for (String table : TABLES) {
        try (ResultSet r = s.executeQuery("select count(*) from " + table)) {
          r.next();
          counts.put(table, r.getLong(1));
        }
      }
      try (ResultSet r =
          s.executeQuery("select coalesce(sum(code_attempts), 0), count(*) filter (where status <> 'active')"
              + " from mandates")) {
        r.next();
        counts.put("code_attempts", r.getLong(1));
        counts.put("not_active", r.getLong(2));
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return counts;
  }
}
