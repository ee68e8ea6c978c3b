package nl.namens.keycloak.register;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.SimpleFormatter;
import nl.namens.identifiers.SubjectType;
import org.jboss.logging.MDC;
import org.junit.jupiter.api.Test;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;

/**
 * What each call answers when the register cannot: not configured (nothing is called) and a failure on the Keycloak
 * side (here: a session without an HTTP client), with the one line logged about it.
 */
class DefaultRegisterClientTest {

  private static final String BSN = "999991772";
  private static final String SERVICE = "5b1e2c64-0f55-4b8e-9d0a-3a1f2b3c4d01";
  private static final Actor ACTOR = Actor.of(new Party(SubjectType.BSN, BSN));
  private static final Party PRINCIPAL = new Party(SubjectType.BSN, "999990019");

  private final KeycloakSession session = mock(KeycloakSession.class);
  private final RealmModel realm = mock(RealmModel.class);

  private DefaultRegisterClient client(String tokenUrl) {
    return new DefaultRegisterClient(
        session,
        new RegisterConfig("http://localhost:8281", tokenUrl, "namens-bvd-client", Duration.ofSeconds(2)),
        new ServiceTokenCache(Clock.systemUTC()));
  }

  @Test
  void withoutATokenEndpointNothingIsCalled() {
    DefaultRegisterClient client = client(null);
    Unavailability why = DefaultRegisterClient.NO_TOKEN_URL;

    assertEquals(
        new RepresentationsResult.Unavailable(why),
        client.representations(realm, new RepresentationsQuery(ACTOR, SERVICE, null, 0, 10)));
    assertEquals(new CapacityResult.Unavailable(why), client.capacity(realm, ACTOR, SERVICE));
    assertEquals(
        new AuthorizationResult.Unavailable(why),
        client.authorize(realm, new AuthorizationQuery(ACTOR, PRINCIPAL, SERVICE, "m-1")));
    assertFalse(client.recordUsage(realm, new Usage("m-1", ACTOR, PRINCIPAL, SERVICE, "substantieel")));
    assertEquals(new ServiceUse.Unavailable(why.toString()), client.serviceUse(realm, SERVICE));
    verifyNoInteractions(session, realm);
  }

  @Test
  void aFailedRepresentationsCallIsInternalAndLoggedWithoutIdentifiers() {
    RepresentationsQuery query = new RepresentationsQuery(ACTOR, SERVICE, null, 0, 10);
    Logged logged = logged(() -> client("http://localhost:8180/token").representations(realm, query));

    assertEquals(new RepresentationsResult.Unavailable(internal()), logged.answer);
    assertEquals("namens-register: representations call failed: " + query, logged.line);
  }

  @Test
  void aFailedCapacityCallIsInternalAndLoggedWithoutIdentifiers() {
    Logged logged = logged(() -> client("http://localhost:8180/token").capacity(realm, ACTOR, SERVICE));

    assertEquals(new CapacityResult.Unavailable(internal()), logged.answer);
    assertEquals(
        "namens-register: capacity call failed for actor " + ACTOR.logRef() + ", service " + SERVICE, logged.line);
  }

  @Test
  void aFailedAuthorizationCallIsInternalAndLoggedWithoutIdentifiers() {
    AuthorizationQuery query = new AuthorizationQuery(ACTOR, PRINCIPAL, SERVICE, "m-1");
    Logged logged = logged(() -> client("http://localhost:8180/token").authorize(realm, query));

    assertEquals(new AuthorizationResult.Unavailable(internal()), logged.answer);
    assertEquals("namens-register: authorization call failed: " + query, logged.line);
  }

  @Test
  void aFailedUsageCallIsFalseAndLoggedWithoutIdentifiers() {
    Usage usage = new Usage("m-1", ACTOR, PRINCIPAL, SERVICE, "substantieel");
    Logged logged = logged(() -> client("http://localhost:8180/token").recordUsage(realm, usage));

    assertEquals(false, logged.answer);
    assertEquals("namens-register: usage call failed: " + usage, logged.line);
  }

  @Test
  void aFailedServiceUseCallIsInternalAndLogged() {
    Logged logged = logged(() -> client("http://localhost:8180/token").serviceUse(realm, SERVICE));

    assertEquals(new ServiceUse.Unavailable(internal().toString()), logged.answer);
    assertEquals("namens-register: service-use call failed for service " + SERVICE, logged.line);
  }

  /** A mocked session has no HTTP client: the call fails before anything is sent. */
  private static Unavailability internal() {
    return new Unavailability(Unavailability.Reason.INTERNAL, NullPointerException.class.getSimpleName());
  }

  private record Logged(Object answer, String line) {}

  /**
   * The answer and the one error line about it, which carries the call's correlation id (MDC) and its exception, and
   * no BSN; the MDC is left as it was.
   */
  private static Logged logged(Supplier<Object> call) {
    List<LogRecord> records = new ArrayList<>();
    List<Object> correlationIds = new ArrayList<>();
    Handler capture =
        new Handler() {
          @Override
          public void publish(LogRecord record) {
            records.add(record);
            correlationIds.add(MDC.get(CorrelationIds.MDC_KEY));
          }

          @Override
          public void flush() {}

          @Override
          public void close() {}
        };
    java.util.logging.Logger logger = java.util.logging.Logger.getLogger(DefaultRegisterClient.class.getName());
    logger.addHandler(capture);
    Object answer;
    try {
      answer = call.get();
    } finally {
      logger.removeHandler(capture);
    }
    assertEquals(1, records.size(), "one line about the failure");
    LogRecord record = records.get(0);
    assertEquals(Level.SEVERE.intValue(), record.getLevel().intValue(), "an error line");
    assertEquals(NullPointerException.class, record.getThrown().getClass());
    assertNotNull(correlationIds.get(0), "the line carries the call's correlation id");
    assertNull(MDC.get(CorrelationIds.MDC_KEY), "nothing left in the MDC after the call");
    String line = new SimpleFormatter().formatMessage(record);
    assertFalse(line.contains(BSN) || line.contains(PRINCIPAL.id()), line);
    return new Logged(answer, line);
  }
}
