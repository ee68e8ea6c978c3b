package nl.namens.keycloak.broker;

import com.google.auto.service.AutoService;
import org.keycloak.Config;
import org.keycloak.broker.provider.IdentityProviderFactory;
import org.keycloak.broker.saml.SAMLIdentityProvider;
import org.keycloak.broker.saml.SAMLIdentityProviderConfig;
import org.keycloak.broker.saml.SAMLIdentityProviderFactory;
import org.keycloak.models.IdentityProviderModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.saml.validators.DestinationValidator;

/**
 * Identity provider type {@value #PROVIDER_ID}: Keycloak's SAML v2.0 identity provider that asks
 * for the level of assurance a login needs ({@link NamensSamlIdentityProvider}). The broker realm's
 * DigiD and eHerkenning use it.
 */
@AutoService(IdentityProviderFactory.class)
public final class NamensSamlIdentityProviderFactory extends SAMLIdentityProviderFactory {

  public static final String PROVIDER_ID = "namens-saml";

  private DestinationValidator destinationValidator;

  @Override
  public String getId() {
    return PROVIDER_ID;
  }

  @Override
  public String getName() {
    return "SAML v2.0 (Namens: level of assurance per login)";
  }

  @Override
  public void init(Config.Scope config) {
    super.init(config);
    destinationValidator = DestinationValidator.forProtocolMap(config.getArray("knownProtocols"));
  }

  @Override
  public SAMLIdentityProvider create(KeycloakSession session, IdentityProviderModel model) {
    return new NamensSamlIdentityProvider(
        session, new SAMLIdentityProviderConfig(model), destinationValidator);
  }
}
