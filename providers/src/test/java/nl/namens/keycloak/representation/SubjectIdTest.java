package nl.namens.keycloak.representation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import nl.namens.identifiers.SubjectType;
import nl.namens.keycloak.register.Party;
import org.junit.jupiter.api.Test;

class SubjectIdTest {

  private final Pseudonymizer pseudonymizer =
      new Pseudonymizer("0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII), 1);
  private final Party bsn = new Party(SubjectType.BSN, "999990019");

  @Test
  void bsnOnlyForClientsThatMayReceiveIt() {
    SubjectId allowed = SubjectId.forClient(bsn, true, pseudonymizer, "belasting");

    assertEquals("999990019", allowed.value());
    assertEquals("urn:nl-eid-gdi:1.0:id:legacy-BSN", allowed.subIdType());
  }

  @Test
  void otherwiseAStablePerClientPseudonym() {
    SubjectId first = SubjectId.forClient(bsn, false, pseudonymizer, "webshop");
    SubjectId again = SubjectId.forClient(bsn, false, pseudonymizer, "webshop");
    SubjectId elsewhere = SubjectId.forClient(bsn, false, pseudonymizer, "bibliotheek");

    assertEquals("urn:nl-eid-gdi:1.0:id:pseudonym", first.subIdType());
    assertTrue(first.value().matches("v1\\.[0-9a-f]{64}"), first.value());
    assertEquals(first, again);
    assertNotEquals(first.value(), elsewhere.value());
    assertTrue(!first.value().contains("999990019"));
  }

  @Test
  void kvkNumbersAreNotPersonalData() {
    SubjectId kvk =
        SubjectId.forClient(
            new Party(SubjectType.KVK, "12345678"), false, pseudonymizer, "webshop");

    assertEquals("12345678", kvk.value());
    assertEquals("urn:nl-eid-gdi:1.0:id:KvKnr", kvk.subIdType());
  }

  @Test
  void pseudonymIsTheKeyVersionAndHmacSha256OverScopeAndIdentifier() throws Exception {
    javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
    mac.init(
        new javax.crypto.spec.SecretKeySpec(
            "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII), "HmacSHA256"));
    String expected =
        java.util.HexFormat.of()
            .formatHex(
                mac.doFinal("pseudonym|webshop|999990019".getBytes(StandardCharsets.UTF_8)));

    assertEquals("v1." + expected, pseudonymizer.pseudonym("webshop", "999990019"));
    assertEquals(
        "v2." + expected,
        new Pseudonymizer("0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII), 2)
            .pseudonym("webshop", "999990019"),
        "the version names the key, the key makes the value");
  }
}
