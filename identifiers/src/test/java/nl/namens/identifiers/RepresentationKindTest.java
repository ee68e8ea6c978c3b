package nl.namens.identifiers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RepresentationKindTest {

  @ParameterizedTest
  @CsvSource({
    "voluntary, machtiging, , urn:namens:1.0:RT:Vrijwillig",
    "chain, machtiging, , urn:namens:1.0:RT:Keten",
    "parental-authority, ouderlijk-gezag, brp, urn:namens:1.0:RT:OuderlijkGezag",
    "curatele, curatele, court, urn:namens:1.0:RT:Curatele",
    "bewind, beschermingsbewind, court, urn:namens:1.0:RT:Bewind",
    "mentorschap, mentorschap, court, urn:namens:1.0:RT:Mentorschap",
    "survivor, nabestaande, helpdesk, urn:namens:1.0:RT:Nabestaande"
  })
  void everyKindHasTheCodesOfTheTableInTheDocs(
      String code, String relation, String source, String representationType) {
    RepresentationKind kind = RepresentationKind.fromCode(code).orElseThrow();

    assertEquals(code, kind.code());
    assertEquals(relation, kind.relation());
    assertEquals(source, kind.source());
    assertEquals(representationType, kind.representationType());
  }

  @Test
  void onlyMandatesAreNotLegal() {
    List<RepresentationKind> notLegal =
        Arrays.stream(RepresentationKind.values()).filter(k -> !k.isLegal()).toList();

    assertEquals(List.of(RepresentationKind.VOLUNTARY, RepresentationKind.CHAIN), notLegal);
    assertNull(RepresentationKind.CHAIN.source());
    assertTrue(RepresentationKind.SURVIVOR.isLegal());
  }

  @Test
  void codesAndTypesAreUnique() {
    Set<String> codes = new HashSet<>();
    Set<String> types = new HashSet<>();
    for (RepresentationKind kind : RepresentationKind.values()) {
      assertTrue(codes.add(kind.code()), kind.code());
      assertTrue(types.add(kind.representationType()), kind.representationType());
    }
  }

  @Test
  void unknownOrMissingCodeIsNoKind() {
    assertFalse(RepresentationKind.fromCode("guardianship").isPresent());
    assertFalse(RepresentationKind.fromCode(null).isPresent());
    assertFalse(RepresentationKind.fromCode("Voluntary").isPresent());
  }
}
