package nl.namens.keycloak.register;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import nl.namens.identifiers.SubjectType;
import org.apache.http.impl.client.CloseableHttpClient;
import org.apache.http.impl.client.HttpClients;
import org.jboss.logging.MDC;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keycloak.http.simple.SimpleHttp;

/** The correlation id on every call to the register, against a stand-in (JDK HttpServer). */
class CorrelationIdsTest {

  private static final String TOKEN_PATH = "/realms/namens/protocol/openid-connect/token";

  private HttpServer server;
  private CloseableHttpClient httpClient;
  private final List<Received> received = new CopyOnWriteArrayList<>();

  /** Path and {@code X-Correlation-ID} of a request the stand-in got. */
  private record Received(String path, String correlationId) {}

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::handle);
    server.start();
    httpClient = HttpClients.createDefault();
    MDC.remove(CorrelationIds.MDC_KEY);
  }

  @AfterEach
  void stop() throws IOException {
    MDC.remove(CorrelationIds.MDC_KEY);
    server.stop(0);
    httpClient.close();
  }

  /** Tokens for the token path; the register itself is down (503). */
  private void handle(HttpExchange exchange) throws IOException {
    String path = exchange.getRequestURI().getPath();
    exchange.getRequestBody().readAllBytes();
    received.add(new Received(path, exchange.getRequestHeaders().getFirst(CorrelationIds.HEADER)));
    boolean token = path.equals(TOKEN_PATH);
    byte[] body =
        (token ? "{\"access_token\":\"t\",\"expires_in\":300}" : "{\"title\":\"down\"}")
            .getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", "application/json");
    exchange.sendResponseHeaders(token ? 200 : 503, body.length);
    exchange.getResponseBody().write(body);
    exchange.close();
  }

  private String base() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  private BvdTransport transport() {
    return new SimpleHttpTransport(SimpleHttp.create(httpClient), Duration.ofSeconds(2));
  }

  private String sentId() {
    return received.get(received.size() - 1).correlationId();
  }

  private static void assertUuid(String id) {
    assertEquals(id, UUID.fromString(id).toString(), id);
  }

  @Test
  void everyCallCarriesAFreshIdThatLeavesTheMdcAfterwards() throws IOException {
    BvdTransport transport = transport();

    transport.postJson(base() + "/bvd/v1/representations", "t", "{}");
    String first = sentId();
    transport.postForm(base() + TOKEN_PATH, Map.of("grant_type", "client_credentials"));
    String second = sentId();

    assertUuid(first);
    assertUuid(second);
    assertNotEquals(first, second, "a fresh id per call");
    assertNull(MDC.get(CorrelationIds.MDC_KEY), "the call's id is removed from the MDC");
  }

  @Test
  void anIdAlreadyInTheMdcIsSentAndStaysAfterwards() throws IOException {
    MDC.put(CorrelationIds.MDC_KEY, "kc-request.42_a");

    transport().postJson(base() + "/bvd/v1/representations", "t", "{}");

    assertEquals("kc-request.42_a", sentId());
    assertEquals("kc-request.42_a", MDC.get(CorrelationIds.MDC_KEY));
  }

  @Test
  void anUnsafeValueInTheMdcIsNeverSentAndIsPutBackAfterwards() throws IOException {
    MDC.put(CorrelationIds.MDC_KEY, "<script>alert(1)</script>");

    transport().postJson(base() + "/bvd/v1/representations", "t", "{}");

    assertUuid(sentId());
    assertEquals("<script>alert(1)</script>", MDC.get(CorrelationIds.MDC_KEY));
  }

  @Test
  void anIdTheRegisterSendsIsAdoptedWhileTheBrokerHandlesItAndAHostileOneNever() {
    try (CorrelationIds.Scope scope = CorrelationIds.adopt("register-req.7")) {
      assertEquals("register-req.7", scope.id());
      assertEquals("register-req.7", MDC.get(CorrelationIds.MDC_KEY));
    }
    assertNull(MDC.get(CorrelationIds.MDC_KEY), "put back after the request");

    try (CorrelationIds.Scope scope = CorrelationIds.adopt("<script>alert(1)</script>")) {
      assertUuid(scope.id());
      assertEquals(scope.id(), MDC.get(CorrelationIds.MDC_KEY), "a fresh id, the hostile value never in the MDC");
    }
    try (CorrelationIds.Scope scope = CorrelationIds.adopt(null)) {
      assertUuid(scope.id());
    }
    assertNull(MDC.get(CorrelationIds.MDC_KEY));
  }

  @Test
  void theWarningAboutAnUnansweredQuestionCarriesTheIdTheRegisterWasSent() {
    BvdTransport transport = transport();
    ServiceTokens tokens =
        new ServiceTokenCache(Clock.systemUTC())
            .forEndpoint(
                transport,
                base() + TOKEN_PATH,
                "namens-bvd-client",
                () -> Map.of("client_secret", "s3cret"));
    BvdApi api =
        new BvdApi(
            transport,
            new RegisterConfig(base() + "/", "namens-bvd-client", Duration.ofSeconds(2)),
            tokens);
    List<String> warningIds = new CopyOnWriteArrayList<>();
    Handler capture =
        new Handler() {
          @Override
          public void publish(LogRecord record) {
            if (record.getLevel().intValue() >= Level.WARNING.intValue()) {
              warningIds.add(String.valueOf(MDC.get(CorrelationIds.MDC_KEY)));
            }
          }

          @Override
          public void flush() {}

          @Override
          public void close() {}
        };
    java.util.logging.Logger logger = java.util.logging.Logger.getLogger(BvdApi.class.getName());
    logger.addHandler(capture);
    RepresentationsResult result;
    try {
      result =
          api.representations(
              new RepresentationsQuery(
                  Actor.of(new Party(SubjectType.BSN, "999991772")), "service-1", null, 0, 10));
    } finally {
      logger.removeHandler(capture);
    }

    assertInstanceOf(RepresentationsResult.Unavailable.class, result);
    assertEquals(2, received.size(), "the token call and the question: " + received);
    String id = received.get(0).correlationId();
    assertUuid(id);
    assertEquals(id, received.get(1).correlationId(), "one id for the token call and the question");
    assertEquals(List.of(id), warningIds, "the line 'register cannot answer' carries it");
    assertTrue(received.get(1).path().endsWith("/bvd/v1/representations"));
    assertNull(MDC.get(CorrelationIds.MDC_KEY), "nothing left in the MDC after the question");
  }
}
