package nl.namens.keycloak.login;

import com.google.auto.service.AutoService;
import java.util.List;
import org.keycloak.Config;
import org.keycloak.authentication.Authenticator;
import org.keycloak.authentication.AuthenticatorFactory;
import org.keycloak.models.AuthenticationExecutionModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.provider.ProviderConfigurationBuilder;

/**
 * {@code namens-idp-choice}: the broker's login page with a button per identity provider, no
 * password.
 */
@AutoService(AuthenticatorFactory.class)
public final class IdpChoiceAuthenticatorFactory implements AuthenticatorFactory {

  public static final String PROVIDER_ID = "namens-idp-choice";

  private static final IdpChoiceAuthenticator SINGLETON = new IdpChoiceAuthenticator();

  private static final AuthenticationExecutionModel.Requirement[] REQUIREMENTS = {
    AuthenticationExecutionModel.Requirement.REQUIRED,
    AuthenticationExecutionModel.Requirement.ALTERNATIVE,
    AuthenticationExecutionModel.Requirement.DISABLED
  };

  /**
   * No options: the page lists every enabled identity provider that is not hidden on the login
   * page.
   */
  private static final List<ProviderConfigProperty> CONFIG_PROPERTIES =
      ProviderConfigurationBuilder.create().build();

  @Override
  public String getId() {
    return PROVIDER_ID;
  }

  @Override
  public String getDisplayType() {
    return "Namens: choose identity provider";
  }

  @Override
  public String getHelpText() {
    return "Shows the login page with a button per enabled identity provider (DigiD, eHerkenning) "
        + "that starts the brokered login. No username or password.";
  }

  @Override
  public String getReferenceCategory() {
    return "identity-provider";
  }

  @Override
  public boolean isConfigurable() {
    return false;
  }

  @Override
  public AuthenticationExecutionModel.Requirement[] getRequirementChoices() {
    return REQUIREMENTS.clone();
  }

  @Override
  public boolean isUserSetupAllowed() {
    return false;
  }

  @Override
  public List<ProviderConfigProperty> getConfigProperties() {
    return CONFIG_PROPERTIES;
  }

  @Override
  public Authenticator create(KeycloakSession session) {
    return SINGLETON;
  }

  @Override
  public void init(Config.Scope config) {}

  @Override
  public void postInit(KeycloakSessionFactory factory) {}

  @Override
  public void close() {}
}
