package nl.namens.keycloak.register;

import org.keycloak.models.RealmModel;
import org.keycloak.provider.Provider;

/**
 * The register's BVD API as seen from Keycloak: SPI {@value NamensRegisterSpi#NAME}, provider
 * {@code default}. Obtain it with {@code session.getProvider(RegisterClient.class)}; one instance
 * per Keycloak session.
 */
public interface RegisterClient extends Provider {

  /**
   * {@code POST /bvd/v1/representations}: every principal {@code actor} may represent now for
   * {@code service}.
   */
  RepresentationsResult representations(RealmModel realm, Party actor, String service);

  /**
   * {@code POST /bvd/v1/authorizations}: may the actor act for the principal for the service now.
   */
  AuthorizationResult authorize(RealmModel realm, AuthorizationQuery query);
}
