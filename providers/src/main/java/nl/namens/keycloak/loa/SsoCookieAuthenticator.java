package nl.namens.keycloak.loa;

import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.authentication.authenticators.browser.CookieAuthenticator;
import org.keycloak.models.Constants;
import org.keycloak.sessions.AuthenticationSessionModel;

/**
 * Keycloak's cookie authenticator ({@code auth-cookie}) without its own step-up rule. Keycloak
 * counts levels of its own authenticators (conditional-LoA flows with a max age); a brokered login
 * has none, so whenever a client asks a level ({@code acr_values}, {@code minimum.acr.value})
 * Keycloak's cookie would drop the session and show the login page again. Here the level comes
 * from DigiD or eHerkenning and {@code namens-loa-gate} checks it and steps up at the identity
 * provider; this cookie step only says who is logged in (everything else — {@code prompt=login},
 * {@code max_age}, forked flows — as Keycloak does it).
 */
final class SsoCookieAuthenticator extends CookieAuthenticator {

  @Override
  public void authenticate(AuthenticationFlowContext context) {
    AuthenticationSessionModel authSession = context.getAuthenticationSession();
    String requested = authSession.getClientNote(Constants.REQUESTED_LEVEL_OF_AUTHENTICATION);
    authSession.removeClientNote(Constants.REQUESTED_LEVEL_OF_AUTHENTICATION);
    try {
      super.authenticate(context);
    } finally {
      if (requested != null) {
        authSession.setClientNote(Constants.REQUESTED_LEVEL_OF_AUTHENTICATION, requested);
      }
    }
  }
}
