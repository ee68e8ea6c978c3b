package nl.namens.keycloak.actingfor;

import static nl.namens.keycloak.actingfor.OfferFixtures.MANDATE_A;
import static nl.namens.keycloak.actingfor.OfferFixtures.MANDATE_B;
import static nl.namens.keycloak.actingfor.OfferFixtures.SERVICE;
import static nl.namens.keycloak.actingfor.OfferFixtures.bsn;
import static nl.namens.keycloak.actingfor.OfferFixtures.kvk;
import static nl.namens.keycloak.actingfor.OfferFixtures.representation;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.List;
import java.util.Optional;
import nl.namens.identifiers.LevelOfAssurance;
import org.junit.jupiter.api.Test;

class ChoiceValidatorTest {

  /** Login at midden. A needs substantieel (disabled); B needs midden (selectable). */
  private final Offer offer =
      OfferFixtures.offer(
          SERVICE,
          List.of(
              representation(MANDATE_A, bsn(), "substantieel"),
              representation(MANDATE_B, kvk(), "midden")),
          Optional.of(LevelOfAssurance.MIDDEN));

  @Test
  void selfIsAccepted() {
    assertInstanceOf(ChoiceValidator.Choice.Self.class, ChoiceValidator.validate(offer, "self"));
  }

  @Test
  void selfIsAcceptedWhenTheRegisterWasUnavailable() {
    Offer unavailable = Offer.registerUnavailable(SERVICE, LevelOfAssurance.MIDDEN);

    assertInstanceOf(
        ChoiceValidator.Choice.Self.class, ChoiceValidator.validate(unavailable, "self"));
  }

  @Test
  void offeredSelectableMandateIsAccepted() {
    ChoiceValidator.Choice choice = ChoiceValidator.validate(offer, MANDATE_B);

    assertEquals(
        OfferFixtures.kvk(),
        assertInstanceOf(ChoiceValidator.Choice.Mandate.class, choice).option().principal());
  }

  @Test
  void forgedMandateIdIsRefused() {
    assertRefused(
        ChoiceValidator.validate(offer, "00000000-0000-4000-8000-000000000000"),
        ChoiceValidator.Refusal.NOT_OFFERED);
  }

  @Test
  void principalRefInsteadOfMandateIdIsRefused() {
    assertRefused(
        ChoiceValidator.validate(offer, "BSN:999990019"), ChoiceValidator.Refusal.NOT_OFFERED);
  }

  @Test
  void mandateNeedingAHigherLoaIsRefused() {
    assertRefused(
        ChoiceValidator.validate(offer, MANDATE_A), ChoiceValidator.Refusal.NOT_SELECTABLE);
  }

  @Test
  void mandateFromAnotherSessionIsRefusedWhenNothingWasOffered() {
    assertRefused(
        ChoiceValidator.validate(Offer.registerUnavailable(SERVICE, LevelOfAssurance.HOOG), MANDATE_B),
        ChoiceValidator.Refusal.NOT_OFFERED);
  }

  @Test
  void emptyChoiceIsRefused() {
    assertRefused(ChoiceValidator.validate(offer, null), ChoiceValidator.Refusal.NO_CHOICE);
    assertRefused(ChoiceValidator.validate(offer, " "), ChoiceValidator.Refusal.NO_CHOICE);
  }

  @Test
  void selfIsRefusedWhenTheRegisterSaysTheUserMayNotActForThemselves() {
    Offer incapable = offer.withCapacity(CapacityOutcome.INCAPABLE, "curatele");

    assertRefused(
        ChoiceValidator.validate(incapable, "self"), ChoiceValidator.Refusal.SELF_NOT_ALLOWED);
    assertInstanceOf(
        ChoiceValidator.Choice.Mandate.class, ChoiceValidator.validate(incapable, MANDATE_B));
  }

  @Test
  void selfIsAcceptedWhenTheRegisterCouldNotSay() {
    Offer unknown = offer.withCapacity(CapacityOutcome.UNAVAILABLE, null);

    assertInstanceOf(ChoiceValidator.Choice.Self.class, ChoiceValidator.validate(unknown, "self"));
  }

  private static void assertRefused(
      ChoiceValidator.Choice choice, ChoiceValidator.Refusal refusal) {
    assertEquals(refusal, assertInstanceOf(ChoiceValidator.Choice.Refused.class, choice).refusal());
  }
}
