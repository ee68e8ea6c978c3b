package nl.namens.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * Options of {@code ./namens bench bvd}; every one has a default, so the bare command is the documented run.
 *
 * <pre>
 * --sizes 1m,10m        voluntary mandates per data set (k / m suffixes), one data set after the other
 * --legal 1m            legal representations in every data set
 * --callers 8           concurrent callers
 * --requests 20000      measured requests per scenario (fewer if --max-seconds passes first)
 * --warmup 2000         warm-up requests per scenario (fewer if --warmup-seconds passes first)
 * --max-seconds 60      time cap of one scenario's measured phase
 * --warmup-seconds 20   time cap of one scenario's warm-up
 * --heap 192m           the register's -Xmx
 * --register-jvm "..."  further JVM options of the register, space-separated (e.g. "-XX:+UseSerialGC")
 * --port 8481           the register's HTTP port
 * --pg-port 5481        the bench PostgreSQL's port
 * --out DIR             results directory (default bench/target/bvd/&lt;timestamp&gt;)
 * --baseline JAR        another build's quarkus-run.jar (in its quarkus-app directory), measured on the
 *                       same data right after this one: the report then gives the ratios of one run
 * </pre>
 */
record BvdOptions(
    List<Size> sizes,
    long legal,
    int callers,
    long requests,
    long warmup,
    Duration maxTime,
    Duration warmupTime,
    String heap,
    List<String> registerJvm,
    int port,
    int pgPort,
    Path out,
    Path registerJar,
    Path baselineJar,
    Path demoData,
    String command) {

  static BvdOptions parse(Path root, List<String> args) {
    List<Size> sizes = List.of(Size.parse("1m"), Size.parse("10m"));
    long legal = 1_000_000;
    int callers = 8;
    long requests = 20_000;
    long warmup = 2_000;
    Duration maxTime = Duration.ofSeconds(60);
    Duration warmupTime = Duration.ofSeconds(20);
    String heap = "192m";
    List<String> registerJvm = List.of();
    int port = 8481;
    int pgPort = 5481;
    Path baseline = null;
    Path out =
        root.resolve("bench/target/bvd")
            .resolve(LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
    for (int i = 0; i < args.size(); i++) {
      String option = args.get(i);
      if (i + 1 >= args.size()) {
        throw new IllegalArgumentException("option " + option + " needs a value");
      }
      String value = args.get(++i);
      switch (option) {
        case "--sizes" -> {
          List<Size> parsed = new ArrayList<>();
          for (String s : value.split(",")) {
            parsed.add(Size.parse(s));
          }
          sizes = List.copyOf(parsed);
        }
        case "--legal" -> legal = Size.parse(value).count();
        case "--callers" -> callers = positive(option, value);
        case "--requests" -> requests = positive(option, value);
        case "--warmup" -> warmup = Integer.parseInt(value);
        case "--max-seconds" -> maxTime = Duration.ofSeconds(positive(option, value));
        case "--warmup-seconds" -> warmupTime = Duration.ofSeconds(Integer.parseInt(value));
        case "--heap" -> heap = value;
        case "--register-jvm" -> registerJvm = List.of(value.strip().split("\\s+"));
        case "--port" -> port = positive(option, value);
        case "--pg-port" -> pgPort = positive(option, value);
        case "--out" -> out = Path.of(value).toAbsolutePath();
        case "--baseline" -> baseline = Path.of(value).toAbsolutePath();
        default -> throw new IllegalArgumentException("unknown option " + option);
      }
    }
    return new BvdOptions(
        sizes,
        legal,
        callers,
        requests,
        warmup,
        maxTime,
        warmupTime,
        heap,
        registerJvm,
        port,
        pgPort,
        out,
        root.resolve("register/target/quarkus-app/quarkus-run.jar"),
        baseline,
        root.resolve("realm-config/src/main/resources/demo-data.json"),
        "./namens bench bvd " + String.join(" ", args));
  }

  private static int positive(String option, String value) {
    int parsed = Integer.parseInt(value);
    if (parsed <= 0) {
      throw new IllegalArgumentException(option + " must be positive");
    }
    return parsed;
  }

  BvdOptions withPaths(Path registerJar, Path demoData) {
    return new BvdOptions(
        sizes, legal, callers, requests, warmup, maxTime, warmupTime, heap, registerJvm, port, pgPort, out, registerJar,
        baselineJar, demoData, command);
  }
}
