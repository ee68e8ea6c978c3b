package nl.namens.keycloak.representation;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.keycloak.common.util.Time;
import org.keycloak.models.utils.KeycloakModelUtils;
import org.keycloak.protocol.oidc.OIDCLoginProtocol;
import org.keycloak.sessions.AuthenticationSessionModel;

/**
 * The acting-for choices of one client session, one client note per login: {@value #NOTE_PREFIX}
 * {@code <id>} holds the choice ({@link Choice}, JSON), {@value #NOTE_CURRENT} the id of the newest.
 *
 * <p>Keycloak keeps one client session per user session and client, and a new login at the same
 * client copies its notes over the old ones. Each login therefore writes its choice under a new
 * id instead of overwriting "the" choice: earlier entries stay, so a token issued for an earlier
 * login (it carries its choice id in claim {@value #CLAIM}) keeps meaning what it meant. The
 * newest {@value #KEPT} choices are kept; tokens of older ones are refused ({@code invalid_grant}).
 */
public final class ChoiceLedger {

  /** Client note: the id of the newest choice. */
  public static final String NOTE_CURRENT = "namens.choice";

  /** Client note prefix: {@code namens.choice.<id>} holds one choice. */
  public static final String NOTE_PREFIX = "namens.choice.";

  /** Token claim (ID, access and refresh token): the id of the choice the token was issued for. */
  public static final String CLAIM = "namens_choice";

  /** Choices kept per client session; older ones are removed at the next code exchange. */
  public static final int KEPT = 10;

  private ChoiceLedger() {}

  /**
   * Records {@code actingFor} as the choice of this login, as client notes of the authentication
   * session (Keycloak copies them into the client session when the login completes), bound to the
   * login's PKCE code challenge. A choice recorded earlier in the same authentication session is
   * replaced.
   */
  public static Choice record(AuthenticationSessionModel authSession, ActingFor actingFor) {
    String earlier = authSession.getClientNote(NOTE_CURRENT);
    if (earlier != null) {
      authSession.removeClientNote(NOTE_PREFIX + earlier);
    }
    Choice choice =
        new Choice(
            KeycloakModelUtils.generateId(),
            actingFor,
            authSession.getClientNote(OIDCLoginProtocol.CODE_CHALLENGE_PARAM),
            Time.currentTimeMillis());
    authSession.setClientNote(NOTE_PREFIX + choice.id(), choice.toNote());
    authSession.setClientNote(NOTE_CURRENT, choice.id());
    return choice;
  }

  /** The choice with this id; empty when the id is null or not (any longer) kept. */
  public static Optional<Choice> find(Map<String, String> notes, String id) {
    if (id == null || id.isEmpty()) {
      return Optional.empty();
    }
    String note = notes.get(NOTE_PREFIX + id);
    return note == null ? Optional.empty() : Optional.of(Choice.fromNote(id, note));
  }

  /** The newest choice; empty before the first login recorded one. */
  public static Optional<Choice> current(Map<String, String> notes) {
    return find(notes, notes.get(NOTE_CURRENT));
  }

  /** Every kept choice, newest first. */
  public static List<Choice> all(Map<String, String> notes) {
    return notes.entrySet().stream()
        .filter(e -> e.getKey().startsWith(NOTE_PREFIX))
        .map(e -> Choice.fromNote(e.getKey().substring(NOTE_PREFIX.length()), e.getValue()))
        .sorted(Comparator.comparingLong(Choice::chosenAt).reversed())
        .collect(Collectors.toList());
  }

  /**
   * The choice of the login whose authorization request carried {@code codeChallenge} (the
   * authorization code holds it): empty when no kept choice has it, or when choices that differ
   * share it (a client that reused a challenge) — which login the code belongs to is then unknown.
   */
  public static Optional<Choice> ofCodeChallenge(Map<String, String> notes, String codeChallenge) {
    if (codeChallenge == null || codeChallenge.isEmpty()) {
      return Optional.empty();
    }
    List<Choice> matching =
        all(notes).stream()
            .filter(c -> codeChallenge.equals(c.codeChallenge()))
            .collect(Collectors.toList());
    if (matching.isEmpty()) {
      return Optional.empty();
    }
    Choice newest = matching.get(0);
    return matching.stream().allMatch(newest::sameAs) ? Optional.of(newest) : Optional.empty();
  }

  /** The note names of the choices beyond the newest {@value #KEPT}; never {@code keep}. */
  public static List<String> staleNotes(Map<String, String> notes, String keep) {
    return all(notes).stream()
        .skip(KEPT)
        .map(Choice::id)
        .filter(id -> !Objects.equals(id, keep))
        .map(id -> NOTE_PREFIX + id)
        .collect(Collectors.toList());
  }

  /** The mandate ids of every kept choice (for ending sessions of a revoked mandate). */
  public static Stream<String> mandateIds(Map<String, String> notes) {
    return all(notes).stream()
        .map(Choice::actingFor)
        .filter(ActingFor.Mandate.class::isInstance)
        .map(a -> ((ActingFor.Mandate) a).mandateId());
  }
}
