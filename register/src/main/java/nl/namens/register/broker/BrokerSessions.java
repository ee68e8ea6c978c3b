package nl.namens.register.broker;

import io.quarkus.oidc.client.NamedOidcClient;
import io.quarkus.oidc.client.OidcClient;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import nl.namens.register.http.CorrelationIds;
import nl.namens.register.mandate.MandateRevoked;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

/**
 * Revocation that bites: once a revocation has committed, tells the broker to end the live sessions of the
 * representative acting under that mandate. Best effort, retried: a failed call (the broker unreachable, its token
 * endpoint refusing for a moment) is tried again after {@link #RETRY_AFTER}, then given up. Whatever happens the
 * revocation stands, and the broker's token-time re-check still refuses every later token and refresh.
 */
@ApplicationScoped
public class BrokerSessions {

  private static final Logger LOG = Logger.getLogger(BrokerSessions.class);
  private static final Duration TOKEN_TIMEOUT = Duration.ofSeconds(3);
  /** The waits before the second, third, ... attempt; after the last one the register stops trying. */
  static final List<Duration> RETRY_AFTER =
      List.of(Duration.ofSeconds(2), Duration.ofSeconds(5), Duration.ofSeconds(15), Duration.ofSeconds(30));

  @Inject
  @NamedOidcClient("broker-notifier")
  OidcClient tokens;

  @Inject @RestClient BrokerAdminApi broker;

  @ConfigProperty(name = "namens.broker.notify-enabled", defaultValue = "true")
  boolean enabled;

  @ConfigProperty(name = "namens.broker.realm", defaultValue = "namens")
  String realm;

  /** Where retries wait (one daemon thread; a pending retry is lost when the register stops, as said above). */
  ScheduledExecutorService retries =
      Executors.newSingleThreadScheduledExecutor(
          r -> {
            Thread t = new Thread(r, "broker-sessions-retry");
            t.setDaemon(true);
            return t;
          });

  void onRevoked(@Observes(during = TransactionPhase.AFTER_SUCCESS) MandateRevoked revoked) {
    if (!enabled) {
      return;
    }
    // the revoking request's id, so the broker's lines (and every retry's) join the register's
    tell(revoked, CorrelationIds.current(), 1);
  }

  /** One attempt; on failure the next one is scheduled, until {@link #RETRY_AFTER} is used up. */
  void tell(MandateRevoked revoked, String correlationId, int attempt) {
    try {
      String accessToken = tokens.getTokens().await().atMost(TOKEN_TIMEOUT).getAccessToken();
      Map<String, Object> body =
          Map.of(
              "representative",
              Map.of("type", revoked.representativeType(), "id", revoked.representativeId()));
      try (Response response =
          broker.mandateRevoked(
              "Bearer " + accessToken, correlationId, realm, revoked.mandateId().toString(), body)) {
        LOG.infof(
            "Broker told of revoked mandate %s: HTTP %d", revoked.mandateId(), response.getStatus());
      }
    } catch (RuntimeException e) {
      if (attempt <= RETRY_AFTER.size()) {
        Duration wait = RETRY_AFTER.get(attempt - 1);
        LOG.warnf(
            "Could not tell the broker that mandate %s was revoked (%s, attempt %d); trying again in %d s",
            revoked.mandateId(), e.getClass().getSimpleName(), attempt, wait.toSeconds());
        retries.schedule(() -> tell(revoked, correlationId, attempt + 1), wait.toMillis(), TimeUnit.MILLISECONDS);
      } else {
        LOG.warnf(
            "Could not tell the broker that mandate %s was revoked (%s, attempt %d, the last); its token re-check"
                + " still refuses it",
            revoked.mandateId(), e.getClass().getSimpleName(), attempt);
      }
    }
  }

  @PreDestroy
  void stop() {
    retries.shutdownNow();
  }
}
