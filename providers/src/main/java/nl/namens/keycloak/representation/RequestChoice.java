package nl.namens.keycloak.representation;

import java.util.Optional;
import org.keycloak.models.ClientModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.sessions.AuthenticationSessionModel;

/**
 * The choice the tokens (or the SAML assertion) of the current request are about, as a Keycloak
 * session attribute: set by the acting-for authenticator when the person chooses and by the
 * client-policy executor from the authorization code, the refresh token or the access token
 * presented; or, for the answer that completes a login (a SAML assertion), the choice recorded in
 * that login's authentication session. The protocol mappers read only this: never "the
 * client session's newest choice", which a later login at the same client may have changed.
 */
public final class RequestChoice {

  private static final String ATTRIBUTE = "namens.request-choice|";

  private RequestChoice() {}

  public static void bind(KeycloakSession session, ClientModel client, Choice choice) {
    session.setAttribute(ATTRIBUTE + client.getId(), choice);
  }

  /**
   * The choice bound in this request for {@code client}; else the choice of the login this request
   * completes for {@code client} (Keycloak may finish a login in a later request than the one in
   * which the person chose, e.g. after a DigiD login: the authentication session still holds the
   * choice); empty when neither.
   */
  public static Optional<Choice> of(KeycloakSession session, ClientModel client) {
    Choice bound = session.getAttribute(ATTRIBUTE + client.getId(), Choice.class);
    if (bound != null) {
      return Optional.of(bound);
    }
    AuthenticationSessionModel login = session.getContext().getAuthenticationSession();
    if (login == null
        || login.getClient() == null
        || !client.getId().equals(login.getClient().getId())) {
      return Optional.empty();
    }
    return ChoiceLedger.find(
        login.getClientNotes(), login.getClientNote(ChoiceLedger.NOTE_CURRENT));
  }
}
