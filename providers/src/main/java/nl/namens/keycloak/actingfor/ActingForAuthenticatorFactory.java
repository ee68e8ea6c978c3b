package nl.namens.keycloak.actingfor;

import com.google.auto.service.AutoService;
import java.util.List;
import org.keycloak.Config;
import org.keycloak.authentication.Authenticator;
import org.keycloak.authentication.AuthenticatorFactory;
import org.keycloak.models.AuthenticationExecutionModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.provider.ProviderConfigProperty;

/** Authenticator {@code namens-acting-for}: the "who are you acting for" step. */
@AutoService(AuthenticatorFactory.class)
public final class ActingForAuthenticatorFactory implements AuthenticatorFactory {

  public static final String PROVIDER_ID = "namens-acting-for";

  private static final ActingForAuthenticator SINGLETON = new ActingForAuthenticator();

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
    return "Namens: acting for";
  }

  @Override
  public String getHelpText() {
    return "Asks the mandate register whom the user may represent for the service of this login and"
        + " lets the user choose: myself or a principal (10 per page, with search). Before the"
        + " user continues as themselves it asks whether they may (curatele, bewind,"
        + " mentorschap); if not, they cannot. Records the choice as client session notes"
        + " namens.acting-for, namens.principal and namens.service. Needs a user; place it"
        + " after the identity provider login (post-broker-login flow) and after the cookie"
        + " step.";
  }

  @Override
  public String getReferenceCategory() {
    return "namens-acting-for";
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
