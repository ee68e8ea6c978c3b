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
  RepresentationsResult representations(RealmModel realm, Actor actor, String service);

  /**
   * {@code POST /bvd/v1/authorizations}: may the actor act for the principal for the service now.
   */
  AuthorizationResult authorize(RealmModel realm, AuthorizationQuery query);

  /**
   * {@code POST /bvd/v1/usages}: records that the actor chose a mandate. Never throws; a failure is
   * logged (without identifiers) and reported as {@code false}, so a login never depends on it.
   */
  boolean recordUsage(RealmModel realm, Usage usage);
}
