package nl.namens.keycloak.actingfor;

import static nl.namens.keycloak.actingfor.OfferFixtures.MANDATE_A;
import static nl.namens.keycloak.actingfor.OfferFixtures.MANDATE_B;
import static nl.namens.keycloak.actingfor.OfferFixtures.SERVICE;
import static nl.namens.keycloak.actingfor.OfferFixtures.bewind;
import static nl.namens.keycloak.actingfor.OfferFixtures.bsn;
import static nl.namens.keycloak.actingfor.OfferFixtures.kvk;
import static nl.namens.keycloak.actingfor.OfferFixtures.numbered;
import static nl.namens.keycloak.actingfor.OfferFixtures.representation;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.RETURNS_SELF;
import static org.mockito.Mockito.atLeastOnce;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.namens.identifiers.SubjectType;
import nl.namens.keycloak.register.Actor;
import nl.namens.keycloak.register.CapacityResult;
import nl.namens.keycloak.register.Party;
import nl.namens.keycloak.register.PrincipalSearch;
import nl.namens.keycloak.register.RegisterClient;
import nl.namens.keycloak.register.RepresentationsQuery;
import nl.namens.keycloak.register.Usage;
import nl.namens.keycloak.representation.ActingFor;
import nl.namens.keycloak.representation.ChoiceLedger;
import nl.namens.keycloak.representation.NamensNames;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.authentication.AuthenticationFlowError;
import org.keycloak.events.EventBuilder;
import org.keycloak.forms.login.LoginFormsProvider;
import org.keycloak.http.HttpRequest;
import org.keycloak.models.ClientModel;
import org.keycloak.models.KeycloakContext;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.sessions.AuthenticationSessionModel;
import org.mockito.ArgumentCaptor;

/**
 * The authenticator's flow decisions, with Keycloak's interfaces mocked, notes kept in maps and the
 * register in memory ({@link FakeRegister}).
 */
class ActingForAuthenticatorTest {

  private final ActingForAuthenticator authenticator = new ActingForAuthenticator();
  private final Map<String, String> clientNotes = new HashMap<>();
  private final Map<String, String> authNotes = new HashMap<>();
  private final Map<String, String> userSessionNotes = new HashMap<>();
  private final MultivaluedHashMap<String, String> formParams = new MultivaluedHashMap<>();
  private final FakeRegister register = new FakeRegister();

  private AuthenticationFlowContext context;
  private ClientModel client;
  private RealmModel realm;
  private KeycloakSession session;
  private LoginFormsProvider forms;
  private EventBuilder event;
  private Response page;
  private Response incapacityPage;

  @BeforeEach
  void setUp() {
    context = mock(AuthenticationFlowContext.class);
    AuthenticationSessionModel authSession = mock(AuthenticationSessionModel.class);
    client = mock(ClientModel.class);
    realm = mock(RealmModel.class);
    forms = mock(LoginFormsProvider.class, RETURNS_SELF);
    event = mock(EventBuilder.class, RETURNS_SELF);
    page = mock(Response.class);
    incapacityPage = mock(Response.class);
    session = mock(KeycloakSession.class);
    KeycloakContext keycloakContext = mock(KeycloakContext.class);
    UserModel user = mock(UserModel.class);
    HttpRequest request = mock(HttpRequest.class);

    when(context.getAuthenticationSession()).thenReturn(authSession);
    when(context.getSession()).thenReturn(session);
    when(context.getRealm()).thenReturn(realm);
    when(context.getUser()).thenReturn(user);
    when(context.form()).thenReturn(forms);
    when(context.getEvent()).thenReturn(event);
    when(context.getHttpRequest()).thenReturn(request);
    when(request.getDecodedFormParameters()).thenReturn(formParams);
    when(forms.createForm(ActingForPages.TEMPLATE)).thenReturn(page);
    when(forms.createForm(ActingForPages.INCAPACITY_TEMPLATE)).thenReturn(incapacityPage);
    when(session.getProvider(RegisterClient.class)).thenReturn(register);
    when(session.getContext()).thenReturn(keycloakContext);
    when(keycloakContext.resolveLocale(any())).thenReturn(Locale.forLanguageTag("nl"));
    when(user.getId()).thenReturn("user-1");
    when(user.getFirstAttribute(NamensNames.USER_SUBJECT_TYPE)).thenReturn("BSN");
    when(user.getFirstAttribute(NamensNames.USER_BSN)).thenReturn("999991772");
    when(authSession.getClient()).thenReturn(client);
    when(authSession.getClientNote(anyString())).thenAnswer(i -> clientNotes.get(i.getArgument(0)));
    doAnswer(i -> clientNotes.put(i.getArgument(0), i.getArgument(1)))
        .when(authSession)
        .setClientNote(anyString(), any());
    doAnswer(i -> clientNotes.remove((String) i.getArgument(0)))
        .when(authSession)
        .removeClientNote(anyString());
    when(authSession.getAuthNote(anyString())).thenAnswer(i -> authNotes.get(i.getArgument(0)));
    doAnswer(i -> authNotes.put(i.getArgument(0), i.getArgument(1)))
        .when(authSession)
        .setAuthNote(anyString(), any());
    doAnswer(i -> authNotes.remove(i.getArgument(0))).when(authSession).removeAuthNote(anyString());
    when(authSession.getUserSessionNotes()).thenReturn(userSessionNotes);
    userSessionNotes.put(NamensNames.USER_SESSION_LOA, "midden");
    when(client.getAttribute(NamensNames.CLIENT_SERVICES)).thenReturn(SERVICE);
  }

  private void showPageWithTwoPrincipals() {
    // A needs substantieel (login is midden: disabled), B needs midden
    register.principals.add(representation(MANDATE_A, bsn(), "substantieel"));
    register.principals.add(representation(MANDATE_B, kvk(), "midden"));
    authenticator.authenticate(context);
  }

  private void showPageWith(int principals) {
    for (int i = 1; i <= principals; i++) {
      register.principals.add(numbered(i));
    }
    authenticator.authenticate(context);
  }

  private void submit(String value) {
    formParams.clear();
    if (value != null) {
      formParams.add("actingFor", value);
    }
    authenticator.action(context);
  }

  private void post(String... namesAndValues) {
    formParams.clear();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      formParams.add(namesAndValues[i], namesAndValues[i + 1]);
    }
    authenticator.action(context);
  }

  /** The recorded choice: {@code self}, the mandate id, or null when none was recorded. */
  private String actingFor() {
    return ChoiceLedger.current(clientNotes)
        .map(
            c ->
                c.actingFor() instanceof ActingFor.Mandate m
                    ? m.mandateId()
                    : c.actingFor() instanceof ActingFor.Self ? "self" : "invalid")
        .orElse(null);
  }

  /** The recorded principal's {@code TYPE:id}; empty for "myself". */
  private String principal() {
    return ChoiceLedger.current(clientNotes)
        .map(c -> c.actingFor() instanceof ActingFor.Mandate m ? m.principal().ref() : "")
        .orElse(null);
  }

  /** The recorded service; empty for a login without one. */
  private String service() {
    return ChoiceLedger.current(clientNotes)
        .map(
            c ->
                c.actingFor() instanceof ActingFor.Mandate m
                    ? m.service()
                    : c.actingFor() instanceof ActingFor.Self self && self.service() != null
                        ? self.service()
                        : "")
        .orElse(null);
  }

  private ActingForPage lastPage() {
    ArgumentCaptor<Object> bean = ArgumentCaptor.forClass(Object.class);
    verify(forms, atLeastOnce()).setAttribute(eq("actingFor"), bean.capture());
    List<Object> all = bean.getAllValues();
    return assertInstanceOf(ActingForPage.class, all.get(all.size() - 1));
  }

  private IncapacityPage lastIncapacityPage() {
    ArgumentCaptor<Object> bean = ArgumentCaptor.forClass(Object.class);
    verify(forms, atLeastOnce()).setAttribute(eq("incapacity"), bean.capture());
    List<Object> all = bean.getAllValues();
    return assertInstanceOf(IncapacityPage.class, all.get(all.size() - 1));
  }

  private static CapacityResult.Incapable incapable(String reason) {
    return new CapacityResult.Incapable(
        reason, List.of(new CapacityResult.Representative("Bart Bos", "bewind")));
  }

  // --- who the user may act for ---

  @Test
  void clientWithoutServicesIsSelfWithoutPageOrRegister() {
    when(client.getAttribute(NamensNames.CLIENT_SERVICES)).thenReturn(null);

    authenticator.authenticate(context);

    assertEquals("self", actingFor());
    verify(context).success();
    verify(context, never()).challenge(any());
    assertTrue(register.queries.isEmpty());
    assertTrue(register.capacityAsked.isEmpty());
  }

  @Test
  void nobodyToRepresentIsSelfWithoutPage() {
    authenticator.authenticate(context);

    assertEquals("self", actingFor());
    assertEquals("", principal());
    assertEquals(SERVICE, service());
    verify(context).success();
    verify(context, never()).challenge(any());
  }

  @Test
  void principalsAreOfferedOnThePage() {
    showPageWithTwoPrincipals();

    verify(context).challenge(page);
    verify(context, never()).success();
    ActingForPage shown = lastPage();
    assertEquals(2, shown.getOptions().size());
    assertFalse(shown.getOptions().get(0).isSelectable());
    assertTrue(shown.getOptions().get(1).isSelectable());
    assertTrue(shown.isSelfSelectable());
    assertNull(actingFor());
  }

  @Test
  void principalsCountedButNoneReadableShowTheUnavailablePageNotASilentMyself() {
    register.unreadable = 1; // the register counts one principal, whose entry the broker dropped as malformed

    authenticator.authenticate(context);

    verify(context).challenge(page);
    assertTrue(lastPage().isUnavailable());
    assertNull(actingFor());
  }

  @Test
  void unavailableRegisterShowsThePageWithOnlyMyself() {
    register.representationsDown = true;

    authenticator.authenticate(context);

    verify(context).challenge(page);
    ActingForPage shown = lastPage();
    assertTrue(shown.isUnavailable());
    assertTrue(shown.getOptions().isEmpty());
    assertFalse(shown.isSearchShown());

    submit("self");

    assertEquals("self", actingFor());
    verify(context).success();
  }

  @Test
  void choosingAnOfferedPrincipalRecordsTheNotes() {
    showPageWithTwoPrincipals();

    submit(MANDATE_B);

    assertEquals(MANDATE_B, actingFor());
    assertEquals("KVK:12345678", principal());
    assertEquals(SERVICE, service());
    assertFalse(authNotes.containsKey(Offer.AUTH_NOTE));
    verify(context).success();
  }

  @Test
  void choosingAPrincipalRecordsOneUsageWithTheLoginsLoa() {
    showPageWithTwoPrincipals();

    submit(MANDATE_B);

    assertEquals(
        List.of(
            new Usage(
                MANDATE_B,
                Actor.of(new Party(SubjectType.BSN, "999991772")),
                new Party(SubjectType.KVK, "12345678"),
                SERVICE,
                "midden")),
        register.usages);
  }

  @Test
  void aFailedUsageRecordDoesNotBlockTheLogin() {
    register.usageRecorded = false;
    showPageWithTwoPrincipals();

    submit(MANDATE_B);

    assertEquals(MANDATE_B, actingFor());
    verify(context).success();
  }

  @Test
  void aThrowingRegisterClientDoesNotBlockTheLoginEither() {
    register.usageFailure = new IllegalStateException("boom");
    showPageWithTwoPrincipals();

    submit(MANDATE_B);

    verify(context).success();
  }

  @Test
  void noUsageIsRecordedForMyselfARefusedChoiceOrJustShowingThePage() {
    showPageWithTwoPrincipals();
    submit(MANDATE_A); // LoA too low
    submit("00000000-0000-4000-8000-000000000000"); // forged
    submit("self");

    assertTrue(register.usages.isEmpty());
  }

  @Test
  void anEherkenningEmployeeIsSentWithTheActingSubjectId() {
    UserModel user = context.getUser();
    when(user.getFirstAttribute(NamensNames.USER_SUBJECT_TYPE)).thenReturn("KVK");
    when(user.getFirstAttribute(NamensNames.USER_KVK)).thenReturn("87654321");
    when(user.getFirstAttribute(NamensNames.USER_ACTING_SUBJECT_ID)).thenReturn("emp-pseudonym-1");

    authenticator.authenticate(context);

    assertEquals(
        new RepresentationsQuery(
            new Actor(new Party(SubjectType.KVK, "87654321"), "emp-pseudonym-1"),
            SERVICE,
            null,
            0,
            10),
        register.lastQuery());
  }

  @Test
  void forgedMandateIdIsRefusedAndNothingIsSet() {
    showPageWithTwoPrincipals();

    submit("00000000-0000-4000-8000-000000000000");

    assertNull(actingFor());
    verify(forms).setError(ActingForAuthenticator.MSG_INVALID_CHOICE);
    verify(context, never()).success();
    assertSeenAsAFailedLogin("NOT_OFFERED");
  }

  /** A forged choice is a failed login to Keycloak: a login event error and brute-force counting. */
  private void assertSeenAsAFailedLogin(String refusal) {
    verify(event).detail(ActingForAuthenticator.EVENT_REFUSAL, refusal);
    verify(event).error(ActingForAuthenticator.EVENT_ERROR_NOT_OFFERED);
    verify(context).failureChallenge(eq(AuthenticationFlowError.INVALID_CREDENTIALS), eq(page));
  }

  @Test
  void principalNeedingAHigherLoaIsRefused() {
    showPageWithTwoPrincipals();

    submit(MANDATE_A);

    assertNull(actingFor());
    verify(forms).setError(ActingForAuthenticator.MSG_LOA_TOO_LOW);
    verify(context, never()).success();
    verify(context).failureChallenge(eq(AuthenticationFlowError.INVALID_CREDENTIALS), eq(page));
    verify(event).error(ActingForAuthenticator.EVENT_ERROR_NOT_OFFERED);
  }

  @Test
  void noChoiceIsRefusedWithItsOwnMessage() {
    showPageWithTwoPrincipals();

    submit(null);

    verify(forms).setError(ActingForAuthenticator.MSG_NO_CHOICE);
    verify(context, never()).success();
    verify(context, never()).failureChallenge(any(), any());
    verify(event, never()).error(any());
  }

  @Test
  void choosingMyselfAfterThePageIsAccepted() {
    showPageWithTwoPrincipals();

    submit("self");

    assertEquals("self", actingFor());
    assertEquals("", principal());
    verify(context).success();
  }

  @Test
  void postWithoutAnOfferInThisSessionStartsTheStepOver() {
    register.principals.add(representation(MANDATE_B, kvk(), null));

    submit(MANDATE_B);

    assertNull(actingFor());
    verify(context).challenge(page);
    verify(context, never()).success();
  }

  @Test
  void userWithoutActorIdentifierActsForSelf() {
    when(context.getUser().getFirstAttribute(NamensNames.USER_SUBJECT_TYPE)).thenReturn(null);

    authenticator.authenticate(context);

    assertEquals("self", actingFor());
    assertTrue(register.queries.isEmpty());
    verify(context).success();
  }

  // --- legal representation ---

  @Test
  void aLegalRepresentationIsOfferedWithKindBirthYearAndServiceName() {
    register.principals.add(bewind(MANDATE_A));

    authenticator.authenticate(context);

    ActingForPage.Option option = lastPage().getOptions().get(0);
    assertEquals("bewind", option.getKind());
    assertEquals("beschermingsbewind", option.getRelation());
    assertEquals("1957", option.getBirthYear());
    assertTrue(option.isLegal());
    assertEquals("Belastingaangifte", option.getServiceName());
    assertEquals("Ria Ruiters", option.getDisplayName());
  }

  @Test
  void choosingALegalRepresentationRecordsItsUseLikeAMandate() {
    register.principals.add(bewind(MANDATE_A));
    authenticator.authenticate(context);

    submit(MANDATE_A);

    assertEquals(MANDATE_A, actingFor());
    assertEquals("BSN:999990184", principal());
    assertEquals(1, register.usages.size());
    assertEquals(MANDATE_A, register.usages.get(0).mandateId());
    verify(event).detail("namens_kind", "bewind");
    verify(context).success();
  }

  // --- capacity: may the user act for themselves ---

  @Test
  void aFreeUserWithNobodyToRepresentContinuesAsSelf() {
    authenticator.authenticate(context);

    assertEquals(
        List.of(Actor.of(new Party(SubjectType.BSN, "999991772"))), register.capacityAsked);
    assertEquals("self", actingFor());
    verify(event).detail("namens_capacity", "free");
    verify(context).success();
  }

  @Test
  void anIncapablePersonWithNobodyToActForGetsTheIncapacityPage() {
    register.capacity = incapable("bewind");

    authenticator.authenticate(context);

    verify(context).challenge(incapacityPage);
    verify(context, never()).success();
    assertNull(actingFor());
    IncapacityPage shown = lastIncapacityPage();
    assertEquals("bewind", shown.getReason());
    assertEquals(1, shown.getRepresentatives().size());
    assertEquals("Bart Bos", shown.getRepresentatives().get(0).getDisplayName());
    assertEquals("bewind", shown.getRepresentatives().get(0).getKind());
    assertTrue(authNotes.containsKey(Incapacity.AUTH_NOTE));
  }

  @Test
  void theIncapacityPageHasNoWayToContinueAsSelf() {
    register.capacity = incapable("curatele");
    authenticator.authenticate(context);

    submit("self");
    post("namensAction", "choose", "actingFor", "self");

    verify(context, never()).success();
    verify(context, never()).cancelLogin();
    assertNull(actingFor());
    verify(forms, atLeastOnce()).createForm(ActingForPages.INCAPACITY_TEMPLATE);
  }

  @Test
  void cancellingOnTheIncapacityPageReturnsToTheServiceWithAccessDenied() {
    register.capacity = incapable("mentorschap");
    authenticator.authenticate(context);

    post("namensAction", "cancel");

    verify(context).cancelLogin();
    verify(context, never()).success();
    verify(event).detail("namens_capacity", "incapable");
    verify(event).detail("namens_capacity_reason", "mentorschap");
    assertFalse(authNotes.containsKey(Incapacity.AUTH_NOTE));
  }

  @Test
  void anIncapablePersonWithPrincipalsSeesMyselfDisabledWithTheReason() {
    register.capacity = incapable("curatele");

    showPageWithTwoPrincipals();

    verify(context).challenge(page);
    ActingForPage shown = lastPage();
    assertFalse(shown.isSelfSelectable());
    assertEquals("curatele", shown.getSelfRefusal());
    assertEquals("namens-acting-for-option-1", shown.getChoiceErrorTarget());
  }

  @Test
  void myselfIsRefusedServerSideWhenTheRegisterSaysNo() {
    register.capacity = incapable("bewind");
    showPageWithTwoPrincipals();

    submit("self");

    verify(forms).setError(ActingForAuthenticator.MSG_SELF_NOT_ALLOWED);
    verify(context, never()).success();
    assertNull(actingFor());
    verify(context).failureChallenge(eq(AuthenticationFlowError.INVALID_CREDENTIALS), eq(page));
  }

  @Test
  void anIncapablePersonMayStillActForAPrincipal() {
    register.capacity = incapable("bewind");
    showPageWithTwoPrincipals();

    submit(MANDATE_B);

    assertEquals(MANDATE_B, actingFor());
    verify(context).success();
  }

  @Test
  void anIncapablePersonWithPrincipalsMayCancel() {
    register.capacity = incapable("bewind");
    showPageWithTwoPrincipals();

    post("namensAction", "cancel");

    verify(context).cancelLogin();
    verify(event).detail("namens_capacity_reason", "bewind");
  }

  @Test
  void capacityUnknownLetsTheUserContinueAsSelf() {
    register.capacity = FakeRegister.CAPACITY_DOWN;

    authenticator.authenticate(context);

    assertEquals("self", actingFor());
    verify(event).detail("namens_capacity", "unavailable");
    verify(context).success();
  }

  @Test
  void capacityUnknownKeepsMyselfSelectableOnThePage() {
    register.capacity = FakeRegister.CAPACITY_DOWN;
    showPageWithTwoPrincipals();

    assertTrue(lastPage().isSelfSelectable());

    submit("self");

    verify(event).detail("namens_capacity", "unavailable");
    verify(context).success();
  }

  @Test
  void noCapacityAnswerAtAllCountsAsUnknown() {
    RegisterClient silent = mock(RegisterClient.class);
    when(session.getProvider(RegisterClient.class)).thenReturn(silent);

    authenticator.authenticate(context);

    verify(context).challenge(page); // representations: no answer either
    submit("self");
    verify(context).success();
  }

  @Test
  void aRegisterThatListsNobodyAndSaysIncapableGivesTheIncapacityPage() {
    register.representationsDown = true;
    register.capacity = incapable("curatele");

    authenticator.authenticate(context);

    verify(context).challenge(incapacityPage);
    verify(context, never()).success();
  }

  @Test
  void anEherkenningUserIsNotAskedAboutCapacity() {
    UserModel user = context.getUser();
    when(user.getFirstAttribute(NamensNames.USER_SUBJECT_TYPE)).thenReturn("KVK");
    when(user.getFirstAttribute(NamensNames.USER_KVK)).thenReturn("87654321");
    when(user.getFirstAttribute(NamensNames.USER_ACTING_SUBJECT_ID)).thenReturn("emp-pseudonym-1");
    register.capacity = incapable("curatele");

    authenticator.authenticate(context);

    assertTrue(register.capacityAsked.isEmpty());
    assertEquals("self", actingFor());
    verify(context).success();
  }

  // --- search and paging ---

  @Test
  void theFirstPageAsksForTenWithoutSearch() {
    showPageWith(3);

    assertEquals(
        new RepresentationsQuery(
            Actor.of(new Party(SubjectType.BSN, "999991772")), SERVICE, null, 0, 10),
        register.lastQuery());
    ActingForPage shown = lastPage();
    assertEquals(3, shown.getOptions().size());
    assertFalse(shown.isSearchShown());
    assertFalse(shown.isPagingShown());
  }

  @Test
  void manyPrincipalsShowTenWithSearchCountAndNext() {
    showPageWith(25);

    ActingForPage shown = lastPage();
    assertEquals(10, shown.getOptions().size());
    assertTrue(shown.isSearchShown());
    assertTrue(shown.isPagingShown());
    assertEquals(25, shown.getTotal());
    assertEquals(1, shown.getFirst());
    assertEquals(10, shown.getLast());
    assertTrue(shown.isNextAvailable());
    assertFalse(shown.isPreviousAvailable());
    assertFalse(shown.isFocusResults());
  }

  @Test
  void nextAndPreviousAskTheRegisterForTheNeighbouringPage() {
    showPageWith(25);

    post("namensAction", "next");

    assertEquals(10, register.lastQuery().offset());
    ActingForPage second = lastPage();
    assertEquals("Cliënt 011", second.getOptions().get(0).getDisplayName());
    assertEquals(11, second.getFirst());
    assertTrue(second.isPreviousAvailable());
    assertTrue(second.isFocusResults());

    post("namensAction", "next");
    ActingForPage third = lastPage();
    assertEquals(5, third.getOptions().size());
    assertFalse(third.isNextAvailable());

    post("namensAction", "previous");
    assertEquals(10, register.lastQuery().offset());
    verify(context, never()).success();
  }

  @Test
  void nextOnTheLastPageAsksNothing() {
    showPageWith(5);
    int asked = register.queries.size();

    post("namensAction", "next");

    assertEquals(asked, register.queries.size());
    verify(context, never()).success();
  }

  @Test
  void aChoiceIsCheckedAgainstThePageShownNow() {
    showPageWith(25);
    String onFirstPage = numbered(1).mandateId();
    String onSecondPage = numbered(12).mandateId();
    post("namensAction", "next");

    submit(onFirstPage);
    verify(forms).setError(ActingForAuthenticator.MSG_INVALID_CHOICE);
    verify(context, never()).success();

    post("namensAction", "choose", "actingFor", onSecondPage);
    assertEquals(onSecondPage, actingFor());
    verify(context).success();
  }

  @Test
  void searchSendsTheCriteriaAndShowsTheMatches() {
    showPageWith(25);

    post(
        "namensAction", "search",
        "searchName", " cliënt 01 ",
        "searchBirthYear", "",
        "searchBsnPart", "");

    assertEquals(new PrincipalSearch("cliënt 01", null, null), register.lastQuery().search());
    assertEquals(0, register.lastQuery().offset());
    ActingForPage shown = lastPage();
    assertTrue(shown.isSearchActive());
    assertEquals(10, shown.getTotal()); // Cliënt 010 … 019
    assertEquals(25, shown.getAllTotal());
    assertEquals("cliënt 01", shown.getSearchName());
    assertTrue(shown.isSearchShown());
  }

  @Test
  void enterInASearchFieldSearchesEvenWithoutTheButtonsValue() {
    showPageWith(25);

    post("searchName", "", "searchBirthYear", "", "searchBsnPart", "000012");

    assertEquals(new PrincipalSearch(null, null, "000012"), register.lastQuery().search());
    assertEquals(1, lastPage().getTotal());
    verify(context, never()).success();
  }

  @Test
  void pagingKeepsTheSearch() {
    showPageWith(40);
    post("namensAction", "search", "searchBirthYear", "1955");
    // numbered(n) is born 1950 + n % 50: only n = 5 matches among 1..40
    assertEquals(1, lastPage().getTotal());

    post("namensAction", "search", "searchName", "cliënt");
    post("namensAction", "next");

    assertEquals(new PrincipalSearch("cliënt", null, null), register.lastQuery().search());
    assertEquals(10, register.lastQuery().offset());
  }

  @Test
  void badSearchInputIsShownAgainWithErrorsAndNotSentToTheRegister() {
    showPageWith(25);
    int asked = register.queries.size();

    post(
        "namensAction", "search",
        "searchName", "x".repeat(101),
        "searchBirthYear", "84",
        "searchBsnPart", "12a");

    assertEquals(asked, register.queries.size());
    ActingForPage shown = lastPage();
    assertEquals(3, shown.getSearchErrors().size());
    assertEquals(SearchForm.MSG_NAME_TOO_LONG, shown.getSearchNameError());
    assertEquals(SearchForm.MSG_BIRTH_YEAR, shown.getSearchBirthYearError());
    assertEquals(SearchForm.MSG_BSN_PART, shown.getSearchBsnPartError());
    assertEquals("84", shown.getSearchBirthYear());
    assertEquals(10, shown.getOptions().size()); // the page of before
    verify(context, never()).success();
  }

  @Test
  void anEmptySearchAndClearShowEverybodyAgain() {
    showPageWith(25);
    post("namensAction", "search", "searchName", "cliënt 02");
    assertEquals(6, lastPage().getTotal()); // 020 … 025

    post("namensAction", "clear");
    assertNull(register.lastQuery().search());
    assertEquals(25, lastPage().getTotal());
    assertFalse(lastPage().isSearchActive());

    post("namensAction", "search", "searchName", "cliënt 02");
    post("namensAction", "search", "searchName", " ", "searchBsnPart", "");
    assertNull(register.lastQuery().search());
  }

  @Test
  void aSearchWithoutMatchesKeepsMyselfAndTheSearchForm() {
    showPageWith(25);

    post("namensAction", "search", "searchName", "niemand");

    ActingForPage shown = lastPage();
    assertTrue(shown.getOptions().isEmpty());
    assertEquals(0, shown.getTotal());
    assertTrue(shown.isSearchShown());
    submit("self");
    verify(context).success();
  }

  @Test
  void aRegisterFailureWhileSearchingKeepsThePageOfBefore() {
    showPageWith(25);
    register.representationsDown = true;

    post("namensAction", "search", "searchName", "cliënt");

    verify(forms).setError(ActingForAuthenticator.MSG_SEARCH_UNAVAILABLE);
    ActingForPage shown = lastPage();
    assertEquals(10, shown.getOptions().size());
    assertFalse(shown.isUnavailable());

    submit(numbered(3).mandateId());
    verify(context).success();
  }

  @Test
  void aPageBeyondTheEndFallsBackToTheLastPage() {
    showPageWith(25);
    post("namensAction", "next");
    post("namensAction", "next"); // offset 20
    register.principals.subList(10, 25).clear(); // 10 left

    post("namensAction", "previous"); // offset 10: empty now

    assertEquals(0, register.lastQuery().offset());
    assertEquals(10, lastPage().getOptions().size());
  }

  @Test
  void factoryDescribesTheProvider() {
    ActingForAuthenticatorFactory factory = new ActingForAuthenticatorFactory();

    assertEquals("namens-acting-for", factory.getId());
    assertTrue(factory.create(null).requiresUser());
    assertFalse(factory.isConfigurable());
  }
}
