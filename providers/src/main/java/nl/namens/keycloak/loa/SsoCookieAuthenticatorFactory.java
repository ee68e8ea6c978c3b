package nl.namens.keycloak.loa;

import com.google.auto.service.AutoService;
import org.keycloak.authentication.Authenticator;
import org.keycloak.authentication.AuthenticatorFactory;
import org.keycloak.authentication.authenticators.browser.CookieAuthenticatorFactory;
import org.keycloak.models.KeycloakSession;

/** Authenticator {@code namens-sso-cookie}: see {@link SsoCookieAuthenticator}. */
@AutoService(AuthenticatorFactory.class)
public final class SsoCookieAuthenticatorFactory extends CookieAuthenticatorFactory {

  public static final String PROVIDER_ID = "namens-sso-cookie";

  private static final SsoCookieAuthenticator SINGLETON = new SsoCookieAuthenticator();

  @Override
  public String getId() {
    return PROVIDER_ID;
  }

  @Override
  public String getDisplayType() {
    return "Namens: cookie (level of assurance by namens-loa-gate)";
  }

  @Override
  public String getHelpText() {
    return "Keycloak's cookie step for single sign-on, leaving the level of assurance to the"
        + " namens-loa-gate authenticator (brokered logins carry their level from the identity"
        + " provider).";
  }

  @Override
  public String getReferenceCategory() {
    return "namens-sso-cookie";
  }

  @Override
  public Authenticator create(KeycloakSession session) {
    return SINGLETON;
  }
}
