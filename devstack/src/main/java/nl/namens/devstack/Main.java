package nl.namens.devstack;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * {@code ./namens run}: starts embedded PostgreSQL (5433), Keycloak (8180), a mail server (GreenMail, a free
 * loopback port, its demo inbox on 8480), the register (8280) and the demo service provider (8380) from the built artifacts of this repository, prints where to go,
 * and stops everything in reverse order on Ctrl-C. Builds nothing itself. Run from the repository
 * root (or set {@code -Dnamens.root=<path>}).
 */
public final class Main {
  static final int DEMO_SP_PORT = 8380;
  static final String KC_URL = "http://localhost:" + KeycloakDistribution.RUN_HTTP_PORT;
  static final String REGISTER_URL = "http://localhost:" + RegisterProcess.RUN_PORT;
  static final String REGISTER_MANAGEMENT_URL = "http://localhost:" + (RegisterProcess.RUN_PORT + 1000);
  static final String DEMO_SP_URL = "http://localhost:" + DEMO_SP_PORT;
  static final String DEMO_INBOX_URL = "http://localhost:" + DemoMail.RUN_INBOX_PORT;

  private final Path root;
  private final Path stateDir;
  private final Path logs;
  private final PrintStream out = System.out;
  private final Deque<Stoppable> started = new ArrayDeque<>();
  private final AtomicBoolean stopping = new AtomicBoolean();

  private KeycloakDistribution keycloak;
  private RegisterProcess register;
  private ChildProcess demoSp;
  private DemoMail mail;

  private interface Stoppable {
    String name();

    void stop();
  }

  Main(Path root) {
    this.root = root.toAbsolutePath().normalize();
    this.stateDir = this.root.resolve(".namens");
    this.logs = stateDir.resolve("logs");
  }

  public static void main(String[] args) {
    Path root;
    try {
      root = RepositoryRoot.find();
    } catch (IllegalStateException e) {
      System.err.println("Namens did not start: " + e.getMessage());
      System.exit(1);
      return;
    }
    Main main = new Main(root);
    Runtime.getRuntime().addShutdownHook(new Thread(main::stopAll, "namens-stop"));
    try {
      main.checkInputs();
      main.startAll();
    } catch (StartFailedException e) {
      System.err.println();
      System.err.println("Namens did not start: " + e.getMessage());
      System.exit(1);
    } catch (RuntimeException e) {
      System.err.println();
      System.err.println("Namens did not start: " + e);
      e.printStackTrace();
      System.exit(1);
    }
    main.printWelcome();
    int code = main.watch();
    System.exit(code);
  }

  private Path path(String relative) {
    return root.resolve(relative);
  }

  private Path registerJar() {
    return root.resolve(RegisterProcess.DEFAULT_JAR);
  }

  private Path providersJar() {
    return path("providers/target/providers-" + projectVersion() + ".jar");
  }

  private Path simulatorsJar() {
    return path("simulators/target/simulators-" + projectVersion() + ".jar");
  }

  private Path themesJar() {
    return path("themes/target/themes-" + projectVersion() + ".jar");
  }

  private String readDemoClientKey() {
    try {
      return Files.readString(path(DemoKeys.REGISTER_CLIENT_KEY));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private Path demoSpJar() {
    return path("demo-sp/target/demo-sp-" + projectVersion() + ".jar");
  }

  private List<Path> realmFiles() {
    Path realms = path("realm-config/src/main/resources/realms");
    return List.of(
        realms.resolve("namens-realm.json"),
        realms.resolve("digid-sim-realm.json"),
        realms.resolve("eherkenning-sim-realm.json"));
  }

  private Path demoData() {
    return path("realm-config/src/main/resources/demo-data.json");
  }

  /** Everything the run needs must have been built: list what is missing at once. */
  void checkInputs() {
    if (!RepositoryRoot.isRoot(root)) {
      throw new StartFailedException(
          root
              + " is not the Namens repository root: run ./namens run from there (or set -Dnamens.root)");
    }
    List<Path> needed = new ArrayList<>();
    needed.add(registerJar());
    needed.add(providersJar());
    needed.add(simulatorsJar());
    needed.add(themesJar());
    needed.add(demoSpJar());
    needed.addAll(realmFiles());
    needed.add(demoData());
    needed.add(path(DemoKeys.FILE));
    List<String> missing =
        needed.stream()
            .filter(p -> !Files.isRegularFile(p))
            .map(p -> "  " + root.relativize(p))
            .toList();
    if (!missing.isEmpty()) {
      throw new StartFailedException(
          "these files are missing (./namens run builds them with mvn -B -DskipTests install):"
              + System.lineSeparator()
              + String.join(System.lineSeparator(), missing));
    }
    // all ports before anything starts, so a leftover process fails the run at once
    Ports.requireFree(EmbeddedDatabase.RUN_PORT, "PostgreSQL");
    Ports.requireFree(KeycloakDistribution.RUN_HTTP_PORT, "Keycloak HTTP");
    Ports.requireFree(KeycloakDistribution.RUN_MANAGEMENT_PORT, "Keycloak management");
    Ports.requireFree(RegisterProcess.RUN_PORT, "register");
    Ports.requireFree(DEMO_SP_PORT, "demo SP");
    Ports.requireFree(DemoMail.RUN_INBOX_PORT, "demo inbox");
  }

  void startAll() {
    EmbeddedDatabase database =
        step(
            "PostgreSQL on port " + EmbeddedDatabase.RUN_PORT,
            () ->
                EmbeddedDatabase.startPersistent(
                    stateDir.resolve("pgdata"),
                    EmbeddedDatabase.RUN_PORT,
                    logs.resolve("postgres.log")));
    started.push(stoppable("PostgreSQL", database::stop));

    keycloak =
        KeycloakDistribution.builder()
            .distributionZip(
                KeycloakDistribution.locateDistributionZip(
                    path("devstack/target"), KeycloakDistribution.builtForVersion()))
            .installParent(stateDir)
            .httpPort(KeycloakDistribution.RUN_HTTP_PORT)
            .managementPort(KeycloakDistribution.RUN_MANAGEMENT_PORT)
            .admin("admin", "admin")
            .provider(providersJar())
            .provider(simulatorsJar())
            .provider(themesJar())
            .realm(realmFiles().get(0))
            .realm(realmFiles().get(1))
            .realm(realmFiles().get(2))
            .placeholder("NAMENS_KC_URL", KC_URL)
            .placeholder("NAMENS_REGISTER_URL", REGISTER_URL)
            .spiOption("namens-register", "default", "url", REGISTER_URL)
            .spiOption(
                "namens-register",
                "default",
                "token-url",
                KC_URL + "/realms/namens/protocol/openid-connect/token")
            .environment(DemoKeys.environment(path(DemoKeys.FILE)))
            .logFile(logs.resolve("keycloak.log"))
            .startTimeout(Duration.ofMinutes(4))
            .build();
    if (!Files.isDirectory(keycloak.home())) {
      out.println(
          "Unpacking Keycloak into " + root.relativize(keycloak.home()) + " (first run only)");
    }
    keycloak.install();
    if (keycloak.realmFilesChangedSinceDatabaseCreated()) {
      out.println(
          "Note: the realm JSON changed since Keycloak's database was created; existing realms are not"
              + " re-imported. Run ./namens clean-data to start over with the new realms.");
    }
    step(
        "Keycloak on " + KC_URL + " (first start takes about a minute)",
        () -> {
          started.push(stoppable("Keycloak", keycloak::stop));
          keycloak.start();
          return keycloak;
        });

    mail =
        step(
            "mail server (GreenMail) and the demo inbox on " + DEMO_INBOX_URL,
            () -> DemoMail.start(DemoMail.RUN_INBOX_PORT));
    started.push(stoppable("mail server", mail::stop));

    register =
        RegisterProcess.builder(registerJar())
            .port(RegisterProcess.RUN_PORT)
            .database(database)
            .keycloakUrl(KC_URL)
            .demoData(demoData())
            .clientKey(readDemoClientKey())
            .mail("127.0.0.1", mail.smtpPort())
            .logFile(logs.resolve("register.log"))
            .build();
    step(
        "register on " + REGISTER_URL,
        () -> {
          started.push(stoppable("register", register::stop));
          register.start();
          return register;
        });

    demoSp =
        new ChildProcess(
            "demo SP",
            List.of(ChildProcess.javaExecutable().toString(), "-jar", demoSpJar().toString()),
            Map.of(
                "NAMENS_KC_URL", KC_URL,
                "NAMENS_DEMO_SP_PORT", Integer.toString(DEMO_SP_PORT),
                "NAMENS_DEMO_SP_URL", DEMO_SP_URL),
            root,
            logs.resolve("demo-sp.log"),
            URI.create(DEMO_SP_URL + "/health"),
            Duration.ofSeconds(60));
    step(
        "demo service provider on " + DEMO_SP_URL,
        () -> {
          Ports.requireFree(DEMO_SP_PORT, "demo SP");
          started.push(stoppable("demo SP", demoSp::stop));
          demoSp.start();
          return demoSp;
        });
  }

  private interface Starter<T> {
    T start();
  }

  private <T> T step(String what, Starter<T> starter) {
    out.print("Starting " + what + " ... ");
    out.flush();
    long begin = System.nanoTime();
    try {
      T result = starter.start();
      out.printf("ok (%.1f s)%n", (System.nanoTime() - begin) / 1e9);
      return result;
    } catch (RuntimeException e) {
      out.println("FAILED");
      throw e;
    }
  }

  private static Stoppable stoppable(String name, Runnable stop) {
    return new Stoppable() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public void stop() {
        stop.run();
      }
    };
  }

  /** Stops what was started, last first. Safe to call twice (shutdown hook after a failure). */
  void stopAll() {
    synchronized (started) {
      if (started.isEmpty()) {
        stopping.set(true);
        return;
      }
      stopping.set(true);
      out.println();
      while (!started.isEmpty()) {
        Stoppable part = started.pop();
        out.print("Stopping " + part.name() + " ... ");
        out.flush();
        try {
          part.stop();
          out.println("done");
        } catch (RuntimeException e) {
          out.println("failed: " + e.getMessage());
        }
      }
    }
  }

  void printWelcome() {
    String nl = System.lineSeparator();
    StringBuilder text = new StringBuilder();
    text.append(nl).append("Namens is running. Press Ctrl-C to stop.").append(nl).append(nl);
    text.append("  Demo service provider   ").append(DEMO_SP_URL).append('/').append(nl);
    text.append("  Keycloak admin console  ")
        .append(KC_URL)
        .append("/admin/  (admin / admin)")
        .append(nl);
    text.append("  Broker realm            ")
        .append(KC_URL)
        .append("/realms/namens/.well-known/openid-configuration")
        .append(nl);
    text.append("  Mijn machtigingen       ").append(REGISTER_URL).append("/portal/  (portal)").append(nl);
    text.append("  Demo inbox (e-mail)     ").append(DEMO_INBOX_URL).append("/  (the register's e-mails)").append(nl);
    text.append("  Register OpenAPI        ").append(REGISTER_MANAGEMENT_URL).append("/q/openapi").append(nl);
    text.append("  Register health         ").append(REGISTER_MANAGEMENT_URL).append("/q/health").append(nl);
    text.append("  PostgreSQL              jdbc:postgresql://localhost:")
        .append(EmbeddedDatabase.RUN_PORT)
        .append('/')
        .append(EmbeddedDatabase.DATABASE)
        .append("  (user ")
        .append(EmbeddedDatabase.USERNAME)
        .append(')')
        .append(nl);
    text.append("  Logs                    ").append(root.relativize(logs)).append('/').append(nl);
    text.append(nl);
    Path testLogins = path("realm-config/src/main/resources/test-logins.md");
    if (Files.isRegularFile(testLogins)) {
      try {
        text.append(Files.readString(testLogins, StandardCharsets.UTF_8).stripTrailing())
            .append(nl);
      } catch (IOException e) {
        text.append("Test logins: see ").append(root.relativize(testLogins)).append(nl);
      }
    } else {
      text.append("Test logins (DigiD and eHerkenning simulators): see README.md").append(nl);
    }
    out.print(text);
    out.flush();
  }

  /** Waits until Ctrl-C (the shutdown hook stops everything) or until a part ends on its own. */
  int watch() {
    while (true) {
      try {
        Thread.sleep(2000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return 0;
      }
      if (stopping.get()) {
        return 0;
      }
      String ended =
          keycloak.hasEnded()
              ? "Keycloak"
              : register.hasEnded() ? "register" : demoSp.hasEnded() ? "demo SP" : null;
      if (ended != null && !stopping.get()) {
        System.err.println();
        System.err.println(
            ended
                + " stopped unexpectedly; see the logs in "
                + root.relativize(logs)
                + "/. Stopping the rest.");
        return 1;
      }
    }
  }

  static String projectVersion() {
    Properties properties = new Properties();
    try (InputStream in = Main.class.getResourceAsStream("/devstack.properties")) {
      properties.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return properties.getProperty("project.version");
  }
}
