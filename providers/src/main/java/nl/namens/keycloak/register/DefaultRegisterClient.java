package nl.namens.keycloak.register;

import org.jboss.logging.Logger;
import org.keycloak.http.simple.SimpleHttp;
import org.keycloak.models.ClientModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;

/**
 * The {@code default} {@link RegisterClient}: calls the register with a service-account token that
 * the configured token endpoint ({@code token-url}) issues to the configured confidential client.
 * Both URLs come from configuration only: nothing in a request (its {@code Host}) can choose where
 * the client's assertion is posted.
 */
final class DefaultRegisterClient implements RegisterClient {

  private static final Logger LOG = Logger.getLogger(DefaultRegisterClient.class);

  /** Without a configured token endpoint the register is never called: nothing is offered. */
  static final Unavailability NO_TOKEN_URL =
      new Unavailability(
          Unavailability.Reason.NOT_CONFIGURED,
          "--spi-namens-register--default--" + RegisterConfig.TOKEN_URL + " is not set");

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
    if (config.tokenUrl() == null) {
      return new RepresentationsResult.Unavailable(NO_TOKEN_URL);
    }
    // one correlation id for the call and the line about its failure (BvdApi reuses it)
    try (CorrelationIds.Scope correlation = CorrelationIds.open()) {
      try {
        return api(realm).representations(query);
      } catch (RuntimeException e) {
        LOG.errorf(e, "namens-register: representations call failed: %s", query);
        return new RepresentationsResult.Unavailable(internal(e));
      }
    }
  }

  @Override
  public CapacityResult capacity(RealmModel realm, Actor actor, String service) {
    if (config.tokenUrl() == null) {
      return new CapacityResult.Unavailable(NO_TOKEN_URL);
    }
    // one correlation id for the call and the line about its failure (BvdApi reuses it)
    try (CorrelationIds.Scope correlation = CorrelationIds.open()) {
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
  }

  @Override
  public AuthorizationResult authorize(RealmModel realm, AuthorizationQuery query) {
    if (config.tokenUrl() == null) {
      return new AuthorizationResult.Unavailable(NO_TOKEN_URL);
    }
    // one correlation id for the call and the line about its failure (BvdApi reuses it)
    try (CorrelationIds.Scope correlation = CorrelationIds.open()) {
      try {
        return api(realm).authorize(query);
      } catch (RuntimeException e) {
        LOG.errorf(e, "namens-register: authorization call failed: %s", query);
        return new AuthorizationResult.Unavailable(internal(e));
      }
    }
  }

  @Override
  public boolean recordUsage(RealmModel realm, Usage usage) {
    if (config.tokenUrl() == null) {
      return false;
    }
    // one correlation id for the call and the line about its failure (BvdApi reuses it)
    try (CorrelationIds.Scope correlation = CorrelationIds.open()) {
      try {
        return api(realm).recordUsage(usage);
      } catch (RuntimeException e) {
        LOG.errorf(e, "namens-register: usage call failed: %s", usage);
        return false;
      }
    }
  }

  @Override
  public ServiceUse serviceUse(RealmModel realm, String serviceId) {
    if (config.tokenUrl() == null) {
      return new ServiceUse.Unavailable(NO_TOKEN_URL.toString());
    }
    // one correlation id for the call and the line about its failure (BvdApi reuses it)
    try (CorrelationIds.Scope correlation = CorrelationIds.open()) {
      try {
        return api(realm).serviceUse(serviceId);
      } catch (RuntimeException e) {
        LOG.errorf(e, "namens-register: service-use call failed for service %s", serviceId);
        return new ServiceUse.Unavailable(internal(e).toString());
      }
    }
  }

  private static Unavailability internal(RuntimeException e) {
    return new Unavailability(Unavailability.Reason.INTERNAL, e.getClass().getSimpleName());
  }

  private BvdApi api(RealmModel realm) {
    BvdTransport transport = new MeteredTransport(new SimpleHttpTransport(SimpleHttp.create(session), config.timeout()));
    String clientId = config.clientId();
    ServiceTokens tokens =
        tokenCache.forEndpoint(
            transport,
            config.tokenUrl(),
            clientId,
            () ->
                ClientAuthentication.of(
                    session, realm, realm.getClientByClientId(clientId), config.tokenUrl()));
    return new BvdApi(transport, config, tokens);
  }

  @Override
  public void close() {}
}
