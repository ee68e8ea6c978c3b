package nl.namens.keycloak.protocol.saml;

import org.keycloak.Config;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.protocol.saml.preprocessor.SamlAuthenticationPreprocessor;

/**
 * What the Namens SAML preprocessors share: each reads the AuthnRequest before the login starts and
 * keeps what it asks as a client note; stateless, so one instance serves every session, with no
 * configuration and nothing to start or stop. Each subclass is one {@code @AutoService} provider.
 */
public abstract class AuthnRequestPreprocessor implements SamlAuthenticationPreprocessor {

  private final String id;

  protected AuthnRequestPreprocessor(String id) {
    this.id = id;
  }

  @Override
  public final SamlAuthenticationPreprocessor create(KeycloakSession session) {
    return this;
  }

  @Override
  public final void init(Config.Scope config) {}

  @Override
  public final void postInit(KeycloakSessionFactory factory) {}

  @Override
  public final void close() {}

  @Override
  public final String getId() {
    return id;
  }
}
