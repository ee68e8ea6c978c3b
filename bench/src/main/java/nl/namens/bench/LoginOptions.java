package nl.namens.bench;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Options of {@code ./namens bench login}; every one has a default, so the bare command is the documented run.
 *
 * <pre>
 * --users 4             concurrent virtual users (closed loop: each starts its next login when the last ended)
 * --logins 60           measured logins per variant and round (both variants the same number)
 * --rounds 3            rounds A B A B: the variants alternate, so drift of the machine hits both alike
 * --warmup 100          warm-up logins per variant (not measured; the JITs of Keycloak and the register need them)
 * --refreshes 200       measured refreshes per variant and round
 * --principals 1000     Petra's clients for the acting-for page (imported through the register's court feed)
 * --picker-samples 15   timed acting-for pages per person and round
 * --cluster-logins 60   measured logins per cluster variant and round (0: no second node, no cluster scenario)
 * --heap 1g             each Keycloak node's -Xmx (JAVA_OPTS_KC_HEAP)
 * --out DIR             results directory (default bench/target/login/&lt;timestamp&gt;)
 * </pre>
 */
record LoginOptions(
    int users,
    int logins,
    int rounds,
    int warmup,
    int refreshes,
    int principals,
    int pickerSamples,
    int clusterLogins,
    String heap,
    Path out,
    Path root,
    String command) {

  static LoginOptions parse(Path root, List<String> args) {
    int users = 4;
    int logins = 60;
    int rounds = 3;
    int warmup = 100;
    int refreshes = 200;
    int principals = 1000;
    int pickerSamples = 15;
    int clusterLogins = 60;
    String heap = "1g";
    Path out =
        root.resolve("bench/target/login")
            .resolve(LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
    for (int i = 0; i < args.size(); i++) {
      String option = args.get(i);
      if (i + 1 >= args.size()) {
        throw new IllegalArgumentException("option " + option + " needs a value");
      }
      String value = args.get(++i);
      switch (option) {
        case "--users" -> users = positive(option, value);
        case "--logins" -> logins = positive(option, value);
        case "--rounds" -> rounds = positive(option, value);
        case "--warmup" -> warmup = atLeastZero(option, value);
        case "--refreshes" -> refreshes = positive(option, value);
        case "--principals" -> principals = positive(option, value);
        case "--picker-samples" -> pickerSamples = positive(option, value);
        case "--cluster-logins" -> clusterLogins = atLeastZero(option, value);
        case "--heap" -> heap = value;
        case "--out" -> out = Path.of(value).toAbsolutePath();
        default -> throw new IllegalArgumentException("unknown option " + option);
      }
    }
    return new LoginOptions(
        users, logins, rounds, warmup, refreshes, principals, pickerSamples, clusterLogins, heap, out, root,
        "./namens bench login " + String.join(" ", args));
  }

  private static int positive(String option, String value) {
    int parsed = Integer.parseInt(value);
    if (parsed <= 0) {
      throw new IllegalArgumentException(option + " must be positive");
    }
    return parsed;
  }

  private static int atLeastZero(String option, String value) {
    int parsed = Integer.parseInt(value);
    if (parsed < 0) {
      throw new IllegalArgumentException(option + " must not be negative");
    }
    return parsed;
  }
}
