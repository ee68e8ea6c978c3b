package nl.namens.keycloak.representation;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.time.LocalDate;
import java.util.List;
import nl.namens.identifiers.SubjectType;
import nl.namens.keycloak.register.AuthorizationResult;
import nl.namens.keycloak.register.Party;
import nl.namens.keycloak.register.Representation;
import nl.namens.keycloak.register.Representations;
import nl.namens.keycloak.register.ServiceRef;
import nl.namens.keycloak.register.Unavailability;
import org.junit.jupiter.api.Test;

class VerdictTest {

  private static final String MANDATE = "5c0d7f5a-2b64-4a83-a4e5-3f2b1d1e9c11";
  private static final String SERVICE = "0b6a4f5e-7c1d-4c3e-9a59-0d2b5b1f6a01";
  private static final Party ACTOR = new Party(SubjectType.BSN, "999991772");
  private static final Party PRINCIPAL = new Party(SubjectType.BSN, "999990019");
  private static final ActingFor.Mandate CHOICE =
      new ActingFor.Mandate(MANDATE, PRINCIPAL, SERVICE);

  private static Representation rep(String mandateId, Party principal) {
    return Representations.of(mandateId)
            .kind("voluntary")
            .principal(principal)
            .principalDisplayName("B. de Vries")
            .relation("machtiging")
            .services(List.of(new ServiceRef(SERVICE, "x")))
            .validUntil(LocalDate.of(2027, 12, 31))
            .build();
  }

  @Test
  void authorizedForTheChosenMandate() {
    assertInstanceOf(
        Verdict.Authorized.class,
        Verdict.of(CHOICE, ACTOR, new AuthorizationResult.Authorized(rep(MANDATE, PRINCIPAL))));
  }

  @Test
  void authorizedForAnotherPrincipalIsDenied() {
    assertInstanceOf(
        Verdict.Denied.class,
        Verdict.of(
            CHOICE,
            ACTOR,
            new AuthorizationResult.Authorized(
                rep(MANDATE, new Party(SubjectType.BSN, "999990020")))));
  }

  @Test
  void authorizedForAnotherMandateIsDenied() {
    assertInstanceOf(
        Verdict.Denied.class,
        Verdict.of(
            CHOICE,
            ACTOR,
            new AuthorizationResult.Authorized(
                rep("6d1e8a6b-3c75-4b94-b5f6-4a3c2e2fad22", PRINCIPAL))));
  }

  @Test
  void notAuthorizedIsDenied() {
    assertInstanceOf(
        Verdict.Denied.class, Verdict.of(CHOICE, ACTOR, new AuthorizationResult.NotAuthorized()));
  }

  @Test
  void unavailableStaysUnavailable() {
    assertInstanceOf(
        Verdict.Unavailable.class,
        Verdict.of(
            CHOICE,
            ACTOR,
            new AuthorizationResult.Unavailable(
                new Unavailability(Unavailability.Reason.TIMEOUT, "t"))));
  }
}
