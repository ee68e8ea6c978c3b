package nl.namens.bench;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * {@code ./namens bench bvd [options]} (see {@link BvdOptions}). The repository root comes from the system
 * property {@code namens.root} (set by the script), else the working directory.
 */
public final class Main {

  private Main() {}

  public static void main(String[] args) throws Exception {
    System.setProperty("java.awt.headless", "true");
    if (args.length > 2 && "chart".equals(args[0])) {
      chart(Arrays.asList(args).subList(1, args.length));
      return;
    }
    if (args.length > 0 && "login".equals(args[0])) {
      login(Arrays.asList(args).subList(1, args.length));
      return;
    }
    if (args.length == 0 || !"bvd".equals(args[0])) {
      System.err.println("usage: ./namens bench bvd [--sizes 1m,10m] [--legal 1m] [--callers 8] [--requests 20000]"
          + " [--warmup 2000] [--max-seconds 60] [--warmup-seconds 20] [--heap 192m] [--port 8481] [--pg-port 5481]"
          + " [--out DIR]\n       ./namens bench login [--users 4] [--logins 60] [--rounds 3] [--warmup 100]"
          + " [--refreshes 200] [--principals 1000] [--picker-samples 15] [--cluster-logins 60] [--heap 1g] [--out DIR]"
          + "\n       ./namens bench chart OUT.png results.csv... (the p99 chart of earlier runs)");
      System.exit(2);
    }
    Path root = Path.of(System.getProperty("namens.root", ".")).toAbsolutePath().normalize();
    List<String> options = Arrays.asList(args).subList(1, args.length);
    BvdOptions parsed;
    try {
      parsed = BvdOptions.parse(root, options);
    } catch (IllegalArgumentException e) {
      System.err.println("namens bench: " + e.getMessage());
      System.exit(2);
      return;
    }
    Report report = new BvdBench(parsed, System.out::println).run();
    System.out.println();
    System.out.println(report.markdown());
    System.out.println("Report, results.csv and p99.png in " + parsed.out());
  }

  /** {@code ./namens bench login}: whole brokered logins, see {@link LoginBench}. */
  private static void login(List<String> args) throws Exception {
    Path root = Path.of(System.getProperty("namens.root", ".")).toAbsolutePath().normalize();
    LoginOptions parsed;
    try {
      parsed = LoginOptions.parse(root, args);
    } catch (IllegalArgumentException e) {
      System.err.println("namens bench login: " + e.getMessage());
      System.exit(2);
      return;
    }
    LoginReport report = new LoginBench(parsed, System.out::println).run();
    System.out.println();
    System.out.println(report.markdown());
    System.out.println("Report, results.csv and ratios.png in " + parsed.out());
  }

  /** Draws the p99 chart again from the results.csv of one or more runs (e.g. before and after a change). */
  private static void chart(List<String> args) throws java.io.IOException {
    Path png = Path.of(args.get(0));
    java.util.List<ScenarioResult> results = new java.util.ArrayList<>();
    for (String csv : args.subList(1, args.size())) {
      for (String line : java.nio.file.Files.readAllLines(Path.of(csv))) {
        if (!line.isBlank() && !line.startsWith("size,")) {
          results.add(ScenarioResult.parse(line, Samples.TITLES));
        }
      }
    }
    P99Chart.write(results, png, String.join(" ", args.subList(1, args.size())));
    System.out.println("chart: " + png);
  }
}
