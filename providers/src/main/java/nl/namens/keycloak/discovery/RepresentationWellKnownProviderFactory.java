package nl.namens.keycloak.discovery;

import com.google.auto.service.AutoService;
import org.keycloak.models.KeycloakSession;
import org.keycloak.protocol.oidc.OIDCWellKnownProviderFactory;
import org.keycloak.wellknown.WellKnownProvider;
import org.keycloak.wellknown.WellKnownProviderFactory;

/**
 * Keycloak's own OpenID Provider metadata, with the representation claims added to {@code claims_supported}
 * (Keycloak lists a fixed set there). Wins over the built-in provider for the alias
 * {@code openid-configuration} by its lower priority number.
 */
@AutoService(WellKnownProviderFactory.class)
public final class RepresentationWellKnownProviderFactory extends OIDCWellKnownProviderFactory {

  public static final String PROVIDER_ID = "namens-openid-configuration";

  @Override
  public WellKnownProvider create(KeycloakSession session) {
    return new RepresentationWellKnownProvider(super.create(session));
  }

  @Override
  public String getId() {
    return PROVIDER_ID;
  }

  @Override
  public String getAlias() {
    return OIDCWellKnownProviderFactory.PROVIDER_ID;
  }

  @Override
  public int getPriority() {
    return 10;
  }
}
