package nl.namens.keycloak.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import nl.namens.identifiers.SubjectType;
import nl.namens.keycloak.register.Party;
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
  private static final Party CIJFER = new Party(SubjectType.KVK, "90000001");

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
                null,
                representing(BEA.mandateId().toUpperCase(), BEA.service()),
                representing(BEA.mandateId(), BEA.service()),
                null)
            .isEmpty());
  }

  @Test
  void aTokenWithoutTheChosenRepresentationIsStopped() {
    assertTrue(
        TokenGuard.problem(BEA, null, representing(BEA.mandateId(), BEA.service()), new IDToken())
            .isPresent());
  }

  @Test
  void aTokenWithAnotherMandateOrServiceIsStopped() {
    assertTrue(
        TokenGuard.problem(BEA, null, representing("0f5e0000-0000-4000-8000-000000000000", BEA.service()))
            .isPresent());
    assertTrue(
        TokenGuard.problem(BEA, null, representing(BEA.mandateId(), "0f5e0000-0000-4000-8000-000000000001"))
            .isPresent());
  }

  @Test
  void aMyselfTokenNeverCarriesARepresentation() {
    assertTrue(TokenGuard.problem(MYSELF, null, new IDToken(), new AccessToken()).isEmpty());
    assertTrue(
        TokenGuard.problem(MYSELF, null, new IDToken(), representing(BEA.mandateId(), BEA.service()))
            .isPresent());
  }

  @Test
  void anEherkenningUsersMyselfTokenRepresentsTheirCompanyAndNothingElse() {
    IDToken company = new IDToken();
    company.getOtherClaims().put("represents", Map.of("sub", CIJFER.id(), "sub_id_type", "urn:nl-eid-gdi:1.0:id:KvKnr"));
    assertTrue(TokenGuard.problem(MYSELF, CIJFER, company).isEmpty());

    assertTrue(TokenGuard.problem(MYSELF, CIJFER, new IDToken()).isPresent(), "the company left out");
    IDToken other = new IDToken();
    other.getOtherClaims().put("represents", Map.of("sub", "90000002"));
    assertTrue(TokenGuard.problem(MYSELF, CIJFER, other).isPresent(), "another company");
    IDToken nested = new IDToken();
    nested.getOtherClaims().put("represents", Map.of("sub", CIJFER.id(), "represents", Map.of("sub", "90000002")));
    assertTrue(TokenGuard.problem(MYSELF, CIJFER, nested).isPresent(), "someone beneath it");
    assertTrue(TokenGuard.problem(MYSELF, null, company).isPresent(), "a DigiD user represents nobody as myself");
  }

  @Test
  void anEherkenningUsersMandateIsNestedBeneathTheirCompany() {
    IDToken nested = representing(BEA.mandateId(), BEA.service());
    nested.getOtherClaims().put("represents", Map.of("sub", CIJFER.id(), "represents", Map.of("sub", "999990019")));
    assertTrue(TokenGuard.problem(BEA, CIJFER, nested).isEmpty());

    assertTrue(
        TokenGuard.problem(BEA, CIJFER, representing(BEA.mandateId(), BEA.service())).isPresent(),
        "not nested beneath the company");
  }

  @Test
  void anInvalidChoiceIsNeverIssued() {
    assertTrue(TokenGuard.problem(new ActingFor.Invalid("x"), null, new IDToken()).isPresent());
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
