package nl.namens.keycloak.representation;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.namens.identifiers.SubjectType;
import nl.namens.keycloak.keys.NamensKeys;
import nl.namens.keycloak.register.AuthorizationQuery;
import nl.namens.keycloak.register.AuthorizationResult;
import nl.namens.keycloak.register.CapacityResult;
import nl.namens.keycloak.register.LegalBasis;
import nl.namens.keycloak.register.Party;
import nl.namens.keycloak.register.RegisterClient;
import nl.namens.keycloak.register.Representation;
import nl.namens.keycloak.register.Representations;
import nl.namens.keycloak.register.ServiceRef;
import org.keycloak.models.AuthenticatedClientSessionModel;
import org.keycloak.models.ClientModel;
import org.keycloak.models.ClientSessionContext;
import org.keycloak.models.KeycloakContext;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.UserSessionModel;

/**
 * A mocked Keycloak session around one client session in which user BSN 999991772 chose to act for
 * BSN 999990019 (mandate {@link #MANDATE}) at client {@code webshop}; session attributes and client
 * session notes live in maps.
 */
public final class RepresentedLoginFixture {

  public static final String MANDATE = "5c0d7f5a-2b64-4a83-a4e5-3f2b1d1e9c11";
  public static final String SERVICE = "0b6a4f5e-7c1d-4c3e-9a59-0d2b5b1f6a01";
  public static final String CHOICE_ID = "0d1c6a3e-9f0b-4f5e-8a7d-2b3c4d5e6f70";
  public static final String CODE_CHALLENGE = "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM";
  public static final String ISSUER = "http://localhost:8080/realms/namens";
  public static final Party ACTOR = new Party(SubjectType.BSN, "999991772");
  public static final Party PRINCIPAL = new Party(SubjectType.BSN, "999990019");
  public static final byte[] HMAC_SECRET =
      "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"
          .getBytes(StandardCharsets.US_ASCII);

  public final Map<String, Object> sessionAttributes = new HashMap<>();
  public final Map<String, String> notes = new HashMap<>();
  public final Map<String, String> clientAttributes = new HashMap<>();
  public final KeycloakSession session = mock(KeycloakSession.class);
  public final KeycloakContext context = mock(KeycloakContext.class);
  public final RealmModel realm = mock(RealmModel.class);
  public final ClientModel client = mock(ClientModel.class);
  public final UserModel user = mock(UserModel.class);
  public final UserSessionModel userSession = mock(UserSessionModel.class);
  public final AuthenticatedClientSessionModel clientSession =
      mock(AuthenticatedClientSessionModel.class);
  public final ClientSessionContext clientSessionContext = mock(ClientSessionContext.class);
  public final RegisterClient register = mock(RegisterClient.class);

  public RepresentedLoginFixture() {
    when(session.getAttribute(anyString(), any()))
        .thenAnswer(i -> sessionAttributes.get((String) i.getArgument(0)));
    when(session.getAttribute(anyString()))
        .thenAnswer(i -> sessionAttributes.get((String) i.getArgument(0)));
    doAnswer(i -> sessionAttributes.put(i.getArgument(0), i.getArgument(1)))
        .when(session)
        .setAttribute(anyString(), any());
    when(session.getProvider(RegisterClient.class)).thenReturn(register);
    when(session.getContext()).thenReturn(context);
    when(context.getRealm()).thenReturn(realm);
    when(context.getClient()).thenReturn(client);
    Pseudonymizer pseudonymizer = new Pseudonymizer(HMAC_SECRET, 1);
    NamensKeys keys = () -> Optional.of(pseudonymizer);
    when(session.getProvider(NamensKeys.class)).thenReturn(keys);

    when(realm.getId()).thenReturn("realm-id");
    when(realm.getName()).thenReturn("namens");
    when(client.getClientId()).thenReturn("webshop");
    when(client.getId()).thenReturn("client-uuid");
    when(client.getAttribute(anyString()))
        .thenAnswer(i -> clientAttributes.get((String) i.getArgument(0)));
    when(user.getFirstAttribute(NamensNames.USER_SUBJECT_TYPE)).thenReturn("BSN");
    when(user.getFirstAttribute(NamensNames.USER_BSN)).thenReturn(ACTOR.id());
    when(userSession.getUser()).thenReturn(user);
    when(userSession.getRealm()).thenReturn(realm);
    when(clientSession.getNote(anyString())).thenAnswer(i -> notes.get((String) i.getArgument(0)));
    when(clientSession.getNotes()).thenReturn(notes);
    doAnswer(i -> notes.remove((String) i.getArgument(0)))
        .when(clientSession)
        .removeNote(anyString());
    when(clientSession.getClient()).thenReturn(client);
    when(clientSession.getUserSession()).thenReturn(userSession);
    when(clientSessionContext.getClientSession()).thenReturn(clientSession);

    clientAttributes.put(NamensNames.CLIENT_SERVICES, SERVICE);

    choose(new ActingFor.Mandate(MANDATE, PRINCIPAL, SERVICE));
  }

  public static Representation representation(String kind) {
    return Representations.of(MANDATE)
            .kind(kind)
            .principal(PRINCIPAL)
            .principalDisplayName("B. de Vries")
            .relation("machtiging")
            .services(List.of(new ServiceRef(SERVICE, "Belastingaangifte")))
            .validFrom(LocalDate.of(2026, 1, 1))
            .validUntil(LocalDate.of(2027, 12, 31))
            .requiredLoa("substantieel")
            .build();
  }

  /** Beschermingsbewind over {@link #PRINCIPAL} (born 1957), as the register answers it. */
  public static Representation bewindRepresentation() {
    return Representations.of(MANDATE)
            .kind("bewind")
            .principal(PRINCIPAL)
            .principalDisplayName("B. de Vries")
            .relation("beschermingsbewind")
            .services(List.of(new ServiceRef(SERVICE, "Belastingaangifte")))
            .validFrom(LocalDate.of(2025, 3, 1))
            .requiredLoa("substantieel")
            .representationType("urn:namens:1.0:RT:Bewind")
            .source("court")
            .legalBasis(new LegalBasis(
            "BW 1:431",
            "CCBR",
            "Rechtbank Midden-Nederland",
            LocalDate.of(2025, 3, 1),
            "C/16/123456",
            null))
            .principalBirthYear(1957)
            .build();
  }

  /** The company the End-User works for in a chain mandate. */
  public static final Party INTERMEDIARY = new Party(SubjectType.KVK, "11223344");

  /** A chain mandate: {@link #PRINCIPAL} -> {@link #INTERMEDIARY} -> the End-User. */
  public static Representation chainRepresentation() {
    return Representations.of(MANDATE)
            .kind(Representation.KIND_CHAIN)
            .principal(PRINCIPAL)
            .principalDisplayName("B. de Vries")
            .relation("machtiging")
            .services(List.of(new ServiceRef(SERVICE, "Belastingaangifte")))
            .validFrom(LocalDate.of(2026, 1, 1))
            .validUntil(LocalDate.of(2027, 12, 31))
            .requiredLoa("substantieel")
            .intermediary(INTERMEDIARY)
            .intermediaryDisplayName("Accountants B")
            .build();
  }

  public RepresentedLoginFixture registerAnswers(AuthorizationResult result) {
    when(register.authorize(eq(realm), any(AuthorizationQuery.class))).thenReturn(result);
    return this;
  }

  public RepresentedLoginFixture capacityAnswers(CapacityResult result) {
    when(register.capacity(eq(realm), any(), anyString())).thenReturn(result);
    return this;
  }

  /**
   * The login's choice becomes {@code actingFor}: recorded in the client session's ledger as
   * {@link #CHOICE_ID} (with {@link #CODE_CHALLENGE}) and bound to the request.
   */
  public RepresentedLoginFixture choose(ActingFor actingFor) {
    Choice choice = new Choice(CHOICE_ID, actingFor, CODE_CHALLENGE, 1_000L);
    notes.put(ChoiceLedger.NOTE_PREFIX + CHOICE_ID, choice.toNote());
    notes.put(ChoiceLedger.NOTE_CURRENT, CHOICE_ID);
    RequestChoice.bind(session, client, choice);
    return this;
  }

  /** The choice recorded by {@link #choose}. */
  public Choice choice() {
    return ChoiceLedger.find(notes, CHOICE_ID).orElseThrow();
  }

  /** No choice bound to this request (the ledger keeps it). */
  public RepresentedLoginFixture unbound() {
    sessionAttributes.keySet().removeIf(k -> k.startsWith("namens.request-choice|"));
    return this;
  }

  public RepresentedLoginFixture actingForSelf() {
    return choose(new ActingFor.Self(SERVICE));
  }

  /** The user is an eHerkenning employee (pseudonym {@code employee-1}) logged in for company {@code kvk}. */
  public RepresentedLoginFixture asEmployeeOf(String kvk) {
    when(user.getFirstAttribute(NamensNames.USER_SUBJECT_TYPE)).thenReturn("KVK");
    when(user.getFirstAttribute(NamensNames.USER_BSN)).thenReturn(null);
    when(user.getFirstAttribute(NamensNames.USER_KVK)).thenReturn(kvk);
    when(user.getFirstAttribute(NamensNames.USER_ACTING_SUBJECT_ID)).thenReturn("employee-1");
    return this;
  }

  /**
   * Client session notes whose ledger holds one choice per value, each stored as the broker stores
   * it ({@code actingFor} = {@code self} or a mandate id, or anything a corrupted note might hold),
   * for principal {@link #PRINCIPAL} at {@link #SERVICE}; the last one is the current choice.
   */
  public static Map<String, String> ledger(String... actingForValues) {
    Map<String, String> notes = new HashMap<>();
    for (int i = 0; i < actingForValues.length; i++) {
      String id = "choice-" + i;
      notes.put(
          ChoiceLedger.NOTE_PREFIX + id,
          "{\"actingFor\":\""
              + actingForValues[i]
              + "\",\"principal\":\""
              + PRINCIPAL.ref()
              + "\",\"service\":\""
              + SERVICE
              + "\",\"at\":"
              + i
              + "}");
      notes.put(ChoiceLedger.NOTE_CURRENT, id);
    }
    return notes;
  }

  public String pseudonym(String identifier) {
    return new Pseudonymizer(HMAC_SECRET, 1).pseudonym("client:webshop", identifier);
  }
}
