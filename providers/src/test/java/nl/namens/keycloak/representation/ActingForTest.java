package nl.namens.keycloak.representation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.Map;
import nl.namens.identifiers.SubjectType;
import nl.namens.keycloak.register.Actor;
import nl.namens.keycloak.register.AuthorizationQuery;
import nl.namens.keycloak.register.AuthorizationResult;
import nl.namens.keycloak.register.Party;
import org.junit.jupiter.api.Test;

class ActingForTest {

  private static final String MANDATE = "5c0d7f5a-2b64-4a83-a4e5-3f2b1d1e9c11";
  private static final String SERVICE = "0b6a4f5e-7c1d-4c3e-9a59-0d2b5b1f6a01";

  @Test
  void selfKeepsTheServiceOfTheLogin() {
    assertEquals(new ActingFor.Self(SERVICE), ActingFor.of("self", null, SERVICE));
    assertEquals(new ActingFor.Self(null), ActingFor.of("self", "", ""));
  }

  @Test
  void mandateIsRead() {
    ActingFor choice = ActingFor.of(MANDATE.toUpperCase(), "BSN:999990019", SERVICE);

    ActingFor.Mandate mandate = assertInstanceOf(ActingFor.Mandate.class, choice);
    assertEquals(MANDATE, mandate.mandateId());
    assertEquals(new Party(SubjectType.BSN, "999990019"), mandate.principal());
    assertEquals(SERVICE, mandate.service());
  }

  @Test
  void inconsistentValuesAreInvalid() {
    assertInstanceOf(ActingFor.Invalid.class, ActingFor.of("someone", null, SERVICE));
    assertInstanceOf(ActingFor.Invalid.class, ActingFor.of(null, null, null));
    assertInstanceOf(ActingFor.Invalid.class, ActingFor.of(MANDATE, null, SERVICE));
    assertInstanceOf(ActingFor.Invalid.class, ActingFor.of(MANDATE, "BSN:999990019", null));
    assertInstanceOf(ActingFor.Invalid.class, ActingFor.of(MANDATE, "XYZ:1", SERVICE));
  }

  @Test
  void actorComesFromTheUserAttributes() {
    assertEquals(
        new Party(SubjectType.BSN, "999991772"),
        Actors.actorOf(
                Map.of(NamensNames.USER_SUBJECT_TYPE, "BSN", NamensNames.USER_BSN, "999991772")
                    ::get)
            .orElseThrow());
    assertEquals(
        new Party(SubjectType.KVK, "12345678"),
        Actors.actorOf(
                Map.of(NamensNames.USER_SUBJECT_TYPE, "KVK", NamensNames.USER_KVK, "12345678")::get)
            .orElseThrow());
    // type without identifier, or an identifier that fails its check
    assertEquals(true, Actors.actorOf(Map.of(NamensNames.USER_SUBJECT_TYPE, "BSN")::get).isEmpty());
    assertEquals(
        true,
        Actors.actorOf(
                Map.of(NamensNames.USER_SUBJECT_TYPE, "BSN", NamensNames.USER_BSN, "123456789")
                    ::get)
            .isEmpty());
    assertEquals(true, Actors.actorOf(Map.<String, String>of()::get).isEmpty());
  }

  @Test
  void anEherkenningActorCarriesTheEmployeePseudonym() {
    assertEquals(
        new Actor(new Party(SubjectType.KVK, "12345678"), "emp-1"),
        Actors.registerActorOf(
                Map.of(
                        NamensNames.USER_SUBJECT_TYPE,
                        "KVK",
                        NamensNames.USER_KVK,
                        "12345678",
                        NamensNames.USER_ACTING_SUBJECT_ID,
                        "emp-1")
                    ::get)
            .orElseThrow());
  }

  @Test
  void aDigidActorHasNoActingSubjectIdEvenIfTheAttributeIsThere() {
    assertEquals(
        Actor.of(new Party(SubjectType.BSN, "999991772")),
        Actors.registerActorOf(
                Map.of(
                        NamensNames.USER_SUBJECT_TYPE,
                        "BSN",
                        NamensNames.USER_BSN,
                        "999991772",
                        NamensNames.USER_ACTING_SUBJECT_ID,
                        "stray")
                    ::get)
            .orElseThrow());
  }

  @Test
  void theVerifierAsksTheRegisterWithTheEmployeePseudonym() {
    RepresentedLoginFixture login = new RepresentedLoginFixture();
    org.mockito.Mockito.when(login.user.getFirstAttribute(NamensNames.USER_SUBJECT_TYPE))
        .thenReturn("KVK");
    org.mockito.Mockito.when(login.user.getFirstAttribute(NamensNames.USER_KVK))
        .thenReturn("87654321");
    org.mockito.Mockito.when(login.user.getFirstAttribute(NamensNames.USER_ACTING_SUBJECT_ID))
        .thenReturn("emp-1");
    login.registerAnswers(new AuthorizationResult.NotAuthorized());

    RepresentationVerifier.verify(
        login.session, login.realm, login.user, login.choice().actingFor());

    org.mockito.ArgumentCaptor<AuthorizationQuery> query =
        org.mockito.ArgumentCaptor.forClass(AuthorizationQuery.class);
    org.mockito.Mockito.verify(login.register)
        .authorize(org.mockito.ArgumentMatchers.any(), query.capture());
    assertEquals(
        new Actor(new Party(SubjectType.KVK, "87654321"), "emp-1"), query.getValue().actor());
  }
}
