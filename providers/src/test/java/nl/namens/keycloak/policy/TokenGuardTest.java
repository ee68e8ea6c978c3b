package nl.namens.keycloak.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import nl.namens.keycloak.representation.ActingFor;
import nl.namens.keycloak.representation.Choice;
import nl.namens.keycloak.representation.RepresentedLoginFixture;
import org.junit.jupiter.api.Test;
import org.keycloak.representations.AccessToken;
import org.keycloak.representations.IDToken;
import org.keycloak.representations.RefreshToken;

class TokenGuardTest {

  private static final ActingFor.Mandate BEA =
      new ActingFor.Mandate(
          RepresentedLoginFixture.MANDATE,
          RepresentedLoginFixture.PRINCIPAL,
          RepresentedLoginFixture.SERVICE);
  private static final ActingFor.Self MYSELF = new ActingFor.Self(RepresentedLoginFixture.SERVICE);

  private static IDToken representing(String mandateId, String service) {
    IDToken token = new IDToken();
    token.getOtherClaims().put("represents", Map.of("sub", "999990019"));
    token.getOtherClaims().put("representation", Map.of("mandate_id", mandateId, "service", service));
    return token;
  }

  @Test
  void tokensSayingTheChosenMandateMayLeave() {
    assertTrue(
        TokenGuard.problem(
                BEA,
                representing(BEA.mandateId().toUpperCase(), BEA.service()),
                representing(BEA.mandateId(), BEA.service()),
                null)
            .isEmpty());
  }

  @Test
  void aTokenWithoutTheChosenRepresentationIsStopped() {
    assertTrue(
        TokenGuard.problem(BEA, representing(BEA.mandateId(), BEA.service()), new IDToken())
            .isPresent());
  }

  @Test
  void aTokenWithAnotherMandateOrServiceIsStopped() {
    assertTrue(
        TokenGuard.problem(BEA, representing("0f5e0000-0000-4000-8000-000000000000", BEA.service()))
            .isPresent());
    assertTrue(
        TokenGuard.problem(BEA, representing(BEA.mandateId(), "0f5e0000-0000-4000-8000-000000000001"))
            .isPresent());
  }

  @Test
  void aMyselfTokenNeverCarriesARepresentation() {
    assertTrue(TokenGuard.problem(MYSELF, new IDToken(), new AccessToken()).isEmpty());
    assertTrue(
        TokenGuard.problem(MYSELF, new IDToken(), representing(BEA.mandateId(), BEA.service()))
            .isPresent());
  }

  @Test
  void anInvalidChoiceIsNeverIssued() {
    assertTrue(TokenGuard.problem(new ActingFor.Invalid("x"), new IDToken()).isPresent());
  }

  @Test
  void everyTokenIsStampedWithTheChoiceId() {
    Choice choice = new Choice("c-1", BEA, "challenge", 1L);
    IDToken id = new IDToken();
    AccessToken access = new AccessToken();
    RefreshToken refresh = new RefreshToken(access);

    TokenGuard.stamp(choice, id, access, refresh, null);

    assertEquals("c-1", id.getOtherClaims().get("namens_choice"));
    assertEquals("c-1", access.getOtherClaims().get("namens_choice"));
    assertEquals("c-1", refresh.getOtherClaims().get("namens_choice"));
  }
}
