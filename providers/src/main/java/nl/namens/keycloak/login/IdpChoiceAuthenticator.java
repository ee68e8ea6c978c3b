package nl.namens.keycloak.login;

import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.authentication.Authenticator;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/**
 * Shows {@code namens-idp-choice.ftl}: the realm's identity providers (DigiD, eHerkenning) as links
 * that start the brokered login. The page has no form of its own; Keycloak's login forms put the
 * identity providers in the template model as {@code social}. The login finishes in Keycloak's
 * broker endpoint, not in this flow.
 */
final class IdpChoiceAuthenticator implements Authenticator {

  static final String TEMPLATE = "namens-idp-choice.ftl";

  @Override
  public void authenticate(AuthenticationFlowContext context) {
    context.challenge(context.form().createForm(TEMPLATE));
  }

  /** Nothing to submit on this page: show it again. */
  @Override
  public void action(AuthenticationFlowContext context) {
    authenticate(context);
  }

  @Override
  public boolean requiresUser() {
    return false;
  }

  @Override
  public boolean configuredFor(KeycloakSession session, RealmModel realm, UserModel user) {
    return true;
  }

  @Override
  public void setRequiredActions(KeycloakSession session, RealmModel realm, UserModel user) {}

  @Override
  public void close() {}
}
