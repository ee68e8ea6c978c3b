package nl.namens.keycloak.register;

import org.keycloak.models.RealmModel;
import org.keycloak.provider.Provider;

/**
 * The register's BVD API as seen from Keycloak: SPI {@value NamensRegisterSpi#NAME}, provider
 * {@code default}. Obtain it with {@code session.getProvider(RegisterClient.class)}; one instance
 * per Keycloak session. No method throws: a failure is an {@code Unavailable} answer.
 */
public interface RegisterClient extends Provider {

  /**
   * {@code POST /bvd/v1/representations}: the principals {@code actor} may represent now for the
   * query's service, narrowed by its search and cut to its page; {@code total} counts all matches.
   */
  RepresentationsResult representations(RealmModel realm, RepresentationsQuery query);

  /**
   * {@code POST /bvd/v1/authorizations}: may the actor act for the principal for the service now.
   */
  AuthorizationResult authorize(RealmModel realm, AuthorizationQuery query);

  /**
   * {@code POST /bvd/v1/capacity}: may the person who logs in act for themselves at {@code
   * service}, or do they need a legal representative (curatele, beschermingsbewind, mentorschap).
   * The register is asked about the actor's party only (never the employee pseudonym).
   */
  CapacityResult capacity(RealmModel realm, Actor actor, String service);

  /**
   * {@code POST /bvd/v1/usages}: records that the actor chose a mandate. Never throws; a failure is
   * logged (without identifiers) and reported as {@code false}, so a login never depends on it.
   */
  boolean recordUsage(RealmModel realm, Usage usage);

  /**
   * {@code POST /bvd/v1/service-use}: whether mandates that have not ended name {@code serviceId}. Asked before the
   * catalogue removes a service; anything but a clear answer is {@link ServiceUse.Unavailable}.
   */
  ServiceUse serviceUse(RealmModel realm, String serviceId);
}
