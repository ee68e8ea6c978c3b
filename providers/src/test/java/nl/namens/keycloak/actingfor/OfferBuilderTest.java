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
import nl.namens.keycloak.register.CapacityResult;
import nl.namens.keycloak.register.Party;
import nl.namens.keycloak.register.PrincipalSearch;
import nl.namens.keycloak.register.Representation;
import nl.namens.keycloak.register.Representations;
import nl.namens.keycloak.register.ServiceRef;
import org.junit.jupiter.api.Test;
import org.keycloak.util.JsonSerialization;

class OfferBuilderTest {

  @Test
  void chainMandateNamesTheIntermediaryTheRepresentativeActsThrough() {
    Representation chain =
        Representations.of(MANDATE_A)
            .kind(Representation.KIND_CHAIN)
            .principal(kvk())
            .principalDisplayName("Kapsalon Krul B.V.")
            .relation("machtiging")
            .services(List.of(new ServiceRef(SERVICE, "Belastingaangifte")))
            .validFrom(LocalDate.of(2026, 1, 1))
            .validUntil(LocalDate.of(2027, 12, 31))
            .requiredLoa("substantieel")
            .intermediary(new Party(SubjectType.KVK, "90000001"))
            .intermediaryDisplayName("Cijfer Administratie B.V.")
            .build();

    Offer offer = OfferFixtures.offer(SERVICE, List.of(chain), Optional.of(LevelOfAssurance.HOOG));

    assertEquals("Cijfer Administratie B.V.", offer.options().get(0).intermediaryName());
  }

  @Test
  void voluntaryMandateHasNoIntermediary() {
    Offer offer =
        OfferFixtures.offer(
            SERVICE,
            List.of(representation(MANDATE_A, bsn(), "basis")),
            Optional.of(LevelOfAssurance.HOOG));

    assertNull(offer.options().get(0).intermediaryName());
  }

  @Test
  void principalNeedingAHigherLoaIsShownButNotSelectable() {
    Offer offer =
        OfferFixtures.offer(
            SERVICE,
            List.of(representation(MANDATE_A, bsn(), "substantieel")),
            Optional.of(LevelOfAssurance.MIDDEN));

    OfferOption option = offer.options().get(0);
    assertFalse(option.selectable());
    assertEquals(OfferOption.LOA_TOO_LOW, option.disabledReason());
    assertEquals(LevelOfAssurance.MIDDEN, offer.sessionLoa());
  }

  @Test
  void equalOrHigherLoaIsSelectable() {
    Offer offer =
        OfferFixtures.offer(
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
        OfferFixtures.offer(
            SERVICE, List.of(representation(MANDATE_A, bsn(), "basis")), Optional.empty());

    assertFalse(offer.options().get(0).selectable());
  }

  @Test
  void noRequirementIsAlwaysSelectable() {
    Offer offer =
        OfferFixtures.offer(
            SERVICE, List.of(representation(MANDATE_A, bsn(), null)), Optional.empty());

    assertTrue(offer.options().get(0).selectable());
  }

  @Test
  void unknownRequirementIsNotSelectable() {
    Offer offer =
        OfferFixtures.offer(
            SERVICE,
            List.of(representation(MANDATE_A, bsn(), "extreem")),
            Optional.of(LevelOfAssurance.HOOG));

    assertFalse(offer.options().get(0).selectable());
  }

  @Test
  void offerCarriesWhatThePageShows() {
    Offer offer =
        OfferFixtures.offer(
            SERVICE,
            List.of(representation(MANDATE_A, bsn(), "midden")),
            Optional.of(LevelOfAssurance.MIDDEN));

    assertEquals("Belastingaangifte", offer.serviceName());
    OfferOption option = offer.options().get(0);
    assertEquals(MANDATE_A, option.mandateId());
    assertEquals(bsn(), option.principal());
    assertEquals("B. de Vries", option.displayName());
    assertEquals(List.of("Belastingaangifte"), option.serviceNames());
    assertEquals(LocalDate.of(2027, 12, 31), option.validUntil());
  }

  @Test
  void offerSurvivesTheAuthNoteAsJson() throws Exception {
    Offer offer =
        OfferFixtures.offer(
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
        OfferFixtures.offer(
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

  @Test
  void aPagedSearchedOfferWithARefusedSelfSurvivesTheAuthNoteAsJson() throws Exception {
    Offer offer =
        OfferBuilder.firstPage(
                SERVICE,
                List.of(OfferFixtures.bewind(MANDATE_A)),
                500,
                Optional.of(LevelOfAssurance.MIDDEN))
            .withPage(
                new PrincipalSearch("ruit", 1957, "0184"),
                10,
                12,
                OfferBuilder.options(
                    List.of(OfferFixtures.bewind(MANDATE_A)), Optional.of(LevelOfAssurance.MIDDEN)),
                null)
            .withCapacity(CapacityOutcome.INCAPABLE, "bewind");

    String json = JsonSerialization.writeValueAsString(offer);
    Offer back = JsonSerialization.readValue(json, Offer.class);

    assertEquals(offer, back);
    assertEquals(500, back.allTotal());
    assertEquals(12, back.total());
    assertEquals(10, back.offset());
    assertEquals("bewind", back.selfRefusal());
    assertEquals(Integer.valueOf(1957), back.options().get(0).birthYear());
    assertFalse(json.contains("C/16"), "no legal basis in the auth note");
  }

  @Test
  void anIncapacitySurvivesTheAuthNoteAsJson() throws Exception {
    Incapacity incapacity =
        Incapacity.of(
            SERVICE,
            new CapacityResult.Incapable(
                "mentorschap",
                List.of(new CapacityResult.Representative("Mira Mens", "mentorschap"))));

    Incapacity back =
        JsonSerialization.readValue(
            JsonSerialization.writeValueAsString(incapacity), Incapacity.class);

    assertEquals(incapacity, back);
  }

  @Test
  void anOddOrMissingIncapacityReasonBecomesOther() {
    assertEquals("other", Incapacity.reasonCode(null));
    assertEquals("other", Incapacity.reasonCode("<script>"));
    assertEquals("curatele", Incapacity.reasonCode(" Curatele "));
  }

  @Test
  void legalOptionCarriesKindRelationAndBirthYearForThePage() {
    Offer offer =
        OfferFixtures.offer(
            SERVICE,
            List.of(OfferFixtures.bewind(MANDATE_A)),
            Optional.of(LevelOfAssurance.MIDDEN));

    ActingForPage.Option option = new ActingForPage(offer, Locale.ENGLISH).getOptions().get(0);

    assertEquals("bewind", option.getKind());
    assertEquals("beschermingsbewind", option.getRelation());
    assertEquals("1957", option.getBirthYear());
    assertTrue(option.isLegal());
    assertEquals("Belastingaangifte", option.getServiceName());
    assertEquals("", option.getValidUntil());
  }

  @Test
  void aMandateOptionWithoutBirthYearOrKindShowsNeither() {
    Representation bare =
        Representations.of(MANDATE_A)
            .principal(bsn())
            .principalDisplayName("B. de Vries")
            .services(List.of())
            .build();
    Offer offer = OfferFixtures.offer(SERVICE, List.of(bare), Optional.of(LevelOfAssurance.MIDDEN));

    ActingForPage.Option option = new ActingForPage(offer, Locale.ENGLISH).getOptions().get(0);

    assertEquals("", option.getBirthYear());
    assertEquals("unknown", option.getKind());
    assertEquals("", option.getRelation());
    assertFalse(option.isLegal());
  }

  @Test
  void fewPrincipalsShowNeitherSearchNorPaging() {
    Offer offer =
        OfferFixtures.offer(
            SERVICE,
            List.of(representation(MANDATE_A, bsn(), null), representation(MANDATE_B, kvk(), null)),
            Optional.empty());

    ActingForPage page = new ActingForPage(offer, Locale.ENGLISH);

    assertFalse(page.isSearchShown());
    assertFalse(page.isPagingShown());
    assertEquals(1, page.getFirst());
    assertEquals(2, page.getLast());
  }

  @Test
  void anActiveSearchShowsSearchAndPagingEvenWithFewMatches() {
    Offer offer =
        OfferFixtures.offer(SERVICE, List.of(), Optional.empty())
            .withPage(new PrincipalSearch("x", null, null), 0, 0, List.of(), null);

    ActingForPage page = new ActingForPage(offer, Locale.ENGLISH);

    assertTrue(page.isSearchShown());
    assertTrue(page.isPagingShown());
    assertEquals(0, page.getFirst());
    assertEquals(0, page.getLast());
    assertFalse(page.isNextAvailable());
    assertEquals("x", page.getSearchName());
  }
}
