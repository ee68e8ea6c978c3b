package nl.namens.register.broker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.oidc.client.OidcClient;
import io.quarkus.oidc.client.OidcClientException;
import io.quarkus.oidc.client.Tokens;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import nl.namens.register.mandate.MandateRevoked;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The broker is told of a revocation even when its first answers fail: each failed attempt is tried again after the
 * next wait of {@link BrokerSessions#RETRY_AFTER}, with the same correlation id, until it works or the waits are used
 * up. Fakes for the broker's token endpoint and admin API; the waits themselves are run at once.
 */
class BrokerSessionsTest {

  private final MandateRevoked revoked = new MandateRevoked(UUID.randomUUID(), "BSN", "999990019");
  private final List<String> calls = new ArrayList<>();
  private final AtomicInteger tokenFailuresLeft = new AtomicInteger();
  private final AtomicInteger callFailuresLeft = new AtomicInteger();
  private final List<Long> waits = new ArrayList<>();
  private BrokerSessions sessions;

  @BeforeEach
  void setUp() {
    sessions = new BrokerSessions();
    sessions.enabled = true;
    sessions.realm = "namens";
    sessions.tokens = new FakeTokens();
    sessions.broker =
        (authorization, correlationId, realm, mandateId, body) -> {
          if (callFailuresLeft.getAndDecrement() > 0) {
            throw new jakarta.ws.rs.ProcessingException("connection refused");
          }
          calls.add(authorization + " " + correlationId + " " + realm + " " + mandateId + " " + body);
          return Response.ok().build();
        };
    // every retry at once, on this thread, remembering how long it would have waited
    sessions.retries =
        new java.util.concurrent.ScheduledThreadPoolExecutor(1) {
          @Override
          public java.util.concurrent.ScheduledFuture<?> schedule(
              Runnable command, long delay, java.util.concurrent.TimeUnit unit) {
            waits.add(unit.toMillis(delay));
            command.run();
            return null;
          }
        };
  }

  @AfterEach
  void tearDown() {
    sessions.stop();
  }

  @Test
  void aFirstAnswerTellsTheBrokerOnce() {
    sessions.tell(revoked, "corr-1", 1);
    assertEquals(1, calls.size(), calls.toString());
    assertEquals(List.of(), waits);
    assertTrue(calls.get(0).startsWith("Bearer token-1 corr-1 namens " + revoked.mandateId()), calls.get(0));
    assertTrue(calls.get(0).contains("representative={type=BSN, id=999990019}")
        || calls.get(0).contains("representative={id=999990019, type=BSN}"), calls.get(0));
  }

  @Test
  void aRefusedTokenAndAnUnreachableBrokerAreTriedAgainUntilItWorks() {
    tokenFailuresLeft.set(1); // the token endpoint refuses once (a client briefly not found)
    callFailuresLeft.set(1); // then the admin API is unreachable once
    sessions.tell(revoked, "corr-2", 1);
    assertEquals(1, calls.size(), "told once, at the third attempt: " + calls);
    assertTrue(calls.get(0).contains(" corr-2 "), "the same correlation id: " + calls.get(0));
    assertEquals(List.of(2_000L, 5_000L), waits);
  }

  @Test
  void afterTheLastWaitTheRegisterStopsTrying() {
    tokenFailuresLeft.set(100);
    sessions.tell(revoked, "corr-3", 1);
    assertEquals(List.of(), calls);
    assertEquals(
        BrokerSessions.RETRY_AFTER.stream().map(Duration::toMillis).toList(), waits, "one attempt per wait, then no more");
  }

  @Test
  void switchedOffItTellsNobody() {
    sessions.enabled = false;
    sessions.onRevoked(revoked);
    assertEquals(List.of(), calls);
    assertEquals(List.of(), waits);
  }

  /** The broker's token endpoint: refuses while {@link #tokenFailuresLeft} lasts, then hands out numbered tokens. */
  private final class FakeTokens implements OidcClient {
    private final AtomicInteger issued = new AtomicInteger();

    @Override
    public Uni<Tokens> getTokens(Map<String, String> additionalGrantParameters) {
      if (tokenFailuresLeft.getAndDecrement() > 0) {
        return Uni.createFrom().failure(new OidcClientException("client_not_found"));
      }
      return Uni.createFrom()
          .item(new Tokens("token-" + issued.incrementAndGet(), null, null, null, null, null, "namens-register-notifier"));
    }

    @Override
    public Uni<Tokens> refreshTokens(String refreshToken, Map<String, String> additionalGrantParameters) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Uni<Boolean> revokeAccessToken(String accessToken, Map<String, String> additionalParameters) {
      throw new UnsupportedOperationException();
    }

    @Override
    public void close() {}
  }
}
