package nl.namens.devstack;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The register (Quarkus fast-jar {@code register/target/quarkus-app/quarkus-run.jar}) as a child
 * process, configured through environment variables. Ready when {@code /q/health/ready} answers
 * 200 on its management port (health, metrics and OpenAPI are not served beside the portal). {@link #stop()} and {@link #start()} may be called repeatedly (tests stop it to simulate
 * "the register cannot answer").
 *
 * <pre>{@code
 * RegisterProcess register = RegisterProcess.builder(Path.of("register/target/quarkus-app/quarkus-run.jar"))
 *     .port(8281).database(db).keycloakUrl("http://localhost:8080")
 *     .logFile(Path.of("target/register.log")).build();
 * register.start();
 * }</pre>
 */
public final class RegisterProcess implements AutoCloseable {
  public static final int RUN_PORT = 8280;
  public static final int TEST_PORT = 8281;
  public static final String REALM = "namens";
  public static final Path DEFAULT_JAR =
      Path.of("register", "target", "quarkus-app", "quarkus-run.jar");

  private final int port;
  private final int managementPort;
  private final Path jar;
  private final Path logFile;
  private final ChildProcess process;

  private RegisterProcess(Builder builder) {
    this.port = builder.port;
    this.managementPort = builder.managementPort > 0 ? builder.managementPort : builder.port + 1000;
    this.jar = builder.jar.toAbsolutePath();
    this.logFile = builder.logFile.toAbsolutePath();
    Map<String, String> environment = new LinkedHashMap<>();
    environment.put("QUARKUS_HTTP_PORT", Integer.toString(port));
    environment.put("QUARKUS_MANAGEMENT_PORT", Integer.toString(managementPort));
    environment.put("QUARKUS_DATASOURCE_JDBC_URL", builder.jdbcUrl);
    environment.put("QUARKUS_DATASOURCE_USERNAME", builder.username);
    environment.put("QUARKUS_DATASOURCE_PASSWORD", builder.password);
    String realmUrl = stripTrailingSlash(builder.keycloakUrl) + "/realms/" + REALM;
    environment.put("NAMENS_BROKER_URL", stripTrailingSlash(builder.keycloakUrl));
    environment.put("MP_JWT_VERIFY_ISSUER", realmUrl);
    environment.put(
        "MP_JWT_VERIFY_PUBLICKEY_LOCATION", realmUrl + "/protocol/openid-connect/certs");
    if (builder.demo) {
      environment.put("NAMENS_DEMO", "true");
    }
    if (builder.demoData != null) {
      environment.put("NAMENS_DEMO_DATA", builder.demoData.toAbsolutePath().toString());
    }
    environment.putAll(builder.extraEnvironment);
    List<String> command = new ArrayList<>();
    command.add(ChildProcess.javaExecutable().toString());
    command.addAll(builder.javaOptions);
    command.add("-jar");
    command.add(jar.toString());
    this.process =
        new ChildProcess(
            "register",
            command,
            environment,
            jar.getParent(),
            logFile,
            URI.create(managementUrl() + "/q/health/ready"),
            builder.startTimeout);
  }

  /** A builder for the register started from the given {@code quarkus-run.jar}. */
  public static Builder builder(Path quarkusRunJar) {
    return new Builder(quarkusRunJar);
  }

  /**
   * Starts the register and waits until it is ready.
   *
   * @throws StartFailedException if the jar is missing, the port is taken, the process exits or is
   *     not ready in time (the message holds the end of its log)
   */
  public void start() {
    if (!Files.isRegularFile(jar)) {
      throw new StartFailedException(
          "register jar " + jar + " not found: build it first (mvn -B -DskipTests install)");
    }
    Ports.requireFree(port, "register");
    Ports.requireFree(managementPort, "register management");
    process.start();
  }

  /** Stops the register and waits until it has ended. Idempotent. */
  public void stop() {
    process.stop();
  }

  @Override
  public void close() {
    stop();
  }

  public boolean isRunning() {
    return process.isRunning();
  }

  /** True when the register was started and has since ended on its own. */
  boolean hasEnded() {
    return process.hasEnded();
  }

  /** {@code http://localhost:<port>} */
  public String baseUrl() {
    return "http://localhost:" + port;
  }

  public int port() {
    return port;
  }

  /** {@code http://localhost:<management port>}: health, metrics, OpenAPI. */
  public String managementUrl() {
    return "http://localhost:" + managementPort;
  }

  public Path logFile() {
    return logFile;
  }

  private static String stripTrailingSlash(String url) {
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }

  /** Settings of a {@link RegisterProcess}; database and Keycloak URL are required. */
  public static final class Builder {
    private final Path jar;
    private int port = TEST_PORT;
    private int managementPort;
    private String jdbcUrl;
    private String username;
    private String password;
    private String keycloakUrl;
    private Path demoData;
    private boolean demo = true;
    private Path logFile = Path.of("target", "register.log");
    private Duration startTimeout = Duration.ofSeconds(90);
    private final List<String> javaOptions = new ArrayList<>();
    private final Map<String, String> extraEnvironment = new LinkedHashMap<>();

    private Builder(Path jar) {
      this.jar = Objects.requireNonNull(jar, "jar");
    }

    /** HTTP port; default {@value RegisterProcess#TEST_PORT}. */
    public Builder port(int port) {
      this.port = port;
      return this;
    }

    /** Management port (health, metrics, OpenAPI); default the HTTP port + 1000. */
    public Builder managementPort(int managementPort) {
      this.managementPort = managementPort;
      return this;
    }

    public Builder database(EmbeddedDatabase database) {
      return database(database.jdbcUrl(), database.username(), database.password());
    }

    public Builder database(String jdbcUrl, String username, String password) {
      this.jdbcUrl = jdbcUrl;
      this.username = username;
      this.password = password;
      return this;
    }

    /**
     * Keycloak's base URL, e.g. {@code http://localhost:8080}; issuer and JWKS of realm namens
     * follow.
     */
    public Builder keycloakUrl(String keycloakUrl) {
      this.keycloakUrl = keycloakUrl;
      return this;
    }

    /**
     * The register's client key (PEM, the portal's and the notifier's {@code private_key_jwt}), passed as {@code
     * NAMENS_CLIENT_KEY}; comment lines before the PEM are left out. Default none (those clients cannot
     * authenticate at the broker).
     */
    public Builder clientKey(String pem) {
      int begin = pem.indexOf("-----BEGIN");
      this.extraEnvironment.put("NAMENS_CLIENT_KEY", begin < 0 ? pem : pem.substring(begin));
      return this;
    }

    /**
     * The SMTP server for the register's e-mail notifications (e.g. {@link DemoMail}): {@code
     * QUARKUS_MAILER_HOST}, {@code QUARKUS_MAILER_PORT}, plain SMTP without STARTTLS. Default none: the
     * register then tries {@code localhost:25} and keeps its mail jobs pending (retried; nothing is lost).
     */
    public Builder mail(String host, int port) {
      this.extraEnvironment.put("QUARKUS_MAILER_HOST", host);
      this.extraEnvironment.put("QUARKUS_MAILER_PORT", Integer.toString(port));
      this.extraEnvironment.put("QUARKUS_MAILER_START_TLS", "DISABLED");
      return this;
    }

    /** Demo data JSON loaded when the register's database has no services yet; default none. */
    public Builder demoData(Path demoData) {
      this.demoData = demoData;
      return this;
    }

    /**
     * A production start: without {@code NAMENS_DEMO=true}, which this launcher otherwise sets (it
     * runs the demo, the tests and the bench), so the register refuses every demo setting.
     */
    public Builder production() {
      this.demo = false;
      return this;
    }

    /** Where the process output is appended; default {@code target/register.log}. */
    public Builder logFile(Path logFile) {
      this.logFile = logFile;
      return this;
    }

    /** How long to wait for readiness; default 90 s. */
    public Builder startTimeout(Duration startTimeout) {
      this.startTimeout = startTimeout;
      return this;
    }

    /** A JVM option for the register's JVM, e.g. {@code -Xmx256m}. */
    public Builder javaOption(String option) {
      this.javaOptions.add(option);
      return this;
    }

    /** Any further environment variable (e.g. a Quarkus setting). */
    public Builder environment(String name, String value) {
      this.extraEnvironment.put(name, value);
      return this;
    }

    public RegisterProcess build() {
      Objects.requireNonNull(jdbcUrl, "database");
      Objects.requireNonNull(keycloakUrl, "keycloakUrl");
      return new RegisterProcess(this);
    }
  }
}
