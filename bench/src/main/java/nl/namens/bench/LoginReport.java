package nl.namens.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The login run's output: {@code results.csv} (one line per scenario and variant), {@code report.md} (the machine,
 * the command, the figures, the ratios against their targets) and {@code ratios.png}. Written after every scenario.
 */
final class LoginReport {

  /** One ratio of two variants measured in the same run, with its target (NaN: none) and whether lower is better. */
  record Ratio(String label, double value, double target, String how) {
    boolean met() {
      return Double.isNaN(target) || value <= target;
    }

    String verdict() {
      if (Double.isNaN(target)) {
        return "";
      }
      return value <= target
          ? "met"
          : String.format(Locale.ROOT, "**missed** by %.1f %%", (value / target - 1) * 100);
    }
  }

  private final Path directory;
  private final String command;
  private final List<String> header;
  private final List<LoginResult> results = new ArrayList<>();
  private final List<String> notes = new ArrayList<>();

  LoginReport(Path directory, String command, List<String> header) {
    this.directory = directory;
    this.command = command;
    this.header = header;
  }

  void add(LoginResult result) {
    results.add(result);
  }

  void note(String note) {
    notes.add(note);
  }

  List<LoginResult> results() {
    return List.copyOf(results);
  }

  Optional<LoginResult> find(String scenario, String variant) {
    return results.stream().filter(r -> r.scenario().equals(scenario) && r.variant().equals(variant)).findFirst();
  }

  List<Ratio> ratios() {
    List<Ratio> ratios = new ArrayList<>();
    Optional<LoginResult> acting = find("login", "acting-for");
    Optional<LoginResult> plain = find("login", "plain");
    if (acting.isPresent() && plain.isPresent()) {
      LoginResult a = acting.get();
      LoginResult p = plain.get();
      ratios.add(new Ratio("login CPU, broker: with step / without", a.brokerCpuMs() / p.brokerCpuMs(), 1.05,
          "Keycloak CPU ms per login"));
      ratios.add(new Ratio("login CPU, broker+register+PG: with / without", a.totalCpuMs() / p.totalCpuMs(), 1.05,
          "all server CPU ms per login"));
      ratios.add(new Ratio("logins/s: without step / with", p.perSecond() / a.perSecond(), 1.05,
          "how many times more logins/s without the step"));
    }
    Optional<LoginResult> recheck = find("refresh", "recheck");
    Optional<LoginResult> plainRefresh = find("refresh", "plain");
    if (recheck.isPresent() && plainRefresh.isPresent()) {
      LoginResult r = recheck.get();
      LoginResult p = plainRefresh.get();
      ratios.add(new Ratio("refresh CPU, broker: re-check / plain", r.brokerCpuMs() / p.brokerCpuMs(), 1.2,
          "Keycloak CPU ms per refresh"));
      ratios.add(new Ratio("refresh CPU, broker+register+PG: re-check / plain", r.totalCpuMs() / p.totalCpuMs(), 1.2,
          "all server CPU ms per refresh"));
      ratios.add(new Ratio("refreshes/s: plain / re-check", p.perSecond() / r.perSecond(), 1.2,
          "how many times more refreshes/s without the re-check"));
    }
    Optional<LoginResult> many = find("picker", "many");
    Optional<LoginResult> one = find("picker", "one");
    if (many.isPresent() && one.isPresent()) {
      ratios.add(new Ratio("acting-for page p50: " + many.get().pageTotal() + " principals / 1",
          many.get().p50() / one.get().p50(), Double.NaN, "time to the first page"));
    }
    Optional<LoginResult> oneNode = find("cluster", "one-node");
    Optional<LoginResult> twoNodes = find("cluster", "two-nodes");
    if (oneNode.isPresent() && twoNodes.isPresent()) {
      ratios.add(new Ratio("cluster logins/s: two nodes / one", twoNodes.get().perSecond() / oneNode.get().perSecond(),
          Double.NaN, "scale-out on the same machine"));
    }
    return ratios;
  }

  void write() throws IOException {
    Files.createDirectories(directory);
    List<String> csv = new ArrayList<>();
    csv.add(LoginResult.CSV_HEADER);
    results.forEach(r -> csv.add(r.csv()));
    Files.write(directory.resolve("results.csv"), csv, StandardCharsets.UTF_8);
    Files.writeString(directory.resolve("report.md"), markdown(), StandardCharsets.UTF_8);
    List<Ratio> ratios = ratios();
    if (!ratios.isEmpty()) {
      RatioChart.write(ratios, directory.resolve("ratios.png"), command);
    }
  }

  String markdown() {
    StringBuilder md = new StringBuilder("# Login benchmark\n\n");
    md.append("```\n").append(command).append("\n```\n\n");
    header.forEach(line -> md.append("- ").append(line).append('\n'));
    notes.forEach(line -> md.append("- ").append(line).append('\n'));
    md.append("\n## Figures\n\n")
        .append("| scenario | variant | users | operations | errors | seconds | per second | p50 ms | p90 ms | max ms"
            + " | CPU ms/op broker | register | PostgreSQL | all |\n")
        .append("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    for (LoginResult r : results) {
      md.append(String.format(Locale.ROOT, "| %s | %s | %d | %,d | %d | %.1f | %.2f | %.0f | %.0f | %.0f | %.1f | %.1f"
              + " | %.1f | %.1f |%n",
          r.title(), r.variant(), r.users(), r.operations(), r.errors(), r.seconds(), r.perSecond(), r.p50(), r.p90(),
          r.max(), r.brokerCpuMs(), r.registerCpuMs(), r.postgresCpuMs(), r.totalCpuMs()));
    }
    List<Ratio> ratios = ratios();
    if (!ratios.isEmpty()) {
      md.append("\n## Ratios (same run, variants alternating)\n\n| ratio | value | target | verdict | what |\n"
          + "|---|---:|---:|---|---|\n");
      for (Ratio ratio : ratios) {
        md.append(String.format(Locale.ROOT, "| %s | %.3f | %s | %s | %s |%n", ratio.label(), ratio.value(),
            Double.isNaN(ratio.target()) ? "" : String.format(Locale.ROOT, "≤ %.2f", ratio.target()), ratio.verdict(),
            ratio.how()));
      }
    }
    return md.toString();
  }
}
