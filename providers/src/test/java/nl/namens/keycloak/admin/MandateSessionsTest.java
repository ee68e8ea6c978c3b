package nl.namens.keycloak.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import nl.namens.identifiers.SubjectType;
import nl.namens.keycloak.register.Party;
import nl.namens.keycloak.representation.NamensNames;
import nl.namens.keycloak.representation.RepresentedLoginFixture;
import org.junit.jupiter.api.Test;

class MandateSessionsTest {

  private static final String MANDATE = "5c0d7f5a-2b64-4a83-a4e5-3f2b1d1e9c11";
  private static final String OTHER = "7d3c2b1a-0f9e-4d8c-b7a6-5e4d3c2b1a09";

  private static Map<String, String> actingFor(String... values) {
    return RepresentedLoginFixture.ledger(values);
  }

  private static Map<String, String> noNotes() {
    return Map.of();
  }

  @SafeVarargs
  private static MandateSessions.Candidate<String> session(
      String id, boolean offline, Map<String, String>... clientNotes) {
    return new MandateSessions.Candidate<>(id, id, offline, List.of(clientNotes));
  }

  @Test
  void aSessionWithOneClientActingUnderTheMandateIsSelected() {
    List<MandateSessions.Candidate<String>> selected =
        MandateSessions.select(
            MANDATE,
            Stream.of(
                session("a", false, actingFor("self"), actingFor(MANDATE)),
                session("b", false, actingFor(OTHER)),
                session("c", false, actingFor("self")),
                session("d", false, noNotes())));

    assertEquals(List.of("a"), selected.stream().map(MandateSessions.Candidate::id).toList());
  }

  @Test
  void anEarlierLoginsChoiceAtTheClientCountsToo() {
    // a later login at the same client chose "myself": the earlier login's tokens still act under it
    assertTrue(MandateSessions.actsUnder(MANDATE, List.of(actingFor(MANDATE, "self"))));
  }

  @Test
  void theNoteIsComparedAsAUuidWhateverItsCase() {
    assertTrue(MandateSessions.actsUnder(MANDATE, List.of(actingFor(MANDATE.toUpperCase()))));
  }

  @Test
  void aSessionWithoutClientSessionsOrWithGarbageIsNotSelected() {
    assertFalse(MandateSessions.actsUnder(MANDATE, List.of()));
    assertFalse(MandateSessions.actsUnder(MANDATE, List.of(actingFor("not-a-uuid"))));
    assertFalse(MandateSessions.actsUnder(MANDATE, List.of(actingFor(MANDATE + "0"))));
  }

  @Test
  void aSessionFoundTwiceIsSelectedOnceButOnlineAndOfflineTwinsBoth() {
    List<MandateSessions.Candidate<String>> selected =
        MandateSessions.select(
            MANDATE,
            Stream.of(
                session("a", false, actingFor(MANDATE)),
                session("a", false, actingFor(MANDATE)),
                session("a", true, actingFor(MANDATE))));

    assertEquals(2, selected.size());
    assertFalse(selected.get(0).offline());
    assertTrue(selected.get(1).offline());
  }

  @Test
  void thePathMandateIdMustBeAUuid() {
    assertEquals(Optional.of(MANDATE), MandateSessions.mandateId(MANDATE.toUpperCase()));
    assertEquals(Optional.empty(), MandateSessions.mandateId("123"));
    assertEquals(Optional.empty(), MandateSessions.mandateId(null));
  }

  @Test
  void representativesAreFoundByTheirBrokerUserAttribute() {
    assertEquals(Optional.of("namens.bsn"), MandateSessions.userAttribute(SubjectType.BSN));
    assertEquals(Optional.of("namens.kvk"), MandateSessions.userAttribute(SubjectType.KVK));
    assertEquals(Optional.of("namens.rsin"), MandateSessions.userAttribute(SubjectType.RSIN));
  }

  @Test
  void theBodyIsOptional() {
    assertEquals(Optional.empty(), MandateSessions.representative(null));
    assertEquals(Optional.empty(), MandateSessions.representative(""));
    assertEquals(Optional.empty(), MandateSessions.representative("{}"));
    assertEquals(Optional.empty(), MandateSessions.representative("{\"representative\": null}"));
  }

  @Test
  void theRepresentativeIsRead() {
    assertEquals(
        Optional.of(new Party(SubjectType.BSN, "999991772")),
        MandateSessions.representative(
            "{\"representative\": {\"type\": \"BSN\", \"id\": \"999991772\"}}"));
    assertEquals(
        Optional.of(new Party(SubjectType.KVK, "12345678")),
        MandateSessions.representative(
            "{\"representative\": {\"type\": \"kvk\", \"id\": \"12345678\"}}"));
  }

  @Test
  void aBadBodyIsRefusedWithoutEchoingTheIdentifier() {
    for (String body :
        List.of(
            "not json",
            "[]",
            "{\"representative\": \"999991772\"}",
            "{\"representative\": {\"type\": \"PASSPORT\", \"id\": \"999991772\"}}",
            "{\"representative\": {\"type\": \"BSN\"}}",
            "{\"representative\": {\"type\": \"BSN\", \"id\": \"123456789\"}}")) {
      InvalidRequestException e =
          assertThrows(
              InvalidRequestException.class, () -> MandateSessions.representative(body), body);
      assertFalse(e.getMessage().contains("999991772"));
      assertFalse(e.getMessage().contains("123456789"));
    }
  }
}
