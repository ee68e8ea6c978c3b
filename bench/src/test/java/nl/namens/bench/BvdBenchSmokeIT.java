package nl.namens.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.namens.devstack.Ports;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Keeps {@code ./namens bench bvd} from rotting: the whole command on a tiny data set (2 000 mandates). Asserts
 * that every scenario produced numbers, the report and the chart; never a timing (benchmarks are not tests).
 */
class BvdBenchSmokeIT {

  @TempDir Path out;

  @Test
  void tinyRunReportsNumbersForEveryScenario() throws Exception {
    Path jar = Path.of(System.getProperty("namens.register.jar", "../register/target/quarkus-app/quarkus-run.jar"));
    assumeTrue(
        Files.isRegularFile(jar),
        "register jar " + jar + " missing: build it with mvn -B -q package -DskipTests -pl register -am");
    Path demoData =
        Path.of(System.getProperty("namens.demo-data", "../realm-config/src/main/resources/demo-data.json"));
    List<String> args =
        List.of(
            "--sizes", "2k", "--legal", "1k", "--callers", "2", "--requests", "40", "--warmup", "10",
            "--max-seconds", "30", "--warmup-seconds", "10", "--port", Integer.toString(Ports.free()),
            "--pg-port", Integer.toString(Ports.free()), "--out", out.toString());
    BvdOptions options = BvdOptions.parse(Path.of(".."), args).withPaths(jar, demoData);
    List<String> log = new ArrayList<>();

    Report report = new BvdBench(options, log::add).run();

    List<ScenarioResult> results = report.results();
    assertEquals(6, results.size(), () -> String.join("\n", log));
    for (ScenarioResult result : results) {
      assertTrue(result.requests() > 0, result.scenario() + " measured no request");
      assertEquals(0, result.errors(), result.scenario() + " had errors");
      assertTrue(result.p50() > 0 && result.p99() >= result.p50(), result.scenario() + " has no latencies");
      assertTrue(result.requestsPerSecond() > 0, result.scenario() + " has no throughput");
      assertTrue(result.rssMaxMb() > 0, result.scenario() + " has no RSS");
    }
    assertTrue(
        results.stream().filter(r -> r.scenario().equals("reps-professional")).allMatch(r -> r.listSize() > 0),
        "the professional represents nobody");
    assertEquals(7, Files.readAllLines(out.resolve("results.csv")).size());
    assertTrue(Files.readString(out.resolve("report.md")).contains("| authorizations, ordinary person |"));
    assertTrue(Files.size(out.resolve("p99.png")) > 1_000, "no chart");
  }

}
