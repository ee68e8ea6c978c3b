package nl.namens.keycloak.loa;

import java.util.Optional;
import nl.namens.identifiers.LevelOfAssurance;
import nl.namens.keycloak.representation.NamensNames;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.UserSessionModel;
import org.keycloak.services.managers.AuthenticationManager;
import org.keycloak.sessions.AuthenticationSessionModel;

/**
 * The LoA of the login behind this authentication: the {@code namens.loa} user session note that
 * the IdP mapper set during this brokered login (still on the authentication session), or, on
 * cookie SSO, the note of the existing user session.
 */
public final class SessionLoa {

  private SessionLoa() {}

  public static Optional<LevelOfAssurance> of(AuthenticationFlowContext context) {
    return LevelOfAssurance.fromCode(code(context));
  }

  /**
   * Whether this authentication itself brought a LoA from an identity provider (a brokered login
   * now, not single sign-on on an earlier one).
   */
  public static boolean isFresh(AuthenticationFlowContext context) {
    return context.getAuthenticationSession().getUserSessionNotes().get(NamensNames.USER_SESSION_LOA)
        != null;
  }

  private static String code(AuthenticationFlowContext context) {
    AuthenticationSessionModel authSession = context.getAuthenticationSession();
    String fresh = authSession.getUserSessionNotes().get(NamensNames.USER_SESSION_LOA);
    if (fresh != null) {
      return fresh;
    }
    KeycloakSession session = context.getSession();
    RealmModel realm = context.getRealm();
    UserModel user = context.getUser();
    UserSessionModel existing =
        session.sessions().getUserSession(realm, authSession.getParentSession().getId());
    if (sameUser(existing, user)) {
      return existing.getNote(NamensNames.USER_SESSION_LOA);
    }
    AuthenticationManager.AuthResult cookie =
        AuthenticationManager.authenticateIdentityCookie(session, realm, true);
    if (cookie != null && sameUser(cookie.session(), user)) {
      return cookie.session().getNote(NamensNames.USER_SESSION_LOA);
    }
    return null;
  }

  private static boolean sameUser(UserSessionModel userSession, UserModel user) {
    return userSession != null
        && user != null
        && userSession.getUser() != null
        && user.getId().equals(userSession.getUser().getId());
  }
}
