package nl.namens.register.broker;

import io.quarkus.oidc.client.NamedOidcClient;
import io.quarkus.oidc.client.OidcClient;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.Map;
import nl.namens.register.http.CorrelationIds;
import nl.namens.register.mandate.MandateRevoked;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

/**
 * Revocation that bites: once a revocation has committed, tells the broker to end the live sessions of the
 * representative acting under that mandate. Best effort: if the broker cannot be reached the revocation
 * stands, and the broker's token-time re-check still refuses every later token and refresh.
 */
@ApplicationScoped
public class BrokerSessions {

  private static final Logger LOG = Logger.getLogger(BrokerSessions.class);
  private static final Duration TOKEN_TIMEOUT = Duration.ofSeconds(3);

  @Inject
  @NamedOidcClient("broker-notifier")
  OidcClient tokens;

  @Inject @RestClient BrokerAdminApi broker;

  @ConfigProperty(name = "namens.broker.notify-enabled", defaultValue = "true")
  boolean enabled;

  @ConfigProperty(name = "namens.broker.realm", defaultValue = "namens")
  String realm;

  void onRevoked(@Observes(during = TransactionPhase.AFTER_SUCCESS) MandateRevoked revoked) {
    if (!enabled) {
      return;
    }
    try {
      String accessToken = tokens.getTokens().await().atMost(TOKEN_TIMEOUT).getAccessToken();
      Map<String, Object> body =
          Map.of(
              "representative",
              Map.of("type", revoked.representativeType(), "id", revoked.representativeId()));
      try (Response response =
          broker.mandateRevoked(
              "Bearer " + accessToken,
              CorrelationIds.current(), // the revoking request's id, so the broker's lines join the register's
              realm,
              revoked.mandateId().toString(),
              body)) {
        LOG.infof(
            "Broker told of revoked mandate %s: HTTP %d", revoked.mandateId(), response.getStatus());
      }
    } catch (RuntimeException e) {
      LOG.warnf(
          "Could not tell the broker that mandate %s was revoked (%s); its token re-check still refuses it",
          revoked.mandateId(), e.getClass().getSimpleName());
    }
  }
}
