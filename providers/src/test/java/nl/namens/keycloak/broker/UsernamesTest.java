package nl.namens.keycloak.broker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.stream.IntStream;
import nl.namens.identifiers.Bsn;
import nl.namens.keycloak.keys.IdentifierKey;
import nl.namens.keycloak.keys.KeyedDigest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keycloak.broker.provider.IdentityBrokerException;

class UsernamesTest {

  private static final byte[] KEY =
      "usernames-test-key-usernames-test-key".getBytes(StandardCharsets.US_ASCII);

  @BeforeEach
  void key() {
    IdentifierKey.installForTests(KEY);
  }

  @AfterEach
  void noKey() {
    IdentifierKey.installForTests(null);
  }

  @Test
  void digidUsernameIsTheFirstTwentyHexOfTheKeyedBsnHash() {
    String expected = new KeyedDigest(KEY).hex("username|digid", "999990019").substring(0, 20);
    assertEquals("digid-" + expected, Usernames.digid("999990019"));
  }

  @Test
  void digidUsernameNeverContainsTheBsn() {
    String username = Usernames.digid("999990019");
    assertFalse(username.contains("999990019"));
    assertTrue(username.matches("digid-[0-9a-f]{20}"));
  }

  @Test
  void eherkenningUsernameIsKvkAndTheFirstTwelveHexOfTheKeyedPseudonymHash() {
    String expected =
        new KeyedDigest(KEY).hex("username|eherkenning", "pseudo-1234").substring(0, 12);
    assertEquals(
        "eh-12345678-" + expected, Usernames.eherkenning("12345678", "pseudo-1234"));
  }

  @Test
  void differentPeopleGetDifferentUsernames() {
    assertNotEquals(Usernames.digid("999990019"), Usernames.digid("999993653"));
    assertNotEquals(Usernames.eherkenning("12345678", "a"), Usernames.eherkenning("12345678", "b"));
    assertNotEquals(Usernames.eherkenning("12345678", "a"), Usernames.eherkenning("87654321", "a"));
  }

  @Test
  void withoutTheKeyNoUsernameIsDerived() {
    IdentifierKey.installForTests(null);
    IdentityBrokerException refused =
        assertThrows(IdentityBrokerException.class, () -> Usernames.digid("999990019"));
    assertEquals(Refusals.BROKER_NOT_CONFIGURED, refused.getMessageCode());
  }

  /**
   * The attack an unkeyed hash allowed: try every BSN of a range until one hashes to the username.
   * Over a range that holds the BSN, unkeyed SHA-256 (the old derivation) and a guessed key find
   * nothing; only the broker's key does.
   */
  @Test
  void bruteForceOverTheBsnRangeFailsWithoutTheKey() throws Exception {
    String target = Usernames.digid("999990019");
    MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
    KeyedDigest guessed = new KeyedDigest(new byte[32]);
    long unkeyedHits =
        range()
            .filter(
                bsn ->
                    target.equals(
                        "digid-"
                            + HexFormat.of()
                                .formatHex(sha256.digest(bsn.getBytes(StandardCharsets.UTF_8)))
                                .substring(0, 20)))
            .count();
    long guessedKeyHits =
        range()
            .filter(
                bsn ->
                    target.equals(
                        "digid-" + guessed.hex("username|digid", bsn).substring(0, 20)))
            .count();
    long withKey = range().filter(bsn -> target.equals(Usernames.digid(bsn))).count();

    assertEquals(0, unkeyedHits);
    assertEquals(0, guessedKeyHits);
    assertEquals(1, withKey, "the range holds the BSN: the search itself works");
  }

  /** Every valid BSN from 999990000 to 999999999 (about 1 000; 999990019 among them). */
  private static java.util.stream.Stream<String> range() {
    return IntStream.rangeClosed(999_990_000, 999_999_999)
        .mapToObj(Integer::toString)
        .filter(Bsn::isValid);
  }
}
