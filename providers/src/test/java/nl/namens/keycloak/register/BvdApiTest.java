package nl.namens.keycloak.register;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.SimpleFormatter;
import nl.namens.identifiers.SubjectType;
import org.apache.http.impl.client.CloseableHttpClient;
import org.apache.http.impl.client.HttpClients;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keycloak.http.simple.SimpleHttp;
import org.keycloak.util.JsonSerialization;

/**
 * The BVD client against a stand-in register and token endpoint (JDK HttpServer on a random port).
 */
class BvdApiTest {

  private static final String SERVICE = "0b6a4f5e-7c1d-4c3e-9a59-0d2b5b1f6a01";
  private static final String MANDATE = "5c0d7f5a-2b64-4a83-a4e5-3f2b1d1e9c11";
  private static final Party ACTOR = new Party(SubjectType.BSN, "999991772");

  /** The first page (10) of the principals of {@code actor} at {@link #SERVICE}. */
  private static RepresentationsQuery firstPage(Party actor) {
    return firstPage(Actor.of(actor));
  }

  private static RepresentationsQuery firstPage(Actor actor) {
    return new RepresentationsQuery(actor, SERVICE, null, 0, 10);
  }
  private static final Party PRINCIPAL = new Party(SubjectType.BSN, "999990019");

  private static final String ONE_PRINCIPAL =
      """
      {"principals": [{"mandateId": "%s", "kind": "voluntary",
        "principal": {"type": "BSN", "id": "999990019", "displayName": "B. de Vries"},
        "relation": "machtiging", "services": [{"id": "%s", "name": "Belastingaangifte"}],
        "validFrom": "2026-01-01", "validUntil": "2027-12-31", "requiredLoa": "substantieel",
        "somethingNew": true}]}
      """
          .formatted(MANDATE, SERVICE);

  private HttpServer server;
  private CloseableHttpClient httpClient;
  private final Map<String, Deque<Answer>> answers = new ConcurrentHashMap<>();
  private final List<Recorded> recorded = new ArrayList<>();
  private final AtomicInteger tokensIssued = new AtomicInteger();
  private final ServiceTokenCache tokenCache = new ServiceTokenCache(Clock.systemUTC());

  private record Answer(int status, String body, long delayMs) {}

  private record Recorded(String path, String authorization, String body) {}

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::handle);
    server.start();
    httpClient = HttpClients.createDefault();
  }

  @AfterEach
  void stop() throws IOException {
    server.stop(0);
    httpClient.close();
  }

  private synchronized void handle(HttpExchange exchange) throws IOException {
    String path = exchange.getRequestURI().getPath();
    String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    recorded.add(new Recorded(path, exchange.getRequestHeaders().getFirst("Authorization"), body));
    Answer answer;
    if (path.endsWith("/protocol/openid-connect/token")) {
      Deque<Answer> queued = answers.get(path);
      answer =
          queued != null && !queued.isEmpty()
              ? queued.poll()
              : new Answer(
                  200,
                  "{\"access_token\":\"token-"
                      + tokensIssued.incrementAndGet()
                      + "\",\"expires_in\":300}",
                  0);
    } else {
      Deque<Answer> queued = answers.get(path);
      answer = queued == null || queued.isEmpty() ? new Answer(404, "", 0) : queued.poll();
    }
    if (answer.delayMs() > 0) {
      try {
        Thread.sleep(answer.delayMs());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", "application/json");
    exchange.sendResponseHeaders(answer.status(), bytes.length == 0 ? -1 : bytes.length);
    if (bytes.length > 0) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(bytes);
      }
    }
    exchange.close();
  }

  private void answer(String path, int status, String body) {
    answers.computeIfAbsent(path, p -> new ArrayDeque<>()).add(new Answer(status, body, 0));
  }

  private String base() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  private BvdApi api(String registerBase, Duration timeout) {
    RegisterConfig config = new RegisterConfig(registerBase, "namens-bvd-client", timeout);
    BvdTransport transport = new SimpleHttpTransport(SimpleHttp.create(httpClient), timeout);
    ServiceTokens tokens =
        tokenCache.forEndpoint(
            transport,
            base() + "/realms/namens/protocol/openid-connect/token",
            "namens-bvd-client",
            () -> Map.of("client_secret", "s3cret"));
    return new BvdApi(transport, config, tokens);
  }

  private BvdApi api() {
    return api(base() + "/", Duration.ofSeconds(2));
  }

  @Test
  void principalsAreParsedFromTheRegistersAnswer() throws IOException {
    answer("/bvd/v1/representations", 200, ONE_PRINCIPAL);

    RepresentationsResult result = api().representations(firstPage(ACTOR));

    RepresentationsResult.Principals principals =
        assertInstanceOf(RepresentationsResult.Principals.class, result);
    assertEquals(1, principals.representations().size());
    Representation rep = principals.representations().get(0);
    assertEquals(MANDATE, rep.mandateId());
    assertEquals("voluntary", rep.kind());
    assertEquals(PRINCIPAL, rep.principal());
    assertEquals("B. de Vries", rep.principalDisplayName());
    assertEquals("machtiging", rep.relation());
    assertEquals(List.of(new ServiceRef(SERVICE, "Belastingaangifte")), rep.services());
    assertEquals(LocalDate.of(2026, 1, 1), rep.validFrom());
    assertEquals(LocalDate.of(2027, 12, 31), rep.validUntil());
    assertEquals("substantieel", rep.requiredLoa());
  }

  @Test
  void requestCarriesBearerTokenAndContractBody() throws IOException {
    answer("/bvd/v1/representations", 200, "{\"principals\": []}");

    api().representations(firstPage(ACTOR));

    Recorded call = recorded.get(recorded.size() - 1);
    assertEquals("/bvd/v1/representations", call.path());
    assertEquals("Bearer token-1", call.authorization());
    Map<?, ?> body = JsonSerialization.readValue(call.body(), Map.class);
    assertEquals(Map.of("type", "BSN", "id", "999991772"), body.get("actor"));
    assertEquals(SERVICE, body.get("service"));
    Recorded tokenCall = recorded.get(0);
    assertTrue(tokenCall.body().contains("grant_type=client_credentials"));
    assertTrue(tokenCall.body().contains("client_id=namens-bvd-client"));
  }

  @Test
  void emptyListMeansNobodyNotUnavailable() {
    answer("/bvd/v1/representations", 200, "{\"principals\": []}");

    RepresentationsResult result = api().representations(firstPage(ACTOR));

    assertEquals(
        List.of(),
        assertInstanceOf(RepresentationsResult.Principals.class, result).representations());
  }

  @Test
  void serverErrorIsUnavailable() {
    answer("/bvd/v1/representations", 503, "{\"title\":\"down\"}");

    assertUnavailable(api().representations(firstPage(ACTOR)), Unavailability.Reason.SERVER_ERROR);
  }

  @Test
  void malformedJsonIsUnavailable() {
    answer("/bvd/v1/representations", 200, "{\"principals\": [");

    assertUnavailable(api().representations(firstPage(ACTOR)), Unavailability.Reason.BAD_RESPONSE);
  }

  @Test
  void answerWithoutPrincipalsArrayIsUnavailable() {
    answer("/bvd/v1/representations", 200, "{\"people\": []}");

    assertUnavailable(api().representations(firstPage(ACTOR)), Unavailability.Reason.BAD_RESPONSE);
  }

  @Test
  void unknownServiceIsUnavailableNotEmpty() {
    answer("/bvd/v1/representations", 404, "{\"status\":404,\"title\":\"unknown service\"}");

    assertUnavailable(api().representations(firstPage(ACTOR)), Unavailability.Reason.REJECTED);
  }

  @Test
  void refusedConnectionIsUnavailable() throws IOException {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closedPort = socket.getLocalPort();
    }
    // token endpoint is up, the register is not
    RepresentationsResult result =
        api("http://127.0.0.1:" + closedPort, Duration.ofSeconds(2))
            .representations(firstPage(ACTOR));

    assertUnavailable(result, Unavailability.Reason.CONNECTION);
  }

  @Test
  void slowRegisterIsUnavailableAfterTheTimeout() {
    // fetch the token first, so only the register call meets the short timeout
    answer("/bvd/v1/representations", 200, "{\"principals\": []}");
    api().representations(firstPage(ACTOR));
    answers
        .computeIfAbsent("/bvd/v1/representations", p -> new ArrayDeque<>())
        .add(new Answer(200, "{\"principals\": []}", 1500));

    long start = System.nanoTime();
    RepresentationsResult result =
        api(base(), Duration.ofMillis(300)).representations(firstPage(ACTOR));
    long elapsedMs = (System.nanoTime() - start) / 1_000_000;

    assertUnavailable(result, Unavailability.Reason.TIMEOUT);
    assertTrue(elapsedMs < 1400, "gave up after the timeout, took " + elapsedMs + " ms");
  }

  @Test
  void authorizedAnswerCarriesTheRepresentation() throws IOException {
    answer(
        "/bvd/v1/authorizations",
        200,
        "{\"authorized\": true, \"representation\": "
            + JsonSerialization.mapper.readTree(ONE_PRINCIPAL).get("principals").get(0)
            + "}");

    AuthorizationResult result =
        api().authorize(new AuthorizationQuery(ACTOR, PRINCIPAL, SERVICE, MANDATE));

    Representation rep =
        assertInstanceOf(AuthorizationResult.Authorized.class, result).representation();
    assertEquals(MANDATE, rep.mandateId());
    Map<?, ?> body =
        JsonSerialization.readValue(recorded.get(recorded.size() - 1).body(), Map.class);
    assertEquals(Map.of("type", "BSN", "id", "999990019"), body.get("principal"));
    assertEquals(MANDATE, body.get("mandateId"));
  }

  @Test
  void notAuthorizedAnswer() {
    answer("/bvd/v1/authorizations", 200, "{\"authorized\": false}");

    assertInstanceOf(
        AuthorizationResult.NotAuthorized.class,
        api().authorize(new AuthorizationQuery(ACTOR, PRINCIPAL, SERVICE, null)));
    Map<?, ?> body =
        JsonSerialization.valueFromString(recorded.get(recorded.size() - 1).body(), Map.class);
    assertFalse(body.containsKey("mandateId"));
  }

  @Test
  void authorizationWithoutBooleanIsUnavailable() {
    answer("/bvd/v1/authorizations", 200, "{\"authorized\": \"yes\"}");

    AuthorizationResult result =
        api().authorize(new AuthorizationQuery(ACTOR, PRINCIPAL, SERVICE, MANDATE));

    assertEquals(
        Unavailability.Reason.BAD_RESPONSE,
        assertInstanceOf(AuthorizationResult.Unavailable.class, result).why().reason());
  }

  private static final Party COMPANY = new Party(SubjectType.KVK, "87654321");
  private static final Party INTERMEDIARY = new Party(SubjectType.KVK, "11223344");
  private static final Actor EMPLOYEE = new Actor(COMPANY, "emp-pseudonym-1");

  private static final String CHAIN_PRINCIPAL =
      """
      {"principals": [{"mandateId": "%s", "kind": "chain",
        "principal": {"type": "KVK", "id": "12345678", "displayName": "Bakkerij A"},
        "intermediary": {"type": "KVK", "id": "11223344", "displayName": "Accountants B"},
        "relation": "machtiging", "services": [{"id": "%s", "name": "Aangifte"}],
        "validUntil": "2027-12-31"}]}
      """
          .formatted(MANDATE, SERVICE);

  private Map<?, ?> lastBody() throws IOException {
    return JsonSerialization.readValue(recorded.get(recorded.size() - 1).body(), Map.class);
  }

  @Test
  void anEmployeeActorCarriesTheActingSubjectIdInRepresentations() throws IOException {
    answer("/bvd/v1/representations", 200, "{\"principals\": []}");

    api().representations(firstPage(EMPLOYEE));

    assertEquals(
        Map.of("type", "KVK", "id", "87654321", "actingSubjectId", "emp-pseudonym-1"),
        lastBody().get("actor"));
  }

  @Test
  void anEmployeeActorCarriesTheActingSubjectIdInAuthorizations() throws IOException {
    answer("/bvd/v1/authorizations", 200, "{\"authorized\": false}");

    api().authorize(new AuthorizationQuery(EMPLOYEE, PRINCIPAL, SERVICE, MANDATE));

    assertEquals(
        Map.of("type", "KVK", "id", "87654321", "actingSubjectId", "emp-pseudonym-1"),
        lastBody().get("actor"));
  }

  @Test
  void anActorWithoutPseudonymSendsNoActingSubjectId() {
    assertEquals(Map.of("type", "BSN", "id", "999991772"), BvdApi.actor(new Actor(ACTOR, "  ")));
  }

  @Test
  void employeesOfOneCompanyDoNotShareACacheKey() {
    assertFalse(
        new AuthorizationQuery(EMPLOYEE, PRINCIPAL, SERVICE, MANDATE)
            .cacheKey()
            .equals(
                new AuthorizationQuery(
                        new Actor(COMPANY, "emp-pseudonym-2"), PRINCIPAL, SERVICE, MANDATE)
                    .cacheKey()));
  }

  @Test
  void aChainRepresentationCarriesItsIntermediary() {
    answer("/bvd/v1/representations", 200, CHAIN_PRINCIPAL);

    Representation rep =
        assertInstanceOf(
                RepresentationsResult.Principals.class, api().representations(firstPage(EMPLOYEE)))
            .representations()
            .get(0);

    assertEquals("chain", rep.kind());
    assertEquals(INTERMEDIARY, rep.intermediary());
    assertEquals("Accountants B", rep.intermediaryDisplayName());
    assertEquals(java.util.Optional.of(INTERMEDIARY), rep.chainIntermediary());
  }

  @Test
  void aRepresentationWithoutIntermediaryIsStillUnderstood() {
    answer("/bvd/v1/representations", 200, ONE_PRINCIPAL);

    Representation rep =
        assertInstanceOf(
                RepresentationsResult.Principals.class, api().representations(firstPage(ACTOR)))
            .representations()
            .get(0);

    assertEquals(null, rep.intermediary());
    assertTrue(rep.chainIntermediary().isEmpty());
  }

  @Test
  void anUnusableIntermediaryDropsThatEntryOnly() {
    answer(
        "/bvd/v1/representations",
        200,
        CHAIN_PRINCIPAL.replace("\"id\": \"11223344\"", "\"id\": \"\""));

    assertDropped(api().representations(firstPage(EMPLOYEE)));
  }

  @Test
  void usageRequestBodyFollowsTheContract() throws IOException {
    answer("/bvd/v1/usages", 201, "{\"id\": \"x\"}");

    boolean recordedOk =
        api().recordUsage(new Usage(MANDATE, EMPLOYEE, PRINCIPAL, SERVICE, "substantieel"));

    assertTrue(recordedOk);
    Recorded call = recorded.get(recorded.size() - 1);
    assertEquals("/bvd/v1/usages", call.path());
    assertEquals("Bearer token-1", call.authorization());
    assertEquals(
        Map.of(
            "mandateId",
            MANDATE,
            "actor",
            Map.of("type", "KVK", "id", "87654321", "actingSubjectId", "emp-pseudonym-1"),
            "principal",
            Map.of("type", "BSN", "id", "999990019"),
            "service",
            SERVICE,
            "loa",
            "substantieel"),
        lastBody());
  }

  @Test
  void usageWithoutLoaLeavesTheFieldOut() {
    assertFalse(
        BvdApi.usageBody(new Usage(MANDATE, Actor.of(ACTOR), PRINCIPAL, SERVICE, null))
            .containsKey("loa"));
  }

  @Test
  void usageAnsweredWithNoContentCountsAsRecorded() {
    answer("/bvd/v1/usages", 204, "");

    assertTrue(
        api().recordUsage(new Usage(MANDATE, Actor.of(ACTOR), PRINCIPAL, SERVICE, "midden")));
  }

  @Test
  void usageTheRegisterRefusesIsReportedNotThrown() {
    answer("/bvd/v1/usages", 500, "{\"title\":\"down\"}");

    assertFalse(
        api().recordUsage(new Usage(MANDATE, Actor.of(ACTOR), PRINCIPAL, SERVICE, "midden")));
  }

  @Test
  void usageToAnUnreachableRegisterIsReportedNotThrown() throws IOException {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closedPort = socket.getLocalPort();
    }

    assertFalse(
        api("http://127.0.0.1:" + closedPort, Duration.ofSeconds(1))
            .recordUsage(new Usage(MANDATE, Actor.of(ACTOR), PRINCIPAL, SERVICE, "midden")));
  }

  @Test
  void tokenIsCachedAcrossCalls() {
    answer("/bvd/v1/representations", 200, "{\"principals\": []}");
    answer("/bvd/v1/representations", 200, "{\"principals\": []}");

    api().representations(firstPage(ACTOR));
    api().representations(firstPage(ACTOR));

    assertEquals(1, tokensIssued.get());
  }

  @Test
  void rejectedTokenIsRenewedOnce() {
    answer("/bvd/v1/representations", 401, "");
    answer("/bvd/v1/representations", 200, "{\"principals\": []}");

    RepresentationsResult result = api().representations(firstPage(ACTOR));

    assertInstanceOf(RepresentationsResult.Principals.class, result);
    assertEquals(2, tokensIssued.get());
    assertEquals("Bearer token-2", recorded.get(recorded.size() - 1).authorization());
  }

  @Test
  void refusedClientCredentialsMakeTheRegisterUnavailable() {
    answer("/realms/namens/protocol/openid-connect/token", 401, "{\"error\":\"invalid_client\"}");

    assertUnavailable(api().representations(firstPage(ACTOR)), Unavailability.Reason.UNAUTHORIZED);
  }

  @Test
  void missingSecretIsNotConfigured() {
    RegisterConfig config = new RegisterConfig(base(), "namens-bvd-client", Duration.ofSeconds(1));
    BvdTransport transport =
        new SimpleHttpTransport(SimpleHttp.create(httpClient), config.timeout());
    BvdApi api =
        new BvdApi(
            transport,
            config,
            tokenCache.forEndpoint(transport, base() + "/token", "namens-bvd-client", () -> Map.of()));

    assertUnavailable(api.representations(firstPage(ACTOR)), Unavailability.Reason.NOT_CONFIGURED);
  }

  @Test
  void cachedTokenIsRenewedShortlyBeforeExpiry() {
    MutableClock clock = new MutableClock(Instant.parse("2026-03-01T10:00:00Z"));
    ServiceTokenCache cache = new ServiceTokenCache(clock);
    BvdTransport transport =
        new SimpleHttpTransport(SimpleHttp.create(httpClient), Duration.ofSeconds(2));
    ServiceTokens tokens =
        cache.forEndpoint(
            transport,
            base() + "/realms/namens/protocol/openid-connect/token",
            "c",
            () -> Map.of("client_secret", "s"));

    try {
      assertEquals("token-1", tokens.token());
      clock.advance(Duration.ofSeconds(260));
      assertEquals("token-1", tokens.token());
      clock.advance(Duration.ofSeconds(15)); // 275 s of 300: inside the 30 s margin
      assertEquals("token-2", tokens.token());
    } catch (RegisterUnavailableException e) {
      throw new AssertionError(e);
    }
  }

  // --- issue 4: legal kinds, search and paging, capacity ---

  private static final String LEGAL_ID = "7e2f9b7c-4d86-4ca5-b6a7-5b4d3f3ab033";

  private static String legalPrincipal(String kind, String relation, String extra) {
    return """
{"mandateId": "%s", "kind": "%s",
  "principal": {"type": "BSN", "id": "999990184", "displayName": "Ria Ruiters", "birthYear": 1957},
  "relation": "%s", "services": [{"id": "%s", "name": "Belastingaangifte"}],
  "validFrom": "2025-03-01", "requiredLoa": "substantieel"%s}
"""
        .formatted(LEGAL_ID, kind, relation, SERVICE, extra);
  }

  private Representation onlyPrincipal(String principalJson) {
    answer(
        "/bvd/v1/representations", 200, "{\"principals\": [" + principalJson + "], \"total\": 1}");
    return assertInstanceOf(
            RepresentationsResult.Principals.class, api().representations(firstPage(ACTOR)))
        .representations()
        .get(0);
  }

  @Test
  void bewindIsParsedWithTypeSourceLegalBasisAndBirthYear() {
    Representation rep =
        onlyPrincipal(
            legalPrincipal(
                "bewind",
                "beschermingsbewind",
                """
                , "representationType": "urn:namens:1.0:RT:Bewind", "source": "court",
                  "legalBasis": {"law": "BW 1:431", "register": "CCBR",
                    "court": "Rechtbank Midden-Nederland", "decisionDate": "2025-03-01",
                    "decisionId": "C/16/123456", "somethingNew": 1}
                """));

    assertEquals(LEGAL_ID, rep.mandateId());
    assertEquals("bewind", rep.kind());
    assertEquals("beschermingsbewind", rep.relation());
    assertEquals("urn:namens:1.0:RT:Bewind", rep.representationType());
    assertEquals("court", rep.source());
    assertEquals(
        new LegalBasis(
            "BW 1:431",
            "CCBR",
            "Rechtbank Midden-Nederland",
            LocalDate.of(2025, 3, 1),
            "C/16/123456",
            null),
        rep.legalBasis());
    assertEquals(1957, rep.principalBirthYear());
    assertTrue(rep.isLegal());
    assertEquals(null, rep.validUntil());
  }

  @Test
  void parentalAuthorityIsParsed() {
    Representation rep =
        onlyPrincipal(
            legalPrincipal(
                "parental-authority",
                "ouderlijk-gezag",
                """
                , "representationType": "urn:namens:1.0:RT:OuderlijkGezag", "source": "brp",
                  "legalBasis": {"law": "BW 1:245", "register": "BRP"}, "validUntil": "2034-05-09"
                """));

    assertEquals("brp", rep.source());
    assertEquals(new LegalBasis("BW 1:245", "BRP", null, null, null, null), rep.legalBasis());
    assertEquals(LocalDate.of(2034, 5, 9), rep.validUntil());
  }

  @Test
  void curateleAndMentorschapAreParsed() {
    Representation curatele =
        onlyPrincipal(
            legalPrincipal(
                "curatele",
                "curatele",
                ", \"source\": \"court\", \"legalBasis\": {\"law\": \"BW 1:378\"}"));
    Representation mentorschap =
        onlyPrincipal(
            legalPrincipal(
                "mentorschap",
                "mentorschap",
                ", \"source\": \"court\", \"legalBasis\": {\"law\": \"BW 1:450\"}"));

    assertEquals("BW 1:378", curatele.legalBasis().law());
    assertEquals(
        "urn:namens:1.0:RT:Curatele", curatele.effectiveRepresentationType().orElseThrow());
    assertEquals("BW 1:450", mentorschap.legalBasis().law());
    assertEquals(
        "urn:namens:1.0:RT:Mentorschap", mentorschap.effectiveRepresentationType().orElseThrow());
  }

  @Test
  void survivorIsParsedWithoutItsEvidenceReference() {
    Representation rep =
        onlyPrincipal(
            legalPrincipal(
                "survivor",
                "nabestaande",
                """
                , "representationType": "urn:namens:1.0:RT:Nabestaande", "source": "helpdesk",
                  "legalBasis": {"law": "BW 4:144", "evidence": "executele",
                    "evidenceReference": "DEMO-NOT-2026-0042"}
                """));

    assertEquals(new LegalBasis("BW 4:144", null, null, null, null, "executele"), rep.legalBasis());
    assertFalse(rep.toString().contains("DEMO-NOT"));
    assertFalse(String.valueOf(rep.legalBasis()).contains("DEMO-NOT"));
  }

  @Test
  void aRepresentationWithoutTheNewFieldsIsStillUnderstood() {
    Representation rep = onlyPrincipal(legalPrincipal("voluntary", "machtiging", ""));

    assertEquals(null, rep.representationType());
    assertEquals(null, rep.source());
    assertEquals(null, rep.legalBasis());
    assertEquals("urn:namens:1.0:RT:Vrijwillig", rep.effectiveRepresentationType().orElseThrow());
  }

  @Test
  void aLegalBasisThatIsNotAnObjectDropsThatEntry() {
    answer(
        "/bvd/v1/representations",
        200,
        "{\"principals\": ["
            + legalPrincipal("bewind", "x", ", \"legalBasis\": \"BW 1:431\"")
            + "]}");

    assertDropped(api().representations(firstPage(ACTOR)));
  }

  @Test
  void aMalformedDecisionDateDropsThatEntry() {
    answer(
        "/bvd/v1/representations",
        200,
        "{\"principals\": ["
            + legalPrincipal("bewind", "x", ", \"legalBasis\": {\"decisionDate\": \"1 maart\"}")
            + "]}");

    assertDropped(api().representations(firstPage(ACTOR)));
  }

  @Test
  void aMalformedBirthYearDropsThatEntry() {
    answer(
        "/bvd/v1/representations",
        200,
        "{\"principals\": ["
            + legalPrincipal("bewind", "x", "")
                .replace("\"birthYear\": 1957", "\"birthYear\": \"1957-01-01\"")
            + "]}");

    assertDropped(api().representations(firstPage(ACTOR)));
  }

  @Test
  void aRepresentationTypeThatIsNotTextDropsThatEntry() {
    answer(
        "/bvd/v1/representations",
        200,
        "{\"principals\": ["
            + legalPrincipal("bewind", "x", ", \"representationType\": {}")
            + "]}");

    assertDropped(api().representations(firstPage(ACTOR)));
  }

  @Test
  void aPagedSearchSendsSearchOffsetAndLimitAndReadsTheTotal() throws IOException {
    answer("/bvd/v1/representations", 200, "{\"principals\": [], \"total\": 500}");

    RepresentationsResult result =
        api()
            .representations(
                new RepresentationsQuery(
                    Actor.of(ACTOR), SERVICE, new PrincipalSearch("smit", 2016, "0160"), 20, 10));

    assertEquals(500, assertInstanceOf(RepresentationsResult.Principals.class, result).total());
    Map<?, ?> body = lastBody();
    assertEquals(Map.of("name", "smit", "birthYear", 2016, "bsnPart", "0160"), body.get("search"));
    assertEquals(20, body.get("offset"));
    assertEquals(10, body.get("limit"));
  }

  @Test
  void onlyTheGivenSearchCriteriaAreSent() throws IOException {
    answer("/bvd/v1/representations", 200, "{\"principals\": [], \"total\": 0}");

    api()
        .representations(
            new RepresentationsQuery(
                Actor.of(ACTOR), SERVICE, new PrincipalSearch(null, 1984, " "), 0, 10));

    assertEquals(Map.of("birthYear", 1984), lastBody().get("search"));
  }

  @Test
  void aNegativeTotalMakesTheAnswerUnusable() {
    answer("/bvd/v1/representations", 200, "{\"principals\": [], \"total\": -1}");

    assertUnavailable(api().representations(firstPage(ACTOR)), Unavailability.Reason.BAD_RESPONSE);
  }

  @Test
  void capacityAsksAboutTheActorsPartyOnly() throws IOException {
    answer(
        "/bvd/v1/capacity",
        200,
        "{\"mayActForSelf\": true, \"reason\": null, \"representatives\": []}");

    CapacityResult result = api().capacity(EMPLOYEE, SERVICE);

    assertInstanceOf(CapacityResult.Free.class, result);
    Recorded call = recorded.get(recorded.size() - 1);
    assertEquals("/bvd/v1/capacity", call.path());
    assertEquals("Bearer token-1", call.authorization());
    assertEquals(
        Map.of("subject", Map.of("type", "KVK", "id", "87654321"), "service", SERVICE), lastBody());
  }

  @Test
  void incapableCarriesReasonAndRepresentatives() {
    answer(
        "/bvd/v1/capacity",
        200,
        """
{"mayActForSelf": false, "reason": "bewind",
 "representatives": [{"displayName": "Bart Bos", "kind": "bewind"}, {"kind": "bewind"}, "x"]}
""");

    CapacityResult.Incapable incapable =
        assertInstanceOf(CapacityResult.Incapable.class, api().capacity(Actor.of(ACTOR), SERVICE));

    assertEquals("bewind", incapable.reason());
    assertEquals(
        List.of(new CapacityResult.Representative("Bart Bos", "bewind")),
        incapable.representatives());
  }

  @Test
  void incapableWithoutRepresentativesIsStillIncapable() {
    answer("/bvd/v1/capacity", 200, "{\"mayActForSelf\": false}");

    CapacityResult.Incapable incapable =
        assertInstanceOf(CapacityResult.Incapable.class, api().capacity(Actor.of(ACTOR), SERVICE));

    assertEquals(null, incapable.reason());
    assertTrue(incapable.representatives().isEmpty());
  }

  @Test
  void capacityWithoutBooleanIsUnavailable() {
    answer("/bvd/v1/capacity", 200, "{\"mayActForSelf\": \"no\"}");

    assertCapacityUnavailable(Unavailability.Reason.BAD_RESPONSE);
  }

  @Test
  void capacityOfADownRegisterIsUnavailable() {
    answer("/bvd/v1/capacity", 503, "");

    assertCapacityUnavailable(Unavailability.Reason.SERVER_ERROR);
  }

  @Test
  void capacityForAnUnknownServiceIsUnavailable() {
    answer("/bvd/v1/capacity", 404, "{\"status\": 404}");

    assertCapacityUnavailable(Unavailability.Reason.REJECTED);
  }

  @Test
  void capacityRenewsARejectedTokenOnce() {
    answer("/bvd/v1/capacity", 401, "");
    answer("/bvd/v1/capacity", 200, "{\"mayActForSelf\": true}");

    assertInstanceOf(CapacityResult.Free.class, api().capacity(Actor.of(ACTOR), SERVICE));
    assertEquals(2, tokensIssued.get());
  }

  @Test
  void capacityOfAnUnreachableRegisterIsUnavailable() throws IOException {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closedPort = socket.getLocalPort();
    }

    CapacityResult result =
        api("http://127.0.0.1:" + closedPort, Duration.ofSeconds(1))
            .capacity(Actor.of(ACTOR), SERVICE);

    assertEquals(
        Unavailability.Reason.CONNECTION,
        assertInstanceOf(CapacityResult.Unavailable.class, result).why().reason());
  }

  // --- one malformed entry is dropped (and logged), the others are kept ---

  private static final String BAD_ID = "9a1e3c55-0b7d-4f2a-8c6e-2d4f6a8b0c22";

  /** The representation of {@link #legalPrincipal} (bewind) with {@code id}, as a JSON tree. */
  private static ObjectNode bewindEntry(String id) {
    try {
      ObjectNode entry =
          (ObjectNode)
              JsonSerialization.mapper.readTree(
                  legalPrincipal(
                      "bewind",
                      "beschermingsbewind",
                      """
                      , "source": "court", "validUntil": "2029-11-11",
                        "legalBasis": {"law": "BW 1:431", "decisionDate": "2025-03-01"}
                      """));
      entry.put("mandateId", id);
      return entry;
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  private static ObjectNode principalOf(ObjectNode entry) {
    return (ObjectNode) entry.get("principal");
  }

  /** One way each to break an entry, by what is broken (the odd years of the issue among them). */
  private static Map<String, Consumer<ObjectNode>> malformations() {
    Map<String, Consumer<ObjectNode>> broken = new LinkedHashMap<>();
    broken.put("validUntil +99999-12-31", e -> e.put("validUntil", "+99999-12-31"));
    broken.put("validFrom -0001-01-01", e -> e.put("validFrom", "-0001-01-01"));
    broken.put("validUntil 10000-01-01", e -> e.put("validUntil", "10000-01-01"));
    broken.put("validUntil 31-12-2027", e -> e.put("validUntil", "31-12-2027"));
    broken.put("validUntil 2027-02-30", e -> e.put("validUntil", "2027-02-30"));
    broken.put(
        "decisionDate +99999-01-01",
        e -> ((ObjectNode) e.get("legalBasis")).put("decisionDate", "+99999-01-01"));
    broken.put("birthYear 2999", e -> principalOf(e).put("birthYear", 2999));
    broken.put("birthYear 99999", e -> principalOf(e).put("birthYear", 99999));
    broken.put("birthYear 1", e -> principalOf(e).put("birthYear", 1));
    broken.put("no principal", e -> e.remove("principal"));
    broken.put("a principal of an unknown type", e -> principalOf(e).put("type", "SOFI"));
    broken.put("a principal without id", e -> principalOf(e).remove("id"));
    broken.put("no mandateId", e -> e.remove("mandateId"));
    broken.put("a service without id", e -> e.putArray("services").addObject().put("name", "X"));
    broken.put("a legalBasis that is no object", e -> e.put("legalBasis", "BW 1:431"));
    broken.put("a representationType that is no text", e -> e.putObject("representationType"));
    broken.put("an unusable intermediary", e -> e.putObject("intermediary").put("type", "KVK"));
    return broken;
  }

  private static String malformed(Consumer<ObjectNode> breakIt) {
    ObjectNode entry = bewindEntry(BAD_ID);
    breakIt.accept(entry);
    return entry.toString();
  }

  @Test
  void aMalformedEntryIsDroppedAndTheOthersAreKept() {
    String first =
        ONE_PRINCIPAL.substring(ONE_PRINCIPAL.indexOf("[") + 1, ONE_PRINCIPAL.lastIndexOf("]"));
    String last = bewindEntry(LEGAL_ID).toString();
    malformations()
        .forEach(
            (what, breakIt) -> {
              answer(
                  "/bvd/v1/representations",
                  200,
                  "{\"principals\": ["
                      + first
                      + ","
                      + malformed(breakIt)
                      + ","
                      + last
                      + "], \"total\": 3}");

              RepresentationsResult.Principals principals =
                  assertInstanceOf(
                      RepresentationsResult.Principals.class,
                      api().representations(firstPage(ACTOR)),
                      what);
              assertEquals(
                  List.of(MANDATE, LEGAL_ID),
                  principals.representations().stream().map(Representation::mandateId).toList(),
                  what);
              assertEquals(3, principals.total(), what + ": the total is the register's");
            });
  }

  @Test
  void theSameMalformedRepresentationInAnAuthorizationIsStillCannotAnswer() {
    // one representation is the whole answer: there is nothing else to keep
    malformations()
        .forEach(
            (what, breakIt) -> {
              answer(
                  "/bvd/v1/authorizations",
                  200,
                  "{\"authorized\": true, \"representation\": " + malformed(breakIt) + "}");

              AuthorizationResult result =
                  api().authorize(new AuthorizationQuery(ACTOR, PRINCIPAL, SERVICE, BAD_ID));

              assertEquals(
                  Unavailability.Reason.BAD_RESPONSE,
                  assertInstanceOf(AuthorizationResult.Unavailable.class, result, what)
                      .why()
                      .reason(),
                  what);
            });
  }

  @Test
  void anEntryThatIsNotAnObjectIsDropped() {
    answer(
        "/bvd/v1/representations",
        200,
        "{\"principals\": [\"999990019\", 42, null, " + bewindEntry(LEGAL_ID) + "]}");

    RepresentationsResult.Principals principals =
        assertInstanceOf(
            RepresentationsResult.Principals.class, api().representations(firstPage(ACTOR)));
    assertEquals(
        List.of(LEGAL_ID),
        principals.representations().stream().map(Representation::mandateId).toList());
    assertEquals(4, principals.total(), "without a total: the number of entries the register sent");
  }

  @Test
  void aValidDateIsStillReadAsADate() {
    Representation rep =
        onlyPrincipal(bewindEntry(LEGAL_ID).put("validUntil", "9999-12-31").toString());

    assertEquals(LocalDate.of(9999, 12, 31), rep.validUntil());
    assertEquals(LocalDate.of(2025, 3, 1), rep.legalBasis().decisionDate());
  }

  @Test
  void aDroppedEntryIsLoggedWithItsIndexAndReasonAndNoIdentifier() {
    List<LogRecord> records = new ArrayList<>();
    Handler capture =
        new Handler() {
          @Override
          public void publish(LogRecord record) {
            records.add(record);
          }

          @Override
          public void flush() {}

          @Override
          public void close() {}
        };
    java.util.logging.Logger logger = java.util.logging.Logger.getLogger(BvdApi.class.getName());
    logger.addHandler(capture);
    try {
      ObjectNode odd = bewindEntry(BAD_ID);
      principalOf(odd).put("birthYear", 2999);
      answer(
          "/bvd/v1/representations",
          200,
          "{\"principals\": [" + bewindEntry(LEGAL_ID) + "," + odd + "], \"total\": 2}");

      api().representations(firstPage(ACTOR));
    } finally {
      logger.removeHandler(capture);
    }

    List<String> lines =
        records.stream()
            .filter(r -> r.getLevel().intValue() >= Level.WARNING.intValue())
            .map(r -> new SimpleFormatter().formatMessage(r))
            .toList();
    assertEquals(1, lines.size(), String.valueOf(lines));
    String line = lines.get(0);
    assertTrue(line.contains("principals[1]"), line);
    assertTrue(line.contains("birthYear"), line);
    for (String identifier : List.of("999990184", "999991772", BAD_ID, "Ria Ruiters")) {
      assertFalse(line.contains(identifier), line);
    }
  }

  private void assertCapacityUnavailable(Unavailability.Reason reason) {
    CapacityResult result = api().capacity(Actor.of(ACTOR), SERVICE);
    assertEquals(reason, assertInstanceOf(CapacityResult.Unavailable.class, result).why().reason());
  }

  /** The register answered, and its one (malformed) entry was dropped: an empty list. */
  private static void assertDropped(RepresentationsResult result) {
    assertEquals(
        List.of(),
        assertInstanceOf(RepresentationsResult.Principals.class, result).representations());
  }

  private static void assertUnavailable(
      RepresentationsResult result, Unavailability.Reason reason) {
    RepresentationsResult.Unavailable unavailable =
        assertInstanceOf(RepresentationsResult.Unavailable.class, result);
    assertEquals(reason, unavailable.why().reason(), unavailable.why().toString());
  }

  private static final class MutableClock extends Clock {
    private Instant now;

    MutableClock(Instant now) {
      this.now = now;
    }

    void advance(Duration d) {
      now = now.plus(d);
    }

    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
