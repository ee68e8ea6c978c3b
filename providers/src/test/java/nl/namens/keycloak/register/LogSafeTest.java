package nl.namens.keycloak.register;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import nl.namens.identifiers.Bsn;
import nl.namens.identifiers.SubjectType;
import nl.namens.keycloak.keys.IdentifierKey;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class LogSafeTest {

  @AfterEach
  void noKey() {
    IdentifierKey.installForTests(null);
  }

  @Test
  void aReferenceIsTheTypeAndEightHexOfTheKeyedHash() {
    IdentifierKey.installForTests(new byte[32]);
    assertTrue(
        new Party(SubjectType.BSN, "999990019").logRef().matches("BSN#[0-9a-f]{8}"),
        new Party(SubjectType.BSN, "999990019").logRef());
  }

  @Test
  void withoutTheKeyALogLineCarriesNoReferenceAtAll() {
    assertEquals("BSN#?", new Party(SubjectType.BSN, "999990019").logRef());
  }

  /**
   * Someone with the logs tries every BSN of a range that holds the person's: with an unkeyed
   * SHA-256 (the old reference) or a guessed key nothing matches; only the broker's key finds it.
   */
  @Test
  void bruteForceOverABsnRangeFailsWithoutTheKey() throws Exception {
    byte[] key = "log-safe-test-key-log-safe-test-key".getBytes(StandardCharsets.US_ASCII);
    IdentifierKey.installForTests(key);
    String logged = LogSafe.hash("999990019");

    MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
    long unkeyed =
        range()
            .filter(
                bsn ->
                    logged.equals(
                        HexFormat.of()
                            .formatHex(sha256.digest(bsn.getBytes(StandardCharsets.UTF_8)), 0, 4)))
            .count();
    IdentifierKey.installForTests(new byte[32]);
    long guessedKey = range().filter(bsn -> logged.equals(LogSafe.hash(bsn))).count();
    IdentifierKey.installForTests(key);
    long withKey = range().filter(bsn -> logged.equals(LogSafe.hash(bsn))).count();

    assertEquals(0, unkeyed);
    assertEquals(0, guessedKey);
    assertEquals(1, withKey, "the range holds the BSN: the search itself works");
  }

  private static Stream<String> range() {
    return IntStream.rangeClosed(999_990_000, 999_999_999)
        .mapToObj(Integer::toString)
        .filter(Bsn::isValid);
  }
}
