package nl.namens.keycloak.register;

import java.util.function.Consumer;
import java.util.function.Function;
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
    return call(
        realm,
        api -> api.representations(query),
        RepresentationsResult.Unavailable::new,
        e -> LOG.errorf(e, "namens-register: representations call failed: %s", query));
  }

  @Override
  public CapacityResult capacity(RealmModel realm, Actor actor, String service) {
    return call(
        realm,
        api -> api.capacity(actor, service),
        CapacityResult.Unavailable::new,
        e ->
            LOG.errorf(
                e,
                "namens-register: capacity call failed for actor %s, service %s",
                actor.logRef(),
                service));
  }

  @Override
  public AuthorizationResult authorize(RealmModel realm, AuthorizationQuery query) {
    return call(
        realm,
        api -> api.authorize(query),
        AuthorizationResult.Unavailable::new,
        e -> LOG.errorf(e, "namens-register: authorization call failed: %s", query));
  }

  @Override
  public boolean recordUsage(RealmModel realm, Usage usage) {
    return call(
        realm,
        api -> api.recordUsage(usage),
        why -> false,
        e -> LOG.errorf(e, "namens-register: usage call failed: %s", usage));
  }

  @Override
  public ServiceUse serviceUse(RealmModel realm, String serviceId) {
    return call(
        realm,
        api -> api.serviceUse(serviceId),
        why -> new ServiceUse.Unavailable(why.toString()),
        e -> LOG.errorf(e, "namens-register: service-use call failed for service %s", serviceId));
  }

  /**
   * What every call shares, so the public methods state only what differs. Without a token endpoint the register is
   * never called ({@link #NO_TOKEN_URL}). Otherwise one correlation id covers the call and the line about its failure
   * (BvdApi reuses it); a failure on this side is logged by {@code logFailure}, inside that scope, and answered as
   * {@link Unavailability.Reason#INTERNAL}. Each line stays with its caller and its arguments (log references, never a
   * BSN) are worked out only when the call failed.
   *
   * @param call the question put to the register
   * @param whenUnavailable the caller's "cannot answer" for a reason
   * @param logFailure the caller's one error line about a failed call
   */
  private <R> R call(
      RealmModel realm,
      Function<BvdApi, R> call,
      Function<Unavailability, R> whenUnavailable,
      Consumer<RuntimeException> logFailure) {
    if (config.tokenUrl() == null) {
      return whenUnavailable.apply(NO_TOKEN_URL);
    }
    try (CorrelationIds.Scope correlation = CorrelationIds.open()) {
      try {
        return call.apply(api(realm));
      } catch (RuntimeException e) {
        logFailure.accept(e);
        return whenUnavailable.apply(internal(e));
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
