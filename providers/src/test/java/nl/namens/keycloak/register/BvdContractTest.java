package nl.namens.keycloak.register;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.StreamSupport;
import nl.namens.identifiers.RepresentationKind;
import org.apache.http.impl.client.CloseableHttpClient;
import org.apache.http.impl.client.HttpClients;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.keycloak.http.simple.SimpleHttp;

/**
 * The broker's side of the contract with the register: for every representation kind, the
 * register's real answers in {@code contract/bvd/<kind>.json} (written and compared by the
 * register's {@code BvdContractTest}, contract/README.md) are served over HTTP and parsed by the
 * broker's {@link BvdApi}, and every member the register sends is either read into the
 * {@link Representation} as sent or on the list of members the broker knowingly ignores. A member
 * the register adds, renames or retypes fails here until the broker decides what it means.
 */
class BvdContractTest {

  /** The golden files, from the providers module's directory (the tests' working directory). */
  private static final Path CONTRACT = Path.of("..", "contract", "bvd");

  private static final ObjectMapper JSON = new ObjectMapper();

  /** Members of a representation the broker reads. */
  private static final Set<String> READ =
      Set.of(
          "mandateId",
          "kind",
          "principal",
          "relation",
          "services",
          "validFrom",
          "validUntil",
          "requiredLoa",
          "intermediary",
          "representationType",
          "source",
          "legalBasis");

  private static final Set<String> PARTY = Set.of("type", "id", "displayName", "birthYear");
  private static final Set<String> SERVICE = Set.of("id", "name");

  /** {@code evidenceReference} is sent for survivor mandates and never read (least data). */
  private static final Set<String> LEGAL_BASIS =
      Set.of("law", "register", "court", "decisionDate", "decisionId", "evidence", "evidenceReference");

  private HttpServer server;
  private CloseableHttpClient httpClient;
  private volatile Map<String, String> answers = Map.of();

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

  private void handle(HttpExchange exchange) throws IOException {
    exchange.getRequestBody().readAllBytes();
    String path = exchange.getRequestURI().getPath();
    String body =
        path.endsWith("/protocol/openid-connect/token")
            ? "{\"access_token\":\"t\",\"expires_in\":300}"
            : answers.get(path);
    byte[] bytes = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", "application/json");
    exchange.sendResponseHeaders(body == null ? 404 : 200, bytes.length == 0 ? -1 : bytes.length);
    if (bytes.length > 0) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(bytes);
      }
    }
    exchange.close();
  }

  private BvdApi api() {
    String base = "http://127.0.0.1:" + server.getAddress().getPort();
    Duration timeout = Duration.ofSeconds(5);
    BvdTransport transport = new SimpleHttpTransport(SimpleHttp.create(httpClient), timeout);
    ServiceTokens tokens =
        new ServiceTokenCache(Clock.systemUTC())
            .forEndpoint(
                transport,
                base + "/realms/namens/protocol/openid-connect/token",
                "namens-bvd-client",
                () -> java.util.Map.of("client_secret", "contract"));
    return new BvdApi(transport, new RegisterConfig(base + "/", "namens-bvd-client", timeout), tokens);
  }

  @ParameterizedTest
  @EnumSource(RepresentationKind.class)
  void theBrokerReadsTheRegistersAnswerForEveryKind(RepresentationKind kind) throws IOException {
    JsonNode file = JSON.readTree(Files.readString(CONTRACT.resolve(kind.code() + ".json")));
    assertEquals(kind.code(), file.path("kind").asText(), "the file's kind");
    JsonNode sent = file.path("representations").path("principals").get(0);
    answers =
        Map.of(
            "/bvd/v1/representations", file.get("representations").toString(),
            "/bvd/v1/authorizations", file.get("authorizations").toString());

    Party actor = new Party(nl.namens.identifiers.SubjectType.BSN, "999990019");
    String service = sent.path("services").get(0).path("id").asText();
    RepresentationsResult.Principals page =
        assertInstanceOf(
            RepresentationsResult.Principals.class,
            api().representations(new RepresentationsQuery(Actor.of(actor), service, null, 0, 10)));
    assertEquals(1, page.representations().size(), "no entry dropped");
    assertEquals(file.path("representations").path("total").asInt(), page.total());
    Representation read = page.representations().get(0);

    assertAllMembersKnown(sent);
    assertReadAsSent(kind, sent, read);

    Party principal = read.principal();
    AuthorizationResult.Authorized authorized =
        assertInstanceOf(
            AuthorizationResult.Authorized.class,
            api().authorize(new AuthorizationQuery(Actor.of(actor), principal, service, read.mandateId())));
    assertAllMembersKnown(file.path("authorizations").path("representation"));
    assertEquals(read, authorized.representation(), "the authorization names the same relation");
  }

  private static void assertReadAsSent(RepresentationKind kind, JsonNode sent, Representation read) {
    assertEquals(sent.path("mandateId").asText(), read.mandateId());
    assertEquals(kind, read.knownKind().orElseThrow(), "a kind the broker knows");
    JsonNode principal = sent.path("principal");
    assertEquals(
        Party.of(principal.path("type").asText(), principal.path("id").asText()).orElseThrow(),
        read.principal());
    assertEquals(principal.path("displayName").asText(), read.principalDisplayName());
    assertEquals(
        principal.has("birthYear") ? principal.get("birthYear").asInt() : null,
        read.principalBirthYear());
    assertEquals(kind.relation(), read.relation());
    assertEquals(
        StreamSupport.stream(sent.path("services").spliterator(), false)
            .map(s -> new ServiceRef(s.path("id").asText(), s.path("name").asText()))
            .toList(),
        read.services());
    assertEquals(date(sent, "validFrom"), read.validFrom());
    assertEquals(date(sent, "validUntil"), read.validUntil());
    assertTrue(read.requiredLevel().isPresent(), "a level of assurance the broker knows");
    assertEquals(sent.path("requiredLoa").asText(), read.requiredLevel().orElseThrow().code());
    assertEquals(kind.representationType(), read.effectiveRepresentationType().orElseThrow());
    assertEquals(kind.isLegal(), read.isLegal());
    if (kind == RepresentationKind.CHAIN) {
      JsonNode intermediary = sent.path("intermediary");
      assertEquals(
          Party.of(intermediary.path("type").asText(), intermediary.path("id").asText()),
          read.chainIntermediary());
      assertEquals(intermediary.path("displayName").asText(), read.intermediaryDisplayName());
    } else {
      assertTrue(read.chainIntermediary().isEmpty());
    }
    if (kind.isLegal()) {
      assertEquals(kind.source(), read.source());
      JsonNode basis = sent.path("legalBasis");
      assertEquals(basis.path("law").asText(), read.legalBasis().law());
      assertEquals(text(basis, "register"), read.legalBasis().register());
      assertEquals(text(basis, "court"), read.legalBasis().court());
      assertEquals(date(basis, "decisionDate"), read.legalBasis().decisionDate());
      assertEquals(text(basis, "decisionId"), read.legalBasis().decisionId());
      assertEquals(text(basis, "evidence"), read.legalBasis().evidence());
    } else {
      assertNull(read.legalBasis());
      assertNull(read.source());
    }
  }

  private static void assertAllMembersKnown(JsonNode representation) {
    List<String> unknown = new ArrayList<>();
    unknownMembers(representation, READ, "", unknown);
    unknownMembers(representation.path("principal"), PARTY, "principal.", unknown);
    unknownMembers(representation.path("intermediary"), PARTY, "intermediary.", unknown);
    unknownMembers(representation.path("legalBasis"), LEGAL_BASIS, "legalBasis.", unknown);
    for (JsonNode s : representation.path("services")) {
      unknownMembers(s, SERVICE, "services[].", unknown);
    }
    assertEquals(List.of(), unknown, "members the broker does not read");
  }

  private static void unknownMembers(JsonNode node, Set<String> known, String prefix, List<String> out) {
    for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!known.contains(name)) {
        out.add(prefix + name);
      }
    }
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? null : value.asText();
  }

  private static LocalDate date(JsonNode node, String field) {
    String value = text(node, field);
    return value == null ? null : LocalDate.parse(value);
  }
}
