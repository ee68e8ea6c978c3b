package nl.namens.devstack;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Keycloak from the {@code keycloak-quarkus-dist} zip for the run command: unpacked once into
 * {@code <installParent>/keycloak-<version>/}, the Namens provider and theme jars copied into its
 * {@code providers/}, the realm JSON files (placeholders replaced) written to {@code data/import/},
 * then {@code bin/kc.sh start-dev --import-realm} as a child process. Its dev-file H2 database
 * stays in the distribution's {@code data/}, so a second run keeps realms and users ({@code
 * --import-realm} skips realms that exist).
 */
public final class KeycloakDistribution implements AutoCloseable {
  public static final int RUN_HTTP_PORT = 8180;
  public static final int RUN_MANAGEMENT_PORT = 9180;
  static final String REALM_HASH_FILE = ".namens-realms.sha256";

  private final Path distributionZip;
  private final Path installParent;
  private final String version;
  private final int httpPort;
  private final int managementPort;
  private final String adminUsername;
  private final String adminPassword;
  private final List<Path> providerJars;
  private final List<Path> realmFiles;
  private final Map<String, String> placeholders;
  private final List<String> extraOptions;
  private final Path logFile;
  private final Duration startTimeout;
  private final boolean production;
  private final Map<String, String> environment;
  private ChildProcess process;
  private boolean realmFilesChanged;

  private KeycloakDistribution(Builder builder) {
    this.distributionZip = builder.distributionZip;
    this.installParent = builder.installParent.toAbsolutePath();
    this.version = builder.version;
    this.httpPort = builder.httpPort;
    this.managementPort = builder.managementPort;
    this.adminUsername = builder.adminUsername;
    this.adminPassword = builder.adminPassword;
    this.providerJars = List.copyOf(builder.providerJars);
    this.realmFiles = List.copyOf(builder.realmFiles);
    this.placeholders = new LinkedHashMap<>(builder.placeholders);
    this.extraOptions = List.copyOf(builder.extraOptions);
    this.logFile = builder.logFile.toAbsolutePath();
    this.startTimeout = builder.startTimeout;
    this.production = builder.production;
    this.environment = new LinkedHashMap<>(builder.environment);
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The Keycloak version this module was built for (from the build's {@code keycloak.version}). */
  public static String builtForVersion() {
    Properties properties = new Properties();
    try (InputStream in = KeycloakDistribution.class.getResourceAsStream("/devstack.properties")) {
      if (in == null) {
        throw new IllegalStateException("devstack.properties missing from the classpath");
      }
      properties.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return properties.getProperty("keycloak.version");
  }

  /**
   * The distribution zip: {@code <devstackTarget>/keycloak/keycloak-quarkus-dist-<version>.zip}
   * (copied there at build time), else the local Maven repository.
   */
  public static Path locateDistributionZip(Path devstackTarget, String version) {
    String fileName = "keycloak-quarkus-dist-" + version + ".zip";
    Path copied = devstackTarget.resolve("keycloak").resolve(fileName);
    if (Files.isRegularFile(copied)) {
      return copied;
    }
    String repository = System.getProperty("maven.repo.local");
    Path repo =
        repository != null
            ? Path.of(repository)
            : Path.of(System.getProperty("user.home"), ".m2", "repository");
    Path cached =
        repo.resolve(Path.of("org", "keycloak", "keycloak-quarkus-dist", version, fileName));
    if (Files.isRegularFile(cached)) {
      return cached;
    }
    throw new StartFailedException(
        "Keycloak distribution "
            + fileName
            + " not found in "
            + copied.getParent()
            + " nor "
            + cached.getParent()
            + ": build devstack (mvn -B -DskipTests install) or fetch it with"
            + " mvn dependency:get -Dartifact=org.keycloak:keycloak-quarkus-dist:"
            + version
            + ":zip");
  }

  /**
   * Replaces each {@code ${NAME}} of the given map by its value. Other {@code ${...}} expressions
   * (Keycloak message keys such as {@code ${client_account}}) are left as they are.
   */
  public static String replacePlaceholders(String text, Map<String, String> values) {
    String result = text;
    for (Map.Entry<String, String> entry : values.entrySet()) {
      result = result.replace("${" + entry.getKey() + "}", entry.getValue());
    }
    return result;
  }

  /** {@code <installParent>/keycloak-<version>} */
  public Path home() {
    return installParent.resolve("keycloak-" + version);
  }

  /** {@code http://localhost:<httpPort>} */
  public String baseUrl() {
    return "http://localhost:" + httpPort;
  }

  /**
   * True when the realm files differ from those of the previous run while Keycloak's database
   * already existed: the import skips existing realms, so the changes are not in effect (known
   * after {@link #install()}).
   */
  public boolean realmFilesChangedSinceDatabaseCreated() {
    return realmFilesChanged;
  }

  /** Unpacks (once), copies providers, writes realm files. Idempotent. */
  public Path install() {
    try {
      unpackIfMissing();
      copyProviders();
      writeRealmFiles();
      return home();
    } catch (IOException e) {
      throw new StartFailedException(
          "could not prepare Keycloak in " + home() + ": " + e.getMessage(), e);
    }
  }

  private void unpackIfMissing() throws IOException {
    Path home = home();
    if (Files.isRegularFile(home.resolve("bin").resolve("kc.sh"))) {
      return;
    }
    Objects.requireNonNull(distributionZip, "distributionZip");
    Files.createDirectories(installParent);
    Path staging = Files.createTempDirectory(installParent, ".unpacking-");
    try {
      unzip(distributionZip, staging);
      Path unpacked = staging.resolve("keycloak-" + version);
      if (!Files.isDirectory(unpacked)) {
        throw new IOException(distributionZip + " has no folder keycloak-" + version);
      }
      for (String script : List.of("kc.sh", "kcadm.sh", "kcreg.sh")) {
        Path path = unpacked.resolve("bin").resolve(script);
        if (Files.exists(path)) {
          Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(path);
          permissions.add(PosixFilePermission.OWNER_EXECUTE);
          permissions.add(PosixFilePermission.GROUP_EXECUTE);
          permissions.add(PosixFilePermission.OTHERS_EXECUTE);
          Files.setPosixFilePermissions(path, permissions);
        }
      }
      if (Files.exists(home)) {
        deleteRecursively(home); // a half-finished earlier unpack
      }
      Files.move(unpacked, home, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      deleteRecursively(staging);
    }
  }

  private static void unzip(Path zip, Path target) throws IOException {
    Path root = target.toAbsolutePath().normalize();
    try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
      ZipEntry entry;
      while ((entry = in.getNextEntry()) != null) {
        Path destination = root.resolve(entry.getName()).normalize();
        if (!destination.startsWith(root)) {
          throw new IOException("zip entry outside the target folder: " + entry.getName());
        }
        if (entry.isDirectory()) {
          Files.createDirectories(destination);
        } else {
          Files.createDirectories(destination.getParent());
          Files.copy(in, destination, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
  }

  private void copyProviders() throws IOException {
    Path providers = Files.createDirectories(home().resolve("providers"));
    for (Path jar : providerJars) {
      if (!Files.isRegularFile(jar)) {
        throw new StartFailedException(
            "provider jar "
                + jar.toAbsolutePath()
                + " not found: build it first (mvn -B -DskipTests install)");
      }
      Path target = providers.resolve(jar.getFileName());
      if (!Files.exists(target) || Files.mismatch(jar, target) != -1L) {
        Files.copy(jar, target, StandardCopyOption.REPLACE_EXISTING);
      }
    }
  }

  private void writeRealmFiles() throws IOException {
    Path importDir = Files.createDirectories(home().resolve("data").resolve("import"));
    MessageDigest digest = sha256();
    for (Path realm : realmFiles) {
      if (!Files.isRegularFile(realm)) {
        throw new StartFailedException("realm file " + realm.toAbsolutePath() + " not found");
      }
      String json =
          replacePlaceholders(Files.readString(realm, StandardCharsets.UTF_8), placeholders);
      byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
      digest.update(realm.getFileName().toString().getBytes(StandardCharsets.UTF_8));
      digest.update(bytes);
      Files.write(importDir.resolve(realm.getFileName()), bytes);
    }
    String hash = HexFormat.of().formatHex(digest.digest());
    Path hashFile = importDir.resolve(REALM_HASH_FILE);
    boolean databaseExists = Files.isDirectory(home().resolve("data").resolve("h2"));
    String previous = Files.exists(hashFile) ? Files.readString(hashFile).trim() : null;
    realmFilesChanged = databaseExists && previous != null && !previous.equals(hash);
    if (!databaseExists || previous == null) {
      Files.writeString(hashFile, hash);
    }
  }

  /**
   * Installs (see {@link #install()}) and starts {@code kc.sh start-dev} (or {@code start}, see
   * {@link Builder#production()}); waits until {@code
   * /realms/master} answers 200.
   */
  public synchronized void start() {
    Ports.requireFree(httpPort, "Keycloak HTTP");
    Ports.requireFree(managementPort, "Keycloak management");
    Path home = install();
    List<String> command = new ArrayList<>();
    command.add(home.resolve("bin").resolve("kc.sh").toString());
    if (production) {
      command.add("start");
      command.add("--http-enabled=true");
      command.add("--hostname-strict=false");
    } else {
      command.add("start-dev");
    }
    command.add("--http-port=" + httpPort);
    command.add("--http-management-port=" + managementPort);
    command.add("--import-realm");
    // the admin console's extension points (UiPageProvider, UiTabProvider): the service catalogue page and the
    // clients' Namens services tab are shown only with this feature (Keycloak 26.5: experimental, off by default)
    command.add("--features=declarative-ui");
    command.addAll(extraOptions);
    Map<String, String> environment = new LinkedHashMap<>(this.environment);
    environment.put("KC_BOOTSTRAP_ADMIN_USERNAME", adminUsername);
    environment.put("KC_BOOTSTRAP_ADMIN_PASSWORD", adminPassword);
    environment.put("JAVA_HOME", System.getProperty("java.home"));
    process =
        new ChildProcess(
            "Keycloak",
            command,
            environment,
            home,
            logFile,
            URI.create(baseUrl() + "/realms/master"),
            startTimeout);
    process.start();
  }

  /** Stops Keycloak and waits until it has ended. Idempotent. */
  public synchronized void stop() {
    if (process != null) {
      process.stop();
    }
  }

  /** Kills Keycloak (SIGKILL, no graceful shutdown): a node lost, as in a failover test. */
  public synchronized void kill() {
    if (process != null) {
      process.kill();
    }
  }

  @Override
  public void close() {
    stop();
  }

  public synchronized boolean isRunning() {
    return process != null && process.isRunning();
  }

  synchronized boolean hasEnded() {
    return process != null && process.hasEnded();
  }

  public Path logFile() {
    return logFile;
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Forgets a stopped installation's database and imported realm files ({@code data/}); its
   * augmented build and providers stay.
   */
  public static void deleteData(Path home) throws IOException {
    deleteRecursively(home.resolve("data"));
  }

  static void deleteRecursively(Path path) throws IOException {
    if (!Files.exists(path)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(path)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }

  /** Settings of a {@link KeycloakDistribution}. */
  public static final class Builder {
    private Path distributionZip;
    private Path installParent = Path.of(".namens");
    private String version = builtForVersion();
    private int httpPort = RUN_HTTP_PORT;
    private int managementPort = RUN_MANAGEMENT_PORT;
    private String adminUsername = "admin";
    private String adminPassword = "admin";
    private final List<Path> providerJars = new ArrayList<>();
    private final List<Path> realmFiles = new ArrayList<>();
    private final Map<String, String> placeholders = new LinkedHashMap<>();
    private final List<String> extraOptions = new ArrayList<>();
    private Path logFile = Path.of(".namens", "logs", "keycloak.log");
    private Duration startTimeout = Duration.ofMinutes(4);
    private boolean production;
    private final Map<String, String> environment = new LinkedHashMap<>();

    private Builder() {}

    /** An environment variable of the Keycloak process, e.g. {@code KC_SPI_...} for a secret. */
    public Builder environment(String name, String value) {
      this.environment.put(name, value);
      return this;
    }

    /**
     * {@code kc.sh start} (production mode, plain HTTP on loopback, no fixed hostname) instead of
     * {@code start-dev}: what the production guard checks.
     */
    public Builder production() {
      this.production = true;
      return this;
    }

    public Builder distributionZip(Path zip) {
      this.distributionZip = zip;
      return this;
    }

    /** Folder that receives {@code keycloak-<version>/}; default {@code .namens}. */
    public Builder installParent(Path folder) {
      this.installParent = folder;
      return this;
    }

    public Builder version(String version) {
      this.version = version;
      return this;
    }

    public Builder httpPort(int port) {
      this.httpPort = port;
      return this;
    }

    public Builder managementPort(int port) {
      this.managementPort = port;
      return this;
    }

    /** The bootstrap admin of the master realm (only used when Keycloak's database is new). */
    public Builder admin(String username, String password) {
      this.adminUsername = username;
      this.adminPassword = password;
      return this;
    }

    public Builder provider(Path jar) {
      this.providerJars.add(jar);
      return this;
    }

    public Builder realm(Path json) {
      this.realmFiles.add(json);
      return this;
    }

    /** Replace {@code ${name}} in the realm files by {@code value}. */
    public Builder placeholder(String name, String value) {
      this.placeholders.put(name, value);
      return this;
    }

    /** {@link #environment(String, String)} for each entry. */
    public Builder environment(Map<String, String> variables) {
      this.environment.putAll(variables);
      return this;
    }

    /** {@code --spi-<spi>--<provider>--<key>=<value>} (Keycloak 26 syntax). */
    public Builder spiOption(String spi, String provider, String key, String value) {
      this.extraOptions.add("--spi-" + spi + "--" + provider + "--" + key + "=" + value);
      return this;
    }

    /** Any other {@code kc.sh start-dev} option, e.g. {@code --log-level=INFO}. */
    public Builder option(String option) {
      this.extraOptions.add(option);
      return this;
    }

    public Builder logFile(Path logFile) {
      this.logFile = logFile;
      return this;
    }

    public Builder startTimeout(Duration timeout) {
      this.startTimeout = timeout;
      return this;
    }

    public KeycloakDistribution build() {
      return new KeycloakDistribution(this);
    }
  }
}
