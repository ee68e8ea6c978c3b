package nl.namens.keycloak.broker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class UsernamesTest {

  @Test
  void digidUsernameIsTheFirstTwentyHexOfTheBsnHash() {
    // python3 -c "import hashlib; print(hashlib.sha256(b'999990019').hexdigest()[:20])"
    assertEquals("digid-b554d7c7f2357ba2ac03", Usernames.digid("999990019"));
  }

  @Test
  void digidUsernameNeverContainsTheBsn() {
    String username = Usernames.digid("999990019");
    assertFalse(username.contains("999990019"));
    assertTrue(username.matches("digid-[0-9a-f]{20}"));
  }

  @Test
  void eherkenningUsernameIsKvkAndTheFirstTwelveHexOfThePseudonymHash() {
    // python3 -c "import hashlib; print(hashlib.sha256(b'pseudo-1234').hexdigest()[:12])"
    assertEquals("eh-12345678-6d3e005dc4a1", Usernames.eherkenning("12345678", "pseudo-1234"));
  }

  @Test
  void differentPeopleGetDifferentUsernames() {
    assertNotEquals(Usernames.digid("999990019"), Usernames.digid("999993653"));
    assertNotEquals(Usernames.eherkenning("12345678", "a"), Usernames.eherkenning("12345678", "b"));
    assertNotEquals(Usernames.eherkenning("12345678", "a"), Usernames.eherkenning("87654321", "a"));
  }
}
