package nl.namens.devstack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedDatabaseTest {

  @Test
  void freshDatabaseAnswersQueriesAndStopsCleanly() throws Exception {
    EmbeddedDatabase database = EmbeddedDatabase.startFresh();
    try (Connection connection = database.connect();
        Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery("select 1, current_database()")) {
      assertTrue(result.next());
      assertEquals(1, result.getInt(1));
      assertEquals("namens", result.getString(2));
      assertTrue(database.jdbcUrl().startsWith("jdbc:postgresql://localhost:"));
    } finally {
      database.stop();
    }
    assertFalse(Ports.inUse(database.port()), "port still open after stop");
    database.stop(); // idempotent
  }

  @Test
  void persistentDatabaseKeepsItsDataAcrossRestarts(@TempDir Path dir) throws Exception {
    Path data = dir.resolve("pgdata");
    Path log = dir.resolve("logs/postgres.log");
    int port = Ports.free();
    try (EmbeddedDatabase first = EmbeddedDatabase.startPersistent(data, port, log);
        Connection connection = first.connect();
        Statement statement = connection.createStatement()) {
      statement.execute("create table kept (value text)");
      statement.execute("insert into kept values ('still here')");
    }
    assertTrue(Files.isRegularFile(data.resolve("postgresql.conf")));
    try (EmbeddedDatabase second = EmbeddedDatabase.startPersistent(data, port, log);
        Connection connection = second.connect();
        Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery("select value from kept")) {
      assertTrue(result.next());
      assertEquals("still here", result.getString(1));
    }
  }
}
