package nl.namens.keycloak.representation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.keycloak.sessions.AuthenticationSessionModel;

class ChoiceLedgerTest {

  private static final String SERVICE = RepresentedLoginFixture.SERVICE;
  private static final ActingFor BEA =
      new ActingFor.Mandate(
          RepresentedLoginFixture.MANDATE, RepresentedLoginFixture.PRINCIPAL, SERVICE);

  /** The client notes of one authentication session, as Keycloak copies them into the client session. */
  private final Map<String, String> notes = new HashMap<>();

  private final AuthenticationSessionModel authSession = mock(AuthenticationSessionModel.class);

  ChoiceLedgerTest() {
    when(authSession.getClientNote(anyString())).thenAnswer(i -> notes.get(i.getArgument(0)));
    doAnswer(i -> notes.put(i.getArgument(0), i.getArgument(1)))
        .when(authSession)
        .setClientNote(anyString(), anyString());
    doAnswer(i -> notes.remove((String) i.getArgument(0)))
        .when(authSession)
        .removeClientNote(anyString());
  }

  /** One login: its authorization request's challenge, then the choice; notes copied over. */
  private Choice login(Map<String, String> clientSession, String challenge, ActingFor actingFor) {
    notes.clear();
    notes.put("code_challenge", challenge);
    Choice choice = ChoiceLedger.record(authSession, actingFor);
    notes.remove("code_challenge");
    clientSession.putAll(notes);
    return choice;
  }

  @Test
  void eachLoginAddsItsOwnChoiceAndTheEarlierOneStays() {
    Map<String, String> clientSession = new HashMap<>();
    Choice first = login(clientSession, "challenge-1", BEA);
    Choice second = login(clientSession, "challenge-2", new ActingFor.Self(SERVICE));

    assertNotEquals(first.id(), second.id());
    assertEquals(BEA, ChoiceLedger.find(clientSession, first.id()).orElseThrow().actingFor());
    assertEquals(
        new ActingFor.Self(SERVICE),
        ChoiceLedger.find(clientSession, second.id()).orElseThrow().actingFor());
    assertEquals(second.id(), ChoiceLedger.current(clientSession).orElseThrow().id());
  }

  @Test
  void aCodeIsBoundToTheChoiceOfItsOwnAuthorizationRequest() {
    Map<String, String> clientSession = new HashMap<>();
    Choice first = login(clientSession, "challenge-1", BEA);
    login(clientSession, "challenge-2", new ActingFor.Self(SERVICE));

    assertEquals(first.id(), ChoiceLedger.ofCodeChallenge(clientSession, "challenge-1").orElseThrow().id());
    assertTrue(ChoiceLedger.ofCodeChallenge(clientSession, "challenge-3").isEmpty());
    assertTrue(ChoiceLedger.ofCodeChallenge(clientSession, null).isEmpty());
  }

  @Test
  void aChallengeReusedForDifferentChoicesBindsNoCode() {
    Map<String, String> clientSession = new HashMap<>();
    login(clientSession, "same", BEA);
    login(clientSession, "same", new ActingFor.Self(SERVICE));

    assertTrue(ChoiceLedger.ofCodeChallenge(clientSession, "same").isEmpty());
  }

  @Test
  void aChallengeReusedForTheSameChoiceStillBindsTheCode() {
    Map<String, String> clientSession = new HashMap<>();
    login(clientSession, "same", BEA);
    login(clientSession, "same", BEA);

    assertEquals(BEA, ChoiceLedger.ofCodeChallenge(clientSession, "same").orElseThrow().actingFor());
  }

  @Test
  void aChoiceMadeAgainInOneLoginReplacesTheFirst() {
    notes.put("code_challenge", "c");
    ChoiceLedger.record(authSession, BEA);
    Choice again = ChoiceLedger.record(authSession, new ActingFor.Self(SERVICE));

    List<Choice> all = ChoiceLedger.all(notes);
    assertEquals(List.of(again.id()), all.stream().map(Choice::id).collect(Collectors.toList()));
  }

  @Test
  void onlyTheNewestChoicesAreKept() {
    Map<String, String> clientSession = new HashMap<>();
    Choice oldest = login(clientSession, "c0", BEA);
    for (int i = 1; i <= ChoiceLedger.KEPT; i++) {
      sleepAMillisecond();
      login(clientSession, "c" + i, new ActingFor.Self(SERVICE));
    }

    List<String> stale = ChoiceLedger.staleNotes(clientSession, null);
    assertEquals(List.of(ChoiceLedger.NOTE_PREFIX + oldest.id()), stale);
    assertTrue(ChoiceLedger.staleNotes(clientSession, oldest.id()).isEmpty(), "never the one in use");
  }

  @Test
  void anUnreadableNoteIsAnInvalidChoiceNotAnException() {
    Map<String, String> clientSession = Map.of(ChoiceLedger.NOTE_PREFIX + "x", "{not json");

    assertInstanceOf(
        ActingFor.Invalid.class, ChoiceLedger.find(clientSession, "x").orElseThrow().actingFor());
    assertFalse(ChoiceLedger.mandateIds(clientSession).findAny().isPresent());
  }

  @Test
  void theMandatesOfEveryKeptChoiceAreKnown() {
    Map<String, String> clientSession = new HashMap<>();
    login(clientSession, "c1", BEA);
    login(clientSession, "c2", new ActingFor.Self(SERVICE));

    assertEquals(
        List.of(RepresentedLoginFixture.MANDATE),
        ChoiceLedger.mandateIds(clientSession).collect(Collectors.toList()));
  }

  private static void sleepAMillisecond() {
    try {
      Thread.sleep(2);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
