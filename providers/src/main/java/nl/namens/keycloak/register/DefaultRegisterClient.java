package nl.namens.keycloak.register;

import java.net.URI;
import org.jboss.logging.Logger;
import org.keycloak.http.simple.SimpleHttp;
import org.keycloak.models.ClientModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.services.Urls;
import org.keycloak.urls.UrlType;

/**
 * The {@code default} {@link RegisterClient}: calls the register with a service-account token that
 * the realm's own token endpoint issues to the configured confidential client.
 */
final class DefaultRegisterClient implements RegisterClient {

  private static final Logger LOG = Logger.getLogger(DefaultRegisterClient.class);

  private final KeycloakSession session;
  private final RegisterConfig config;
  private final ServiceTokenCache tokenCache;

  DefaultRegisterClient(
      KeycloakSession session, RegisterConfig config, ServiceTokenCache tokenCache) {
    this.session = session;
    this.config = config;
    this.tokenCache = tokenCache;
  }

  @Override
  public RepresentationsResult representations(RealmModel realm, RepresentationsQuery query) {
    try {
      return api(realm).representations(query);
    } catch (RuntimeException e) {
      LOG.errorf(e, "namens-register: representations call failed: %s", query);
      return new RepresentationsResult.Unavailable(internal(e));
    }
  }

  @Override
  public CapacityResult capacity(RealmModel realm, Actor actor, String service) {
    try {
      return api(realm).capacity(actor, service);
    } catch (RuntimeException e) {
      LOG.errorf(
          e,
          "namens-register: capacity call failed for actor %s, service %s",
          actor.logRef(),
          service);
      return new CapacityResult.Unavailable(internal(e));
    }
  }

  @Override
  public AuthorizationResult authorize(RealmModel realm, AuthorizationQuery query) {
    try {
      return api(realm).authorize(query);
    } catch (RuntimeException e) {
      LOG.errorf(e, "namens-register: authorization call failed: %s", query);
      return new AuthorizationResult.Unavailable(internal(e));
    }
  }

  @Override
  public boolean recordUsage(RealmModel realm, Usage usage) {
    try {
      return api(realm).recordUsage(usage);
    } catch (RuntimeException e) {
      LOG.errorf(e, "namens-register: usage call failed: %s", usage);
      return false;
    }
  }

  private static Unavailability internal(RuntimeException e) {
    return new Unavailability(Unavailability.Reason.INTERNAL, e.getClass().getSimpleName());
  }

  private BvdApi api(RealmModel realm) {
    BvdTransport transport = new SimpleHttpTransport(SimpleHttp.create(session), config.timeout());
    String clientId = config.clientId();
    ServiceTokens tokens =
        tokenCache.forEndpoint(
            transport,
            tokenEndpoint(realm),
            clientId,
            () -> {
              ClientModel client = realm.getClientByClientId(clientId);
              return client == null || client.isPublicClient() ? null : client.getSecret();
            });
    return new BvdApi(transport, config, tokens);
  }

  /**
   * The realm's own token endpoint, reached through the backchannel (backend) URL of the current
   * request: the same server, so the token's {@code iss} is the realm issuer the register trusts.
   */
  private String tokenEndpoint(RealmModel realm) {
    URI base = session.getContext().getUri(UrlType.BACKEND).getBaseUri();
    return Urls.realmIssuer(base, realm.getName()) + "/protocol/openid-connect/token";
  }

  @Override
  public void close() {}
}
