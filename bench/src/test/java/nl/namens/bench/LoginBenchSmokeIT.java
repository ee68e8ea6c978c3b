package nl.namens.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Keeps {@code ./namens bench login} from rotting: the whole command with tiny numbers (a few logins, refreshes and
 * pages, 20 principals, both nodes). Asserts that every scenario produced numbers and the report exists; never a
 * timing. ~85 s on the 2-core machine (two production-mode Keycloak starts, ~30 s and ~15 s, are most of it);
 * {@code -Dnamens.bench.login.smoke=false} skips it. It skips, saying why, when the jars it needs are missing (the
 * reactor builds providers, simulators and themes before bench).
 */
class LoginBenchSmokeIT {

  @TempDir Path out;

  @Test
  void tinyRunReportsNumbersForEveryScenario() throws Exception {
    assumeTrue(
        !"false".equals(System.getProperty("namens.bench.login.smoke")),
        "switched off with -Dnamens.bench.login.smoke=false");
    Path root = Path.of(System.getProperty("namens.repo.root", "..")).toAbsolutePath().normalize();
    String missing = LoginStack.missingJars(root);
    assumeTrue(missing == null, () -> "missing " + missing + ": mvn -B -q package -DskipTests first");
    List<String> args =
        List.of("--users", "2", "--logins", "2", "--rounds", "1", "--warmup", "1", "--refreshes", "3",
            "--principals", "20", "--picker-samples", "2", "--cluster-logins", "2", "--heap", "512m",
            "--out", out.toString());
    LoginOptions options = LoginOptions.parse(root, args);
    List<String> log = new ArrayList<>();

    LoginReport report = new LoginBench(options, line -> {
      log.add(line);
      System.out.println(line);
    }).run();

    List<LoginResult> results = report.results();
    assertEquals(8, results.size(), () -> String.join("\n", log));
    for (LoginResult result : results) {
      String name = result.scenario() + "/" + result.variant();
      assertTrue(result.operations() > 0, name + " measured nothing");
      assertEquals(0, result.errors(), name + " had errors");
      assertTrue(result.p50() > 0 && result.perSecond() > 0, name + " has no timing");
      if (!result.scenario().equals("picker")) {
        assertTrue(result.brokerCpuMs() > 0, name + " has no broker CPU");
      }
    }
    assertEquals(20, report.find("picker", "many").orElseThrow().pageTotal(), "Petra's page counts her clients");
    assertEquals(9, Files.readAllLines(out.resolve("results.csv")).size());
    assertTrue(Files.readString(out.resolve("report.md")).contains("## Ratios"));
    assertTrue(Files.size(out.resolve("ratios.png")) > 1_000, "no chart");
  }
}
