package nl.namens.keycloak.actingfor;

import static nl.namens.keycloak.actingfor.OfferFixtures.MANDATE_A;
import static nl.namens.keycloak.actingfor.OfferFixtures.MANDATE_B;
import static nl.namens.keycloak.actingfor.OfferFixtures.SERVICE;
import static nl.namens.keycloak.actingfor.OfferFixtures.bsn;
import static nl.namens.keycloak.actingfor.OfferFixtures.kvk;
import static nl.namens.keycloak.actingfor.OfferFixtures.representation;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.RETURNS_SELF;
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
import nl.namens.keycloak.register.Party;
import nl.namens.keycloak.register.RegisterClient;
import nl.namens.keycloak.register.RepresentationsResult;
import nl.namens.keycloak.register.Unavailability;
import nl.namens.keycloak.register.Usage;
import nl.namens.keycloak.representation.NamensNames;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keycloak.authentication.AuthenticationFlowContext;
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

/** The authenticator's flow decisions, with Keycloak's interfaces mocked and notes kept in maps. */
class ActingForAuthenticatorTest {

  private final ActingForAuthenticator authenticator = new ActingForAuthenticator();
  private final Map<String, String> clientNotes = new HashMap<>();
  private final Map<String, String> authNotes = new HashMap<>();
  private final Map<String, String> userSessionNotes = new HashMap<>();
  private final MultivaluedHashMap<String, String> formParams = new MultivaluedHashMap<>();

  private AuthenticationFlowContext context;
  private ClientModel client;
  private RealmModel realm;
  private RegisterClient register;
  private LoginFormsProvider forms;
  private Response page;

  @BeforeEach
  void setUp() {
    context = mock(AuthenticationFlowContext.class);
    AuthenticationSessionModel authSession = mock(AuthenticationSessionModel.class);
    client = mock(ClientModel.class);
    realm = mock(RealmModel.class);
    register = mock(RegisterClient.class);
    forms = mock(LoginFormsProvider.class, RETURNS_SELF);
    page = mock(Response.class);
    KeycloakSession session = mock(KeycloakSession.class);
    KeycloakContext keycloakContext = mock(KeycloakContext.class);
    UserModel user = mock(UserModel.class);
    HttpRequest request = mock(HttpRequest.class);

    when(context.getAuthenticationSession()).thenReturn(authSession);
    when(context.getSession()).thenReturn(session);
    when(context.getRealm()).thenReturn(realm);
    when(context.getUser()).thenReturn(user);
    when(context.form()).thenReturn(forms);
    when(context.getEvent()).thenReturn(mock(EventBuilder.class, RETURNS_SELF));
    when(context.getHttpRequest()).thenReturn(request);
    when(request.getDecodedFormParameters()).thenReturn(formParams);
    when(forms.createForm(ActingForAuthenticator.TEMPLATE)).thenReturn(page);
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
    when(authSession.getAuthNote(anyString())).thenAnswer(i -> authNotes.get(i.getArgument(0)));
    doAnswer(i -> authNotes.put(i.getArgument(0), i.getArgument(1)))
        .when(authSession)
        .setAuthNote(anyString(), any());
    doAnswer(i -> authNotes.remove(i.getArgument(0))).when(authSession).removeAuthNote(anyString());
    when(authSession.getUserSessionNotes()).thenReturn(userSessionNotes);
    userSessionNotes.put(NamensNames.USER_SESSION_LOA, "midden");
    when(client.getAttribute(NamensNames.CLIENT_SERVICES)).thenReturn(SERVICE);
  }

  private void registerAnswers(RepresentationsResult result) {
    when(register.representations(any(), any(Actor.class), anyString())).thenReturn(result);
  }

  private void showPageWithTwoPrincipals() {
    // A needs substantieel (login is midden: disabled), B needs midden
    registerAnswers(
        new RepresentationsResult.Principals(
            List.of(
                representation(MANDATE_A, bsn(), "substantieel"),
                representation(MANDATE_B, kvk(), "midden"))));
    authenticator.authenticate(context);
  }

  private void submit(String value) {
    formParams.clear();
    if (value != null) {
      formParams.add("actingFor", value);
    }
    authenticator.action(context);
  }

  @Test
  void clientWithoutServicesIsSelfWithoutPageOrRegister() {
    when(client.getAttribute(NamensNames.CLIENT_SERVICES)).thenReturn(null);

    authenticator.authenticate(context);

    assertEquals("self", clientNotes.get(NamensNames.NOTE_ACTING_FOR));
    verify(context).success();
    verify(context, never()).challenge(any());
    verify(register, never()).representations(any(), any(), any());
  }

  @Test
  void nobodyToRepresentIsSelfWithoutPage() {
    registerAnswers(new RepresentationsResult.Principals(List.of()));

    authenticator.authenticate(context);

    assertEquals("self", clientNotes.get(NamensNames.NOTE_ACTING_FOR));
    assertEquals("", clientNotes.get(NamensNames.NOTE_PRINCIPAL));
    assertEquals(SERVICE, clientNotes.get(NamensNames.NOTE_SERVICE));
    verify(context).success();
    verify(context, never()).challenge(any());
  }

  @Test
  void principalsAreOfferedOnThePage() {
    showPageWithTwoPrincipals();

    verify(context).challenge(page);
    verify(context, never()).success();
    ArgumentCaptor<Object> bean = ArgumentCaptor.forClass(Object.class);
    verify(forms).setAttribute(org.mockito.ArgumentMatchers.eq("actingFor"), bean.capture());
    ActingForPage shown = assertInstanceOf(ActingForPage.class, bean.getValue());
    assertEquals(2, shown.getOptions().size());
    assertFalse(shown.getOptions().get(0).isSelectable());
    assertTrue(shown.getOptions().get(1).isSelectable());
    assertNull(clientNotes.get(NamensNames.NOTE_ACTING_FOR));
  }

  @Test
  void unavailableRegisterShowsThePageWithOnlyMyself() {
    registerAnswers(
        new RepresentationsResult.Unavailable(
            new Unavailability(Unavailability.Reason.TIMEOUT, "representations: timeout")));

    authenticator.authenticate(context);

    verify(context).challenge(page);
    ArgumentCaptor<Object> bean = ArgumentCaptor.forClass(Object.class);
    verify(forms).setAttribute(org.mockito.ArgumentMatchers.eq("actingFor"), bean.capture());
    ActingForPage shown = (ActingForPage) bean.getValue();
    assertTrue(shown.isUnavailable());
    assertTrue(shown.getOptions().isEmpty());

    submit("self");

    assertEquals("self", clientNotes.get(NamensNames.NOTE_ACTING_FOR));
    verify(context).success();
  }

  @Test
  void choosingAnOfferedPrincipalRecordsTheNotes() {
    showPageWithTwoPrincipals();

    submit(MANDATE_B);

    assertEquals(MANDATE_B, clientNotes.get(NamensNames.NOTE_ACTING_FOR));
    assertEquals("KVK:12345678", clientNotes.get(NamensNames.NOTE_PRINCIPAL));
    assertEquals(SERVICE, clientNotes.get(NamensNames.NOTE_SERVICE));
    assertFalse(authNotes.containsKey(Offer.AUTH_NOTE));
    verify(context).success();
  }

  @Test
  void choosingAPrincipalRecordsOneUsageWithTheLoginsLoa() {
    showPageWithTwoPrincipals();

    submit(MANDATE_B);

    verify(register)
        .recordUsage(
            realm,
            new Usage(
                MANDATE_B,
                Actor.of(new Party(SubjectType.BSN, "999991772")),
                new Party(SubjectType.KVK, "12345678"),
                SERVICE,
                "midden"));
  }

  @Test
  void aFailedUsageRecordDoesNotBlockTheLogin() {
    when(register.recordUsage(any(), any())).thenReturn(false);
    showPageWithTwoPrincipals();

    submit(MANDATE_B);

    assertEquals(MANDATE_B, clientNotes.get(NamensNames.NOTE_ACTING_FOR));
    verify(context).success();
  }

  @Test
  void aThrowingRegisterClientDoesNotBlockTheLoginEither() {
    when(register.recordUsage(any(), any())).thenThrow(new IllegalStateException("boom"));
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

    verify(register, never()).recordUsage(any(), any());
  }

  @Test
  void anEherkenningEmployeeIsSentWithTheActingSubjectId() {
    UserModel user = context.getUser();
    when(user.getFirstAttribute(NamensNames.USER_SUBJECT_TYPE)).thenReturn("KVK");
    when(user.getFirstAttribute(NamensNames.USER_KVK)).thenReturn("87654321");
    when(user.getFirstAttribute(NamensNames.USER_ACTING_SUBJECT_ID)).thenReturn("emp-pseudonym-1");
    registerAnswers(new RepresentationsResult.Principals(List.of()));

    authenticator.authenticate(context);

    verify(register)
        .representations(
            realm, new Actor(new Party(SubjectType.KVK, "87654321"), "emp-pseudonym-1"), SERVICE);
  }

  @Test
  void forgedMandateIdIsRefusedAndNothingIsSet() {
    showPageWithTwoPrincipals();

    submit("00000000-0000-4000-8000-000000000000");

    assertNull(clientNotes.get(NamensNames.NOTE_ACTING_FOR));
    verify(forms).setError(ActingForAuthenticator.MSG_INVALID_CHOICE);
    verify(context, never()).success();
  }

  @Test
  void principalNeedingAHigherLoaIsRefused() {
    showPageWithTwoPrincipals();

    submit(MANDATE_A);

    assertNull(clientNotes.get(NamensNames.NOTE_ACTING_FOR));
    verify(forms).setError(ActingForAuthenticator.MSG_LOA_TOO_LOW);
    verify(context, never()).success();
  }

  @Test
  void noChoiceIsRefusedWithItsOwnMessage() {
    showPageWithTwoPrincipals();

    submit(null);

    verify(forms).setError(ActingForAuthenticator.MSG_NO_CHOICE);
    verify(context, never()).success();
  }

  @Test
  void choosingMyselfAfterThePageIsAccepted() {
    showPageWithTwoPrincipals();

    submit("self");

    assertEquals("self", clientNotes.get(NamensNames.NOTE_ACTING_FOR));
    assertEquals("", clientNotes.get(NamensNames.NOTE_PRINCIPAL));
    verify(context).success();
  }

  @Test
  void postWithoutAnOfferInThisSessionStartsTheStepOver() {
    registerAnswers(
        new RepresentationsResult.Principals(List.of(representation(MANDATE_B, kvk(), null))));

    submit(MANDATE_B);

    assertNull(clientNotes.get(NamensNames.NOTE_ACTING_FOR));
    verify(context).challenge(page);
    verify(context, never()).success();
  }

  @Test
  void userWithoutActorIdentifierActsForSelf() {
    when(context.getUser().getFirstAttribute(NamensNames.USER_SUBJECT_TYPE)).thenReturn(null);

    authenticator.authenticate(context);

    assertEquals("self", clientNotes.get(NamensNames.NOTE_ACTING_FOR));
    verify(register, never()).representations(any(), any(), any());
    verify(context).success();
  }

  @Test
  void factoryDescribesTheProvider() {
    ActingForAuthenticatorFactory factory = new ActingForAuthenticatorFactory();

    assertEquals("namens-acting-for", factory.getId());
    assertTrue(factory.create(null).requiresUser());
    assertFalse(factory.isConfigurable());
  }
}
