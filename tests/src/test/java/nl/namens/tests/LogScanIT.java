package nl.namens.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.namens.tests.support.NamensServerConfig;
import nl.namens.tests.support.TestBsns;
import org.junit.jupiter.api.Test;

/**
 * No BSN in any log line the broker or the register wrote during the end-to-end suite (DEVELOPERS.md, "Privacy";
 * issue 12). Runs after every other end-to-end test (its own failsafe execution, see tests/pom.xml) and reads what
 * they left: the broker's log file ({@link NamensServerConfig#LOG_FILE}, with {@code nl.namens} at DEBUG), the
 * register's logs, the production-start logs and the cluster test's nodes and register. A BSN here is any test
 * person's number: nine digits in the test range {@code 999xxxxxx} passing the 11-proef, wherever it stands in a
 * line (a username, a URL, a message).
 */
class LogScanIT {

  private static final Path TARGET = NamensServerConfig.LOG_FILE.getParent().getParent();

  /** Nine digits that are not part of a longer number. */
  private static final Pattern NINE_DIGITS = Pattern.compile("(?<!\\d)(999\\d{6})(?!\\d)");

  /**
   * A UUID (mandate ids, session ids, correlation ids on every register line): its last group of twelve hex digits
   * holds nine decimal digits that pass the 11-proef about once in 500 000 ids, which over a suite's thousands of
   * ids would fail the scan at random. UUIDs are set aside before the scan; a BSN cannot hide in one by accident.
   */
  private static final Pattern UUID =
      Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

  @Test
  void noBsnInAnyLogLineOfTheBrokerOrTheRegister() throws IOException {
    List<Path> logs = logs();
    Path broker = NamensServerConfig.LOG_FILE;
    Path register = TARGET.resolve("register-logs").resolve("register.log");
    assertTrue(logs.contains(broker), "the broker's log of this run is read: " + broker);
    assertTrue(logs.contains(register), "the register's log of this run is read: " + register);
    // not vacuous: the suite's representation scenarios are in these logs
    assertTrue(Files.readString(broker, StandardCharsets.UTF_8).contains("asking identity provider digid"), broker.toString());
    assertTrue(Files.readString(register, StandardCharsets.UTF_8).contains("Mandate"), register.toString());

    List<String> hits = new ArrayList<>();
    for (Path log : logs) {
      List<String> lines = Files.readAllLines(log, StandardCharsets.ISO_8859_1); // any bytes, never a decoding error
      for (int i = 0; i < lines.size(); i++) {
        Matcher m = NINE_DIGITS.matcher(withoutUuids(lines.get(i)));
        while (m.find()) {
          if (TestBsns.passesElfproef(m.group(1))) {
            // the hit is named by file and line, never by the number itself
            hits.add(TARGET.relativize(log) + ":" + (i + 1));
          }
        }
      }
    }
    assertTrue(hits.isEmpty(), "a BSN in " + hits.size() + " log line(s): " + hits.subList(0, Math.min(20, hits.size())));
  }

  @Test
  void theScanFindsABsnWhereverItStands() {
    for (String line :
        List.of("bsn=999990019", "user digid-999990019", "/bvd/999990019/x", "[999990019]", "BSN 999990019.")) {
      Matcher m = NINE_DIGITS.matcher(line);
      assertTrue(m.find() && TestBsns.passesElfproef(m.group(1)), line);
    }
    assertTrue(!NINE_DIGITS.matcher("id 1999990019 or 9999900190").find(), "part of a longer number");
    assertTrue(
        !NINE_DIGITS.matcher(withoutUuids("mandate 3f2a1b7c-0d4e-4f6a-8b9c-a999990019cd revoked")).find(),
        "nine digits inside a UUID are not a BSN");
    Matcher beside = NINE_DIGITS.matcher(withoutUuids("3f2a1b7c-0d4e-4f6a-8b9c-0123456789ab bsn=999990019"));
    assertTrue(beside.find() && TestBsns.passesElfproef(beside.group(1)), "a BSN beside a UUID is found");
  }

  private static String withoutUuids(String line) {
    return UUID.matcher(line).replaceAll("<uuid>");
  }

  private static List<Path> logs() throws IOException {
    List<Path> logs = new ArrayList<>();
    for (String folder : List.of("keycloak-logs", "register-logs", "keycloak-production", "cluster-logs")) {
      Path dir = TARGET.resolve(folder);
      if (Files.isDirectory(dir)) {
        try (Stream<Path> files = Files.walk(dir)) {
          files.filter(f -> f.getFileName().toString().endsWith(".log")).forEach(logs::add);
        }
      }
    }
    return logs;
  }
}
