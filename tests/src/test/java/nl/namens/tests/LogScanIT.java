package nl.namens.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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

  @Test
  void noBsnInAnyLogLineOfTheBrokerOrTheRegister() throws IOException {
    List<Path> logs = logs();
    Path broker = NamensServerConfig.LOG_FILE;
    Path register = TARGET.resolve("register-logs").resolve("register.log");
    assertTrue(logs.contains(broker), "the broker's log of this run is read: " + broker);
    assertTrue(logs.contains(register), "the register's log of this run is read: " + register);
    // not vacuous: the suite's representation scenarios are in these logs (the broker's log rotates: keycloak.log.N)
    assertTrue(
        logs.stream()
            .filter(log -> log.getParent().equals(broker.getParent()))
            .anyMatch(log -> read(log).contains("asking identity provider digid")),
        broker.toString());
    assertTrue(Files.readString(register, StandardCharsets.UTF_8).contains("Mandate"), register.toString());

    List<String> hits = new ArrayList<>();
    for (Path log : logs) {
      List<String> lines = Files.readAllLines(log, StandardCharsets.ISO_8859_1); // any bytes, never a decoding error
      for (int i = 0; i < lines.size(); i++) {
        if (TestBsns.countIn(lines.get(i)) > 0) {
          hits.add(TARGET.relativize(log) + ":" + (i + 1)); // named by file and line, never by the number itself
        }
      }
    }
    assertTrue(hits.isEmpty(), "a BSN in " + hits.size() + " log line(s): " + hits.subList(0, Math.min(20, hits.size())));
  }

  @Test
  void theScanFindsABsnWhereverItStands() {
    for (String line :
        List.of("bsn=999990019", "user digid-999990019", "/bvd/999990019/x", "[999990019]", "BSN 999990019.")) {
      assertEquals(1, TestBsns.countIn(line), line);
    }
    assertEquals(0, TestBsns.countIn("id 1999990019 or 9999900190"), "part of a longer number");
    assertEquals(
        0, TestBsns.countIn("mandate 3f2a1b7c-0d4e-4f6a-8b9c-a999990019cd revoked"), "nine digits inside a UUID");
    assertEquals(1, TestBsns.countIn("3f2a1b7c-0d4e-4f6a-8b9c-0123456789ab bsn=999990019"), "a BSN beside a UUID");
    assertEquals(
        0, TestBsns.countIn("{\"timestamp\":\"2026-12-03T04:10:55.999990019Z\"}"), "nanoseconds of a JSON log's time");
    assertEquals(1, TestBsns.countIn("04:10:55,123 user 999990019"), "a BSN beside a time");
  }

  private static String read(Path log) {
    try {
      return Files.readString(log, StandardCharsets.ISO_8859_1);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static List<Path> logs() throws IOException {
    List<Path> logs = new ArrayList<>();
    for (String folder : List.of("keycloak-logs", "register-logs", "keycloak-production", "cluster-logs")) {
      Path dir = TARGET.resolve(folder);
      if (Files.isDirectory(dir)) {
        try (Stream<Path> files = Files.walk(dir)) {
          // a log and its rotated parts (keycloak.log.1, ...)
          files.filter(f -> f.getFileName().toString().matches(".*\\.log(\\.\\d+)?")).forEach(logs::add);
        }
      }
    }
    return logs;
  }
}
