package nl.namens.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.HdrHistogram.Histogram;

/**
 * {@code ./namens bench login}: whole brokered logins through Keycloak in production mode (client → broker → DigiD
 * simulator → broker → acting-for → token), driven by virtual users over HTTP, in four scenarios whose variants
 * alternate in rounds (A B A B) within one run so that the ratios compare like with like:
 *
 * <ol>
 *   <li>{@code login}: Jan at Afvalpas acting for Dirk (acting-for step, represents mapping) vs Jan at the same
 *       client without services (no step, no mapping): CPU per login and logins/s;
 *   <li>{@code refresh}: refresh_token grants on the represented session (the broker re-checks the mandate at the
 *       register) vs on the plain one;
 *   <li>{@code picker}: the time from submitting the simulator's login to the acting-for page, Petra with
 *       {@code --principals} clients vs Jan with one principal at Belastingaangifte;
 *   <li>{@code cluster}: logins/s through the proxy with node 1 alone vs both nodes (each virtual user sticks to
 *       one node).
 * </ol>
 */
final class LoginBench {

  private final LoginOptions options;
  private final Consumer<String> log;

  LoginBench(LoginOptions options, Consumer<String> log) {
    this.options = options;
    this.log = log;
  }

  LoginReport run() throws Exception {
    String missing = LoginStack.missingJars(options.root());
    if (missing != null) {
      throw new IllegalStateException("missing " + missing + ": build them first (mvn -B -q package -DskipTests)");
    }
    Files.createDirectories(options.out());
    LoginReport report = new LoginReport(options.out(), options.command(), machine());
    try (LoginStack stack = new LoginStack(options, log)) {
      long started = System.nanoTime();
      stack.start(options.clusterLogins() > 0);
      log.accept("  importing " + options.principals() + " court records for Petra ...");
      stack.importPetrasClients(options.principals());
      report.note(String.format(Locale.ROOT, "stack up in %.0f s (PostgreSQL, Keycloak node 1, register%s,"
          + " Petra's %,d clients imported); logs in %s", (System.nanoTime() - started) / 1e9,
          stack.clustered() ? ", node 2" : "", options.principals(), options.out().resolve("work")));
      check(stack);
      logins(stack, report);
      report.write();
      refreshes(stack, report);
      report.write();
      picker(stack, report);
      report.write();
      if (stack.clustered()) {
        cluster(stack, report);
        report.write();
      }
    }
    return report;
  }

  /** One login of each kind, its result checked, before anything is measured. */
  private void check(LoginStack stack) throws Exception {
    VirtualUser user = new VirtualUser(stack.hostname(), stack.callback(), 0);
    VirtualUser.Tokens acting = user.redeem(stack.acting, user.login(stack.acting, "jan", VirtualUser.Choice.PRINCIPAL));
    if (VirtualUser.represents(acting.access()) == null) {
      throw new IllegalStateException("Jan's token at " + stack.acting.clientId() + " has no represents claim");
    }
    VirtualUser.Tokens plain = user.redeem(stack.plain, user.login(stack.plain, "jan", VirtualUser.Choice.PRINCIPAL));
    if (VirtualUser.represents(plain.access()) != null) {
      throw new IllegalStateException("the plain client's token carries represents");
    }
    VirtualUser.Login petra = user.login(stack.picker, "petra", VirtualUser.Choice.STOP_AT_PAGE);
    VirtualUser.Login jan = user.login(stack.picker, "jan", VirtualUser.Choice.STOP_AT_PAGE);
    log.accept("  checked: represents at " + stack.acting.clientId() + ", none at " + stack.plain.clientId()
        + "; acting-for page totals: Petra " + petra.pageTotal() + ", Jan " + jan.pageTotal());
  }

  // --- 1. logins with and without the acting-for step ---

  private void logins(LoginStack stack, LoginReport report) throws Exception {
    log.accept("== logins: with the acting-for step (" + stack.acting.clientId() + ") vs without ("
        + stack.plain.clientId() + "), " + options.users() + " virtual users");
    List<VirtualUser> users = users(stack, options.users(), 1);
    Operation acting = loginOperation(stack, stack.acting, true);
    Operation plain = loginOperation(stack, stack.plain, false);
    phase(stack, users, options.warmup(), acting);
    phase(stack, users, options.warmup(), plain);
    Sum withStep = new Sum();
    Sum without = new Sum();
    for (int round = 0; round < options.rounds(); round++) {
      withStep.add(phase(stack, users, options.logins(), acting));
      without.add(phase(stack, users, options.logins(), plain));
      log.accept(String.format(Locale.ROOT, "  round %d: with %s | without %s", round + 1, withStep, without));
    }
    report.add(withStep.result("login", "acting-for", "login with the acting-for step and represents mapping",
        options.users(), -1));
    report.add(without.result("login", "plain", "login without the acting-for step (no service)",
        options.users(), -1));
  }

  private Operation loginOperation(LoginStack stack, VirtualUser.Client client, boolean represented) {
    return (user, index) -> {
      VirtualUser.Tokens tokens = user.redeem(client, user.login(client, "jan", VirtualUser.Choice.PRINCIPAL));
      if ((VirtualUser.represents(tokens.access()) != null) != represented) {
        throw new IllegalStateException("represents " + (represented ? "missing" : "present") + " at " + client.clientId());
      }
      return 0;
    };
  }

  // --- 2. refresh with the mandate re-check vs a plain refresh ---

  private void refreshes(LoginStack stack, LoginReport report) throws Exception {
    log.accept("== refreshes: the represented session (mandate re-checked) vs the plain one");
    List<VirtualUser> users = users(stack, options.users(), 1);
    String[] actingTokens = new String[users.size()];
    String[] plainTokens = new String[users.size()];
    for (int i = 0; i < users.size(); i++) {
      VirtualUser user = users.get(i);
      actingTokens[i] = user.redeem(stack.acting, user.login(stack.acting, "jan", VirtualUser.Choice.PRINCIPAL)).refresh();
      plainTokens[i] = user.redeem(stack.plain, user.login(stack.plain, "jan", VirtualUser.Choice.PRINCIPAL)).refresh();
    }
    Operation acting = refreshOperation(stack.acting, actingTokens, true);
    Operation plain = refreshOperation(stack.plain, plainTokens, false);
    phase(stack, users, options.warmup() * 2, acting);
    phase(stack, users, options.warmup() * 2, plain);
    Sum recheck = new Sum();
    Sum without = new Sum();
    for (int round = 0; round < options.rounds(); round++) {
      recheck.add(phase(stack, users, options.refreshes(), acting));
      without.add(phase(stack, users, options.refreshes(), plain));
      log.accept(String.format(Locale.ROOT, "  round %d: re-check %s | plain %s", round + 1, recheck, without));
    }
    report.add(recheck.result("refresh", "recheck", "refresh of the represented session (mandate re-checked)",
        options.users(), -1));
    report.add(without.result("refresh", "plain", "refresh of a plain session", options.users(), -1));
  }

  private static Operation refreshOperation(VirtualUser.Client client, String[] tokens, boolean represented) {
    return (user, index) -> {
      VirtualUser.Tokens refreshed = user.refresh(client, tokens[index]);
      tokens[index] = refreshed.refresh(); // they rotate: the old one is spent
      if ((VirtualUser.represents(refreshed.access()) != null) != represented) {
        throw new IllegalStateException("represents " + (represented ? "missing" : "present") + " after refresh");
      }
      return 0;
    };
  }

  // --- 3. the acting-for page: many principals vs one ---

  private void picker(LoginStack stack, LoginReport report) throws Exception {
    log.accept("== acting-for page: Petra (" + options.principals() + " clients) vs Jan (1 principal) at "
        + stack.picker.clientId() + ", one user at a time");
    List<VirtualUser> users = users(stack, 1, 1);
    AtomicLong petraTotal = new AtomicLong();
    AtomicLong janTotal = new AtomicLong();
    Operation petra = pageOperation(stack, "petra", petraTotal);
    Operation jan = pageOperation(stack, "jan", janTotal);
    phase(stack, users, 3, petra);
    phase(stack, users, 3, jan);
    Sum many = new Sum();
    Sum one = new Sum();
    for (int round = 0; round < options.rounds(); round++) {
      many.add(phase(stack, users, options.pickerSamples(), petra));
      one.add(phase(stack, users, options.pickerSamples(), jan));
      log.accept(String.format(Locale.ROOT, "  round %d: Petra %s | Jan %s", round + 1, many, one));
    }
    report.add(many.result("picker", "many", "acting-for page, professional with " + options.principals()
        + " principals", 1, petraTotal.get()));
    report.add(one.result("picker", "one", "acting-for page, 1 principal", 1, janTotal.get()));
  }

  /** Latency recorded is the time to the page (from the simulator's login submitted), not the whole operation. */
  private static Operation pageOperation(LoginStack stack, String username, AtomicLong total) {
    return (user, index) -> {
      VirtualUser.Login login = user.login(stack.picker, username, VirtualUser.Choice.STOP_AT_PAGE);
      if (login.pageNanos() < 0) {
        throw new IllegalStateException("no acting-for page for " + username);
      }
      total.set(login.pageTotal());
      return login.pageNanos();
    };
  }

  // --- 4. the cluster: one node vs two ---

  private void cluster(LoginStack stack, LoginReport report) throws Exception {
    log.accept("== cluster: logins/s with node 1 alone vs nodes 1 and 2 (each virtual user sticks to one node)");
    List<VirtualUser> users = users(stack, options.users(), 2);
    Operation acting = loginOperation(stack, stack.acting, true);
    stack.proxy().routeByHeader(true);
    List<VirtualUser> toNode2 = new ArrayList<>();
    for (int i = 0; i < options.users(); i++) {
      toNode2.add(new VirtualUser(stack.hostname(), stack.callback(), 1));
    }
    phase(stack, toNode2, options.warmup(), acting); // node 2 has served nothing yet: its JIT warms up
    int before2 = stack.proxy().answeredBy(1);
    Sum one = new Sum();
    Sum two = new Sum();
    for (int round = 0; round < options.rounds(); round++) {
      stack.proxy().routeByHeader(false);
      one.add(phase(stack, users, options.clusterLogins(), acting));
      stack.proxy().routeByHeader(true);
      two.add(phase(stack, users, options.clusterLogins(), acting));
      log.accept(String.format(Locale.ROOT, "  round %d: one node %s | two nodes %s", round + 1, one, two));
    }
    stack.proxy().routeByHeader(false);
    report.note(String.format(Locale.ROOT, "cluster: node 2 answered %,d requests in the measured rounds",
        stack.proxy().answeredBy(1) - before2));
    report.add(one.result("cluster", "one-node", "logins through the proxy, node 1 alone", options.users(), -1));
    report.add(two.result("cluster", "two-nodes", "logins through the proxy, both nodes", options.users(), -1));
  }

  // --- the closed loop ---

  /** One operation of a virtual user; returns the nanoseconds to record, or 0 to record the whole operation. */
  @FunctionalInterface
  interface Operation {
    long run(VirtualUser user, int index) throws Exception;
  }

  private static List<VirtualUser> users(LoginStack stack, int count, int nodes) {
    List<VirtualUser> users = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      users.add(new VirtualUser(stack.hostname(), stack.callback(), i % nodes));
    }
    return users;
  }

  /** {@code count} operations by the users in a closed loop; CPU of the stack's processes around it. */
  private Phase phase(LoginStack stack, List<VirtualUser> users, int count, Operation operation) throws Exception {
    if (count <= 0) {
      return new Phase(0, 0, 0, new Histogram(3), new double[4]);
    }
    AtomicInteger remaining = new AtomicInteger(count);
    AtomicLong errors = new AtomicLong();
    AtomicReference<String> firstError = new AtomicReference<>();
    List<Histogram> histograms = new ArrayList<>();
    ExecutorService pool = Executors.newFixedThreadPool(users.size());
    double[] before = stack.cpu();
    long started = System.nanoTime();
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int i = 0; i < users.size(); i++) {
        int index = i;
        Histogram histogram = new Histogram(3);
        histograms.add(histogram);
        done.add(pool.submit(() -> {
          while (remaining.getAndDecrement() > 0) {
            long t0 = System.nanoTime();
            try {
              long recorded = operation.run(users.get(index), index);
              histogram.recordValue(Math.max(1, (recorded > 0 ? recorded : System.nanoTime() - t0) / 1000));
            } catch (Exception e) {
              errors.incrementAndGet();
              firstError.compareAndSet(null, e.toString());
            }
          }
          return null;
        }));
      }
      for (Future<?> f : done) {
        f.get();
      }
    } finally {
      pool.shutdown();
      pool.awaitTermination(1, TimeUnit.MINUTES);
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    double[] after = stack.cpu();
    double[] cpu = new double[4];
    for (int i = 0; i < 4; i++) {
      cpu[i] = after[i] - before[i];
    }
    Histogram merged = new Histogram(3);
    histograms.forEach(merged::add);
    if (firstError.get() != null) {
      log.accept("  " + errors.get() + " error(s), the first: " + firstError.get());
      if (errors.get() == count) {
        throw new IllegalStateException("every operation failed: " + firstError.get());
      }
    }
    return new Phase(count - errors.get(), errors.get(), seconds, merged, cpu);
  }

  record Phase(long operations, long errors, double seconds, Histogram histogram, double[] cpu) {}

  /** The rounds of one variant added up. */
  private static final class Sum {
    private long operations;
    private long errors;
    private double seconds;
    private final Histogram histogram = new Histogram(3);
    private final double[] cpu = new double[4];

    void add(Phase phase) {
      operations += phase.operations();
      errors += phase.errors();
      seconds += phase.seconds();
      histogram.add(phase.histogram());
      for (int i = 0; i < 4; i++) {
        cpu[i] += phase.cpu()[i];
      }
    }

    LoginResult result(String scenario, String variant, String title, int users, long pageTotal) {
      long n = Math.max(1, operations);
      return new LoginResult(scenario, variant, title, users, operations, errors, seconds,
          histogram.getValueAtPercentile(50) / 1000.0, histogram.getValueAtPercentile(90) / 1000.0,
          histogram.getMaxValue() / 1000.0, (cpu[0] + cpu[1]) / n, cpu[2] / n, cpu[3] / n, pageTotal);
    }

    @Override
    public String toString() {
      long n = Math.max(1, operations);
      return String.format(Locale.ROOT, "%d ops %d err %.1f/s p50 %.0f ms, CPU ms/op broker %.1f register %.1f pg %.1f",
          operations, errors, seconds <= 0 ? 0 : operations / seconds, histogram.getValueAtPercentile(50) / 1000.0,
          (cpu[0] + cpu[1]) / n, cpu[2] / n, cpu[3] / n);
    }
  }

  private List<String> machine() {
    List<String> lines = new ArrayList<>();
    lines.add("date: " + ZonedDateTime.now().format(DateTimeFormatter.RFC_1123_DATE_TIME));
    lines.add("machine: " + Runtime.getRuntime().availableProcessors() + " cores (" + BvdBench.cpuModel() + "), "
        + (BvdBench.memTotalKb() >> 20) + " GB memory, " + System.getProperty("os.name") + " "
        + System.getProperty("os.version") + "; load average at the start " + BvdBench.loadAverage());
    lines.add("Java: " + System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version")
        + " (bench, Keycloak, register)");
    lines.add(String.format(Locale.ROOT,
        "Keycloak %s from the distribution, production mode (kc.sh start, --db=postgres, --cache=ispn), -Xmx%s per"
            + " node, the Namens providers, simulators and themes; the register (fast-jar) and PostgreSQL (embedded) on"
            + " the same machine; the bench's proxy (JDK HttpServer) as the hostname; %d virtual users (JDK HttpClient,"
            + " closed loop, no browser); %d rounds per scenario, variants alternating; %d warm-up logins per variant;"
            + " %d logins, %d refreshes, %d pages per variant and round",
        nl.namens.devstack.KeycloakDistribution.builtForVersion(), options.heap(), options.users(), options.rounds(),
        options.warmup(), options.logins(), options.refreshes(), options.pickerSamples()));
    return lines;
  }
}
