package nl.namens.keycloak.loa;

import com.google.auto.service.AutoService;
import java.util.List;
import org.keycloak.Config;
import org.keycloak.authentication.Authenticator;
import org.keycloak.authentication.AuthenticatorFactory;
import org.keycloak.models.AuthenticationExecutionModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.provider.ProviderConfigProperty;

/** Authenticator {@code namens-loa-gate}: the level of assurance a login needs, or a step-up. */
@AutoService(AuthenticatorFactory.class)
public final class LoaGateAuthenticatorFactory implements AuthenticatorFactory {

  public static final String PROVIDER_ID = "namens-loa-gate";

  private static final LoaGateAuthenticator SINGLETON = new LoaGateAuthenticator();

  private static final AuthenticationExecutionModel.Requirement[] REQUIREMENTS = {
    AuthenticationExecutionModel.Requirement.REQUIRED,
    AuthenticationExecutionModel.Requirement.DISABLED
  };

  @Override
  public String getId() {
    return PROVIDER_ID;
  }

  @Override
  public String getDisplayType() {
    return "Namens: level of assurance gate";
  }

  @Override
  public String getHelpText() {
    return "Lets a login continue only at the level of assurance it needs: the highest of the"
        + " client's acr request and its minimum.acr.value. On single sign-on with a lower level it"
        + " sends the user back to their identity provider for that level; otherwise a page and"
        + " error unmet_authentication_requirements. Place it after the cookie step and first in"
        + " the post-broker-login flow, before namens-acting-for.";
  }

  @Override
  public String getReferenceCategory() {
    return "namens-loa-gate";
  }

  @Override
  public boolean isConfigurable() {
    return false;
  }

  @Override
  public AuthenticationExecutionModel.Requirement[] getRequirementChoices() {
    return REQUIREMENTS;
  }

  @Override
  public boolean isUserSetupAllowed() {
    return false;
  }

  @Override
  public List<ProviderConfigProperty> getConfigProperties() {
    return List.of();
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
