package nl.namens.register.audit;

import static nl.namens.register.PortalApi.registered;
import static nl.namens.register.RegisterApi.person;
import static nl.namens.register.RegisterApi.service;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import nl.namens.register.EmbeddedPostgresResource;
import org.junit.jupiter.api.Test;

/** The database itself keeps the audit trail append-only. */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class AuditAppendOnlyTest {

  @Inject DataSource dataSource;

  @Test
  void updatingAnAuditEntryIsRefusedByTheDatabase() throws SQLException {
    registered(person(), person(), service("X"));
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement()) {
      SQLException e =
          assertThrows(
              SQLException.class, () -> s.executeUpdate("update audit_entries set action = 'forged'"));
      assertTrue(e.getMessage().contains("append-only"), e.getMessage());
    }
  }

  @Test
  void deletingAuditEntriesIsRefusedByTheDatabase() throws SQLException {
    registered(person(), person(), service("X"));
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement()) {
      assertThrows(SQLException.class, () -> s.executeUpdate("delete from audit_entries"));
      assertThrows(SQLException.class, () -> s.executeUpdate("truncate audit_entries"));
    }
  }

  @Test
  void appendingStillWorks() throws SQLException {
    registered(person(), person(), service("X"));
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement();
        var r = s.executeQuery("select count(*) from audit_entries where action = 'register'")) {
      r.next();
      assertTrue(r.getLong(1) >= 1);
    }
  }
}
