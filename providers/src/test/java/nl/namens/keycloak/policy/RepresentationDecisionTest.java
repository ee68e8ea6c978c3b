package nl.namens.keycloak.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.namens.identifiers.SubjectType;
import nl.namens.keycloak.register.CapacityResult;
import nl.namens.keycloak.register.Party;
import nl.namens.keycloak.register.Representation;
import nl.namens.keycloak.register.Representations;
import nl.namens.keycloak.register.ServiceRef;
import nl.namens.keycloak.register.Unavailability;
import nl.namens.keycloak.representation.ActingFor;
import nl.namens.keycloak.representation.Verdict;
import org.junit.jupiter.api.Test;

class RepresentationDecisionTest {

  @Test
  void loginForMyselfGetsTokens() {
    assertTrue(RepresentationDecision.decide(new Verdict.NotRepresented()).isEmpty());
  }

  @Test
  void confirmedMandateGetsTokens() {
    Party principal = new Party(SubjectType.BSN, "999990019");
    String service = "0b6a4f5e-7c1d-4c3e-9a59-0d2b5b1f6a01";
    Representation rep =
        Representations.of("5c0d7f5a-2b64-4a83-a4e5-3f2b1d1e9c11")
            .kind("voluntary")
            .principal(principal)
            .principalDisplayName("B")
            .relation("machtiging")
            .services(List.of(new ServiceRef(service, "x")))
            .validUntil(LocalDate.of(2027, 12, 31))
            .build();

    assertTrue(
        RepresentationDecision.decide(
                new Verdict.Authorized(
                    new ActingFor.Mandate(rep.mandateId(), principal, service),
                    new Party(SubjectType.BSN, "999991772"),
                    rep))
            .isEmpty());
  }

  @Test
  void revokedMandateGetsInvalidGrant() {
    RepresentationDecision.Refusal refusal =
        RepresentationDecision.decide(new Verdict.Denied("register: not authorized")).orElseThrow();

    assertEquals("invalid_grant", refusal.error());
    assertEquals("representation is no longer valid", refusal.description());
  }

  @Test
  void unreachableRegisterGetsInvalidGrant() {
    RepresentationDecision.Refusal refusal =
        RepresentationDecision.decide(
                new Verdict.Unavailable(
                    new Unavailability(Unavailability.Reason.CONNECTION, "down")))
            .orElseThrow();

    assertEquals("invalid_grant", refusal.error());
    assertEquals("representation cannot be verified right now", refusal.description());
  }

  @Test
  void personUnderAMeasureAtThisServiceGetsNoTokensForHerself() {
    Optional<RepresentationDecision.Refusal> refusal =
        RepresentationDecision.decideSelf(
            new CapacityResult.Incapable("curatele", List.of()));

    assertTrue(refusal.isPresent());
    assertEquals("invalid_grant", refusal.get().error());
  }

  @Test
  void personFreeOrUnknownGetsTokensForHerself() {
    assertTrue(
        RepresentationDecision.decideSelf(new CapacityResult.Free())
            .isEmpty());
    assertTrue(
        RepresentationDecision.decideSelf(
                new CapacityResult.Unavailable(
                    new Unavailability(Unavailability.Reason.TIMEOUT, "slow")))
            .isEmpty());
  }
}
