package nl.namens.keycloak.actingfor;

import static nl.namens.keycloak.actingfor.OfferFixtures.MANDATE_A;
import static nl.namens.keycloak.actingfor.OfferFixtures.MANDATE_B;
import static nl.namens.keycloak.actingfor.OfferFixtures.SERVICE;
import static nl.namens.keycloak.actingfor.OfferFixtures.bsn;
import static nl.namens.keycloak.actingfor.OfferFixtures.kvk;
import static nl.namens.keycloak.actingfor.OfferFixtures.representation;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.namens.identifiers.LevelOfAssurance;
import nl.namens.identifiers.SubjectType;
import nl.namens.keycloak.register.Party;
import nl.namens.keycloak.register.Representation;
import nl.namens.keycloak.register.ServiceRef;
import org.junit.jupiter.api.Test;
import org.keycloak.util.JsonSerialization;

class OfferBuilderTest {

  @Test
  void chainMandateNamesTheIntermediaryTheRepresentativeActsThrough() {
    Representation chain =
        new Representation(
            MANDATE_A,
            Representation.KIND_CHAIN,
            kvk(),
            "Kapsalon Krul B.V.",
            "machtiging",
            List.of(new ServiceRef(SERVICE, "Belastingaangifte")),
            LocalDate.of(2026, 1, 1),
            LocalDate.of(2027, 12, 31),
            "substantieel",
            new Party(SubjectType.KVK, "90000001"),
            "Cijfer Administratie B.V.");

    Offer offer = OfferBuilder.build(SERVICE, List.of(chain), Optional.of(LevelOfAssurance.HOOG));

    assertEquals("Cijfer Administratie B.V.", offer.options().get(0).intermediaryName());
  }

  @Test
  void voluntaryMandateHasNoIntermediary() {
    Offer offer =
        OfferBuilder.build(
            SERVICE, List.of(representation(MANDATE_A, bsn(), "basis")), Optional.of(LevelOfAssurance.HOOG));

    assertNull(offer.options().get(0).intermediaryName());
  }

  @Test
  void principalNeedingAHigherLoaIsShownButNotSelectable() {
    Offer offer =
        OfferBuilder.build(
            SERVICE,
            List.of(representation(MANDATE_A, bsn(), "substantieel")),
            Optional.of(LevelOfAssurance.MIDDEN));

    OfferOption option = offer.options().get(0);
    assertFalse(option.selectable());
    assertEquals(OfferOption.LOA_TOO_LOW, option.disabledReason());
    assertEquals("midden", offer.sessionLoa());
  }

  @Test
  void equalOrHigherLoaIsSelectable() {
    Offer offer =
        OfferBuilder.build(
            SERVICE,
            List.of(
                representation(MANDATE_A, bsn(), "substantieel"),
                representation(MANDATE_B, kvk(), "substantieel")),
            Optional.of(LevelOfAssurance.HOOG));

    assertTrue(offer.options().stream().allMatch(OfferOption::selectable));
    assertNull(offer.options().get(0).disabledReason());
  }

  @Test
  void unknownSessionLoaNeverReachesARequirement() {
    Offer offer =
        OfferBuilder.build(
            SERVICE, List.of(representation(MANDATE_A, bsn(), "basis")), Optional.empty());

    assertFalse(offer.options().get(0).selectable());
  }

  @Test
  void noRequirementIsAlwaysSelectable() {
    Offer offer =
        OfferBuilder.build(
            SERVICE, List.of(representation(MANDATE_A, bsn(), null)), Optional.empty());

    assertTrue(offer.options().get(0).selectable());
  }

  @Test
  void unknownRequirementIsNotSelectable() {
    Offer offer =
        OfferBuilder.build(
            SERVICE,
            List.of(representation(MANDATE_A, bsn(), "extreem")),
            Optional.of(LevelOfAssurance.HOOG));

    assertFalse(offer.options().get(0).selectable());
  }

  @Test
  void offerCarriesWhatThePageShows() {
    Offer offer =
        OfferBuilder.build(
            SERVICE,
            List.of(representation(MANDATE_A, bsn(), "midden")),
            Optional.of(LevelOfAssurance.MIDDEN));

    assertEquals("Belastingaangifte", offer.serviceName());
    OfferOption option = offer.options().get(0);
    assertEquals(MANDATE_A, option.mandateId());
    assertEquals("BSN:999990019", option.principal());
    assertEquals("B. de Vries", option.displayName());
    assertEquals(List.of("Belastingaangifte"), option.serviceNames());
    assertEquals("2027-12-31", option.validUntil());
  }

  @Test
  void offerSurvivesTheAuthNoteAsJson() throws Exception {
    Offer offer =
        OfferBuilder.build(
            SERVICE,
            List.of(
                representation(MANDATE_A, bsn(), "substantieel"),
                representation(MANDATE_B, kvk(), null)),
            Optional.of(LevelOfAssurance.MIDDEN));

    Offer back =
        JsonSerialization.readValue(JsonSerialization.writeValueAsString(offer), Offer.class);

    assertEquals(offer, back);
  }

  @Test
  void pageFormatsDatesForTheLocale() {
    Offer offer =
        OfferBuilder.build(
            SERVICE,
            List.of(representation(MANDATE_A, bsn(), null)),
            Optional.of(LevelOfAssurance.MIDDEN));

    ActingForPage nl = new ActingForPage(offer, Locale.forLanguageTag("nl"));
    ActingForPage en = new ActingForPage(offer, Locale.ENGLISH);

    assertEquals("31 december 2027", nl.getOptions().get(0).getValidUntil());
    assertEquals("December 31, 2027", en.getOptions().get(0).getValidUntil());
    assertEquals("2027-12-31", nl.getOptions().get(0).getValidUntilIso());
    assertEquals(MANDATE_A, nl.getOptions().get(0).getValue());
    assertTrue(nl.isAnySelectable());
  }
}
