package nl.namens.bench;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWEAlgorithm;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.util.JSONObjectUtils;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import nl.namens.devstack.ClusterNode;
import nl.namens.devstack.Ports;
import nl.namens.devstack.AdminToken;
import nl.namens.devstack.EmbeddedDatabase;
import nl.namens.devstack.KeycloakDistribution;
import nl.namens.devstack.LoadBalancer;
import nl.namens.devstack.RegisterProcess;
import nl.namens.identifiers.Bsn;

/**
 * The stack the login bench drives, started the way {@code ClusterFailoverIT} starts it (production mode): one
 * embedded PostgreSQL server with Keycloak's database beside the register's; Keycloak node 1 from the distribution
 * zip ({@code kc.sh start}, {@code --db=postgres}) with the providers, simulators and themes, importing the three
 * realms; the register (fast-jar) with the demo data; optionally node 2, clustered with node 1 ({@code jdbc-ping});
 * and {@link LoadBalancer} as the one hostname in front of them. All on free loopback ports.
 */
final class LoginStack implements AutoCloseable {

  /** Afvalpas's and Belastingaangifte's service ids in the demo catalogue (namens-realm.json). */
  static final String AFVALPAS = "5b1e2c64-0f55-4b8e-9d0a-3a1f2b3c4d03";

  static final String BELASTING = "5b1e2c64-0f55-4b8e-9d0a-3a1f2b3c4d01";
  /** Petra Pauw, the professional bewindvoerder of test-logins.md (nobody in the demo data). */
  static final String PETRA_BSN = "999990275";

  private final LoginOptions options;
  private final Consumer<String> log;
  private final Path work;
  private final RSAKey signingKey;
  private final RSAKey encryptionKey;
  private EmbeddedDatabase database;
  private KeycloakDistribution node1;
  private KeycloakDistribution node2;
  private RegisterProcess register;
  private LoadBalancer proxy;
  private String hostname;
  private String callback;
  private long registerPid = -1;

  /** With the acting-for step and the claim mapping: Afvalpas (services + the represents mapping). */
  VirtualUser.Client acting;
  /** The same client without namens.services and without the service scope: no acting-for step, no mapping. */
  VirtualUser.Client plain;
  /** Belastingaangifte, where Petra's bewind and Jan's mandate for Bea are offered. */
  VirtualUser.Client picker;

  LoginStack(LoginOptions options, Consumer<String> log) {
    this.options = options;
    this.log = log;
    this.work = options.out().resolve("work");
    try {
      this.signingKey =
          new RSAKeyGenerator(2048).keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.PS256)
              .keyID("bench-" + UUID.randomUUID()).generate();
      this.encryptionKey =
          new RSAKeyGenerator(2048).keyUse(KeyUse.ENCRYPTION).algorithm(JWEAlgorithm.RSA_OAEP_256)
              .keyID("bench-enc-" + UUID.randomUUID()).generate();
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
  }

  void start(boolean secondNode) throws IOException, java.sql.SQLException {
    Files.createDirectories(work);
    Path registerJar = options.root().resolve("register/target/quarkus-app/quarkus-run.jar");
    requireFile(registerJar, "the register's fast-jar: mvn -B -q package -DskipTests -pl register -am");
    database = EmbeddedDatabase.startFresh();
    try (Connection connection = database.connect();
        Statement statement = connection.createStatement()) {
      statement.execute("create database keycloak"); // Keycloak's schema beside the register's, one server
    }
    int proxyPort = Ports.free();
    hostname = "http://localhost:" + proxyPort;
    callback = "http://localhost:" + Ports.free() + "/callback"; // never called: the driver stops at the redirect
    acting = new VirtualUser.Client("bench-acting", "openid urn:uuid:" + AFVALPAS, signingKey);
    plain = new VirtualUser.Client("bench-plain", "openid", signingKey);
    picker = new VirtualUser.Client("bench-picker", "openid urn:uuid:" + BELASTING, signingKey);
    Path realm = realmWithBenchClients();
    int registerPort = Ports.free();
    int[] clusterPorts = Ports.clusterTransport(2);
    node1 = node(1, realm, registerPort, clusterPorts[0]);
    node2 = secondNode ? node(2, realm, registerPort, clusterPorts[1]) : null;
    proxy = LoadBalancer.start(proxyPort, secondNode ? List.of(node1.baseUrl(), node2.baseUrl()) : List.of(node1.baseUrl()));
    log.accept("  Keycloak node 1 (kc.sh start, PostgreSQL) behind " + hostname + " ...");
    long started = System.nanoTime();
    node1.start();
    log.accept(String.format("  node 1 up in %.0f s; the register ...", (System.nanoTime() - started) / 1e9));
    register =
        RegisterProcess.builder(registerJar)
            .port(registerPort)
            .managementPort(Ports.free())
            .database(database)
            .keycloakUrl(hostname)
            .demoData(options.root().resolve("realm-config/src/main/resources/demo-data.json"))
            .clientKey(Files.readString(
                options.root().resolve("realm-config/src/main/resources/demo-register-client-key.pem"),
                StandardCharsets.US_ASCII))
            .logFile(work.resolve("register.log"))
            .startTimeout(Duration.ofMinutes(3))
            .build();
    register.start();
    if (secondNode) {
      log.accept("  Keycloak node 2 ...");
      started = System.nanoTime();
      node2.start();
      log.accept(String.format("  node 2 up in %.0f s", (System.nanoTime() - started) / 1e9));
    }
  }

  String hostname() {
    return hostname;
  }

  String callback() {
    return callback;
  }

  LoadBalancer proxy() {
    return proxy;
  }

  boolean clustered() {
    return node2 != null;
  }

  /** CPU milliseconds used so far: {node 1, node 2, register, PostgreSQL}. */
  double[] cpu() {
    return new double[] {
      keycloakCpuMs(node1),
      node2 == null ? 0 : keycloakCpuMs(node2),
      CpuProbe.treeMs(registerPid()),
      CpuProbe.treeMs(CpuProbe.postgresPid(database.port()))
    };
  }

  /**
   * The register's JVM: the descendant running the register's fast-jar (Keycloak runs a {@code quarkus-run.jar}
   * too, so the name alone is not enough).
   */
  private long registerPid() {
    if (registerPid < 0) {
      registerPid =
          ProcessHandle.current()
              .descendants()
              .filter(p -> p.info().commandLine().orElse("").contains("register/target/quarkus-app/quarkus-run.jar"))
              .mapToLong(ProcessHandle::pid)
              .findFirst()
              .orElseThrow(() -> new IllegalStateException("the register's process was not found"));
    }
    return registerPid;
  }

  /** Node {@code n}'s log, for the report's pointers. */
  Path keycloakLog(int n) {
    return n == 1 ? node1.logFile() : node2.logFile();
  }

  /**
   * Petra becomes the court-appointed bewindvoerder of {@code count} clients: court records through the register's
   * import API (batches of 100, as the tests send them), with an administrators' token from the broker realm.
   */
  void importPetrasClients(int count) throws IOException, InterruptedException {
    String token;
    try {
      token =
          AdminToken.request(
              hostname + "/realms/namens", AdminToken.CLIENT, AdminToken.DEMO_KID,
              AdminToken.readKey(options.root().resolve(AdminToken.DEMO_KEY)));
    } catch (java.security.GeneralSecurityException e) {
      throw new IOException("the demo administrators' key", e);
    }
    HttpClient http = HttpClient.newHttpClient();
    List<String> bsns = bsns(99970000, count);
    int taken = 0;
    for (int from = 0; from < count; from += 100) {
      List<Map<String, Object>> rows = new ArrayList<>();
      for (int i = from; i < Math.min(count, from + 100); i++) {
        int client = i + 1;
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("externalId", String.format("bench-petra-%04d", client));
        row.put("kind", "bewind");
        row.put("representedBsn", bsns.get(i));
        row.put("representativeBsn", PETRA_BSN);
        row.put("court", "Rechtbank Midden-Nederland");
        row.put("decisionDate", LocalDate.of(2024, 1, 1).plusDays(client % 365).toString());
        row.put("decisionId", String.format("C/16/%06d / BW RK 24-%04d", 570000 + client, client));
        row.put("representedName", String.format("Cliënt %04d Achternaam%04d", client, client));
        row.put("representativeName", "Petra Pauw");
        rows.add(row);
      }
      HttpResponse<String> response =
          http.send(
              HttpRequest.newBuilder(URI.create(register.baseUrl() + "/admin/v1/legal/imports/court"))
                  .header("Authorization", "Bearer " + token)
                  .header("Content-Type", "application/json")
                  .timeout(Duration.ofSeconds(60))
                  .POST(HttpRequest.BodyPublishers.ofString(JSONObjectUtils.toJSONString(Map.of("rows", rows))))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        throw new IOException("court import: HTTP " + response.statusCode() + " " + response.body());
      }
      try {
        Map<String, Object> report = JSONObjectUtils.parse(response.body());
        taken += ((Number) report.get("applied")).intValue() + ((Number) report.get("unchanged")).intValue();
      } catch (java.text.ParseException | RuntimeException e) {
        throw new IOException("court import: unexpected report " + response.body(), e);
      }
    }
    if (taken != count) {
      throw new IOException("court import: " + taken + " of " + count + " rows taken");
    }
  }

  /** The first {@code count} valid BSNs from an eight-digit prefix up (the 11-proef fixes the ninth digit). */
  private static List<String> bsns(int firstEightDigits, int count) {
    List<String> bsns = new ArrayList<>(count);
    for (int prefix = firstEightDigits; bsns.size() < count; prefix++) {
      for (int check = 0; check <= 9; check++) {
        String bsn = String.format("%08d%d", prefix, check);
        if (Bsn.isValid(bsn)) {
          bsns.add(bsn);
          break;
        }
      }
    }
    return bsns;
  }

  // --- the parts ---

  private KeycloakDistribution node(int number, Path realm, int registerPort, int clusterPort) throws IOException {
    return ClusterNode.builder(
            options.root(),
            options.root().resolve("bench/target/login-keycloak/node-" + number),
            realm,
            hostname,
            "http://localhost:" + registerPort,
            database,
            clusterPort)
        .environment("JAVA_OPTS_KC_HEAP", "-Xms" + options.heap() + " -Xmx" + options.heap())
        .logFile(work.resolve("keycloak-" + number + ".log"))
        .build();
  }

  /**
   * The broker realm with three service providers of the bench, all with the bench's keys and callback: a copy of
   * demo-afvalpas ({@code bench-acting}), the same without services and service scope ({@code bench-plain}, as
   * the tests' {@code ServiceClients.NoService}) and a copy of demo-belastingaangifte ({@code bench-picker}).
   */
  @SuppressWarnings("unchecked")
  private Path realmWithBenchClients() throws IOException {
    Path source = options.root().resolve("realm-config/src/main/resources/realms/namens-realm.json");
    Map<String, Object> realm;
    try {
      realm = JSONObjectUtils.parse(Files.readString(source, StandardCharsets.UTF_8), -1);
    } catch (java.text.ParseException e) {
      throw new IOException(source + ": " + e.getMessage(), e);
    }
    List<Object> clients = new ArrayList<>((List<Object>) realm.get("clients"));
    Map<String, Object> afvalpas = client(clients, "demo-afvalpas");
    Map<String, Object> belasting = client(clients, "demo-belastingaangifte");
    clients.add(benchCopy(afvalpas, acting.clientId(), false));
    clients.add(benchCopy(afvalpas, plain.clientId(), true));
    clients.add(benchCopy(belasting, picker.clientId(), false));
    realm.put("clients", clients);
    Path file = work.resolve("namens-realm.json");
    Files.writeString(file, JSONObjectUtils.toJSONString(realm), StandardCharsets.UTF_8);
    return file;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> client(List<Object> clients, String clientId) {
    return clients.stream()
        .map(c -> (Map<String, Object>) c)
        .filter(c -> clientId.equals(c.get("clientId")))
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("no client " + clientId + " in the broker realm"));
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> benchCopy(Map<String, Object> demo, String clientId, boolean withoutService) {
    Map<String, Object> copy = new LinkedHashMap<>(demo);
    copy.remove("id");
    copy.put("clientId", clientId);
    copy.put("name", clientId + " (bench)");
    copy.put("redirectUris", List.of(callback));
    Map<String, Object> attributes = new LinkedHashMap<>((Map<String, Object>) demo.get("attributes"));
    attributes.remove("jwks.url");
    attributes.put("use.jwks.url", "false");
    attributes.put("use.jwks.string", "true");
    attributes.put("jwks.string",
        new JWKSet(List.of(signingKey.toPublicJWK(), encryptionKey.toPublicJWK())).toString());
    if (withoutService) {
      attributes.remove("namens.services");
      copy.put("optionalClientScopes", List.of());
    }
    copy.put("attributes", attributes);
    return copy;
  }


  /** Missing jars, as a sentence, or null: for callers that would rather skip than fail. */
  static String missingJars(Path root) {
    List<String> missing = new ArrayList<>();
    for (String module : List.of("providers", "simulators", "themes")) {
      try {
        ClusterNode.moduleJar(root, module); // the jar a node will load, found the way it finds it
      } catch (IOException | IllegalStateException e) {
        missing.add(module + "/target/" + module + "-*.jar");
      }
    }
    if (!Files.isRegularFile(root.resolve("register/target/quarkus-app/quarkus-run.jar"))) {
      missing.add("register/target/quarkus-app/quarkus-run.jar");
    }
    try {
      KeycloakDistribution.locateDistributionZip(root.resolve("devstack/target"), KeycloakDistribution.builtForVersion());
    } catch (RuntimeException e) {
      missing.add("the Keycloak distribution zip");
    }
    return missing.isEmpty() ? null : String.join(", ", missing);
  }

  /** The Keycloak JVM(s) of one installation: processes under this one whose command line names its home. */
  private static double keycloakCpuMs(KeycloakDistribution node) {
    String home = node.home().toString();
    return ProcessHandle.current()
        .descendants()
        .filter(p -> {
          String line = p.info().commandLine().orElse("");
          return line.contains(home) && line.contains("java");
        })
        .mapToDouble(p -> CpuProbe.ownMs(p.pid()))
        .sum();
  }
  private static void requireFile(Path file, String how) {
    if (!Files.isRegularFile(file)) {
      throw new IllegalStateException(file + " not found: " + how);
    }
  }

  @Override
  public void close() {
    for (AutoCloseable part : new AutoCloseable[] {node2, node1, register, proxy, database}) {
      try {
        if (part != null) {
          part.close();
        }
      } catch (Exception e) {
        log.accept("  could not stop " + part + ": " + e.getMessage());
      }
    }
  }
}
