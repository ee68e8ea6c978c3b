package nl.namens.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The run's output in its directory: {@code results.csv} (one line per size and scenario, for re-runs and
 * comparisons), {@code report.md} (the machine, the command, a table per size) and {@code p99.png}. Written
 * again after every size, so a long run leaves what it measured so far.
 */
final class Report {

  private final Path directory;
  private final String command;
  private final List<String> header;
  private final List<ScenarioResult> results = new ArrayList<>();
  private final Map<String, List<String>> notes = new LinkedHashMap<>();

  /** @param header lines about the machine and settings; the caller may still add to it */
  Report(Path directory, String command, List<String> header) {
    this.directory = directory;
    this.command = command;
    this.header = header; // the caller adds lines as it learns them (the PostgreSQL version)
  }

  void add(ScenarioResult result) {
    results.add(result);
  }

  void note(String size, String note) {
    notes.computeIfAbsent(size, s -> new ArrayList<>()).add(note);
  }

  List<ScenarioResult> results() {
    return List.copyOf(results);
  }

  void write() throws IOException {
    Files.createDirectories(directory);
    List<String> csv = new ArrayList<>();
    csv.add(ScenarioResult.CSV_HEADER);
    results.forEach(r -> csv.add(r.csv()));
    Files.write(directory.resolve("results.csv"), csv, StandardCharsets.UTF_8);
    Files.writeString(directory.resolve("report.md"), markdown(), StandardCharsets.UTF_8);
    if (!results.isEmpty()) {
      P99Chart.write(results, directory.resolve("p99.png"), command);
    }
  }

  String markdown() {
    StringBuilder md = new StringBuilder("# BVD benchmark\n\n");
    md.append("```\n").append(command).append("\n```\n\n");
    header.forEach(line -> md.append("- ").append(line).append('\n'));
    Map<String, List<ScenarioResult>> bySize = new LinkedHashMap<>();
    results.forEach(r -> bySize.computeIfAbsent(r.size(), s -> new ArrayList<>()).add(r));
    bySize.forEach(
        (size, rows) -> {
          md.append("\n## ").append(size).append(" voluntary mandates\n\n");
          notes.getOrDefault(size, List.of()).forEach(n -> md.append("- ").append(n).append('\n'));
          md.append('\n').append(table(rows));
          String ratios = ratios(rows);
          if (!ratios.isEmpty()) {
            md.append("\n### ").append(size).append(": this build against the baseline, same data, same run\n\n");
            md.append(ratios);
          }
        });
    return md.toString();
  }

  static String table(List<ScenarioResult> rows) {
    StringBuilder md =
        new StringBuilder(
            "| scenario | list size | requests | errors | p50 ms | p90 ms | p99 ms | max ms | requests/s | register RSS max MB | load avg | CPU ms/req register + PostgreSQL | req/s 2 cores could serve |\n"
                + "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    for (ScenarioResult r : rows) {
      md.append(
          String.format(
              Locale.ROOT,
              "| %s | %s | %,d | %d | %s | %s | %s | %s | %,.0f | %d | %.1f | %.2f + %.2f | %,.0f |%n",
              r.title(),
              r.listSize() < 0 ? "" : String.format(Locale.ROOT, "%,d", r.listSize()),
              r.requests(),
              r.errors(),
              fmt(r.p50()),
              fmt(r.p90()),
              fmt(r.p99()),
              fmt(r.max()),
              r.requestsPerSecond(),
              r.rssMaxMb(),
              r.loadAverage(),
              r.registerCpuMs(),
              r.postgresCpuMs(),
              r.capacityOnTwoCores()));
    }
    return md.toString();
  }

  /**
   * Per scenario measured on both registers: how many times faster (p50, p99) and cheaper (CPU per
   * request) this build is than the baseline, and its requests/s as a multiple; empty without a
   * baseline.
   */
  static String ratios(List<ScenarioResult> rows) {
    Map<String, ScenarioResult> baseline = new LinkedHashMap<>();
    rows.stream()
        .filter(r -> r.scenario().startsWith(BvdBench.BASELINE))
        .forEach(r -> baseline.put(r.scenario().substring(BvdBench.BASELINE.length()), r));
    if (baseline.isEmpty()) {
      return "";
    }
    StringBuilder md =
        new StringBuilder(
            "| scenario | p50 ms baseline → this | p50 × faster | p99 ms baseline → this | p99 × faster | requests/s × | CPU ms/req baseline → this | CPU × less |\n"
                + "|---|---:|---:|---:|---:|---:|---:|---:|\n");
    for (ScenarioResult r : rows) {
      ScenarioResult b = baseline.get(r.scenario());
      if (b == null) {
        continue;
      }
      double cpuB = b.registerCpuMs() + b.postgresCpuMs();
      double cpu = r.registerCpuMs() + r.postgresCpuMs();
      md.append(
          String.format(
              Locale.ROOT,
              "| %s | %s → %s | %s | %s → %s | %s | %s | %.2f → %.2f | %s |%n",
              r.title(),
              fmt(b.p50()),
              fmt(r.p50()),
              times(b.p50(), r.p50()),
              fmt(b.p99()),
              fmt(r.p99()),
              times(b.p99(), r.p99()),
              times(r.requestsPerSecond(), b.requestsPerSecond()),
              cpuB,
              cpu,
              times(cpuB, cpu)));
    }
    return md.toString();
  }

  private static String times(double numerator, double denominator) {
    if (denominator <= 0) {
      return "";
    }
    double ratio = numerator / denominator;
    return ratio >= 10
        ? String.format(Locale.ROOT, "%,.0f", ratio)
        : String.format(Locale.ROOT, "%.1f", ratio);
  }

  private static String fmt(double ms) {
    return ms < 10 ? String.format(Locale.ROOT, "%.2f", ms) : String.format(Locale.ROOT, "%,.0f", ms);
  }
}
