package nl.namens.tests.support;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.namens.devstack.AdminToken;
import nl.namens.devstack.RepositoryRoot;
import org.keycloak.util.JsonSerialization;

/**
 * Arranges data in the register through its own admin API, authenticated the way every caller is: a client
 * credentials token of the broker realm's {@code namens-register-admin} service account.
 */
public final class RegisterAdmin {

  /** Rows per import request: 100 rows stay well below the register's 64 KiB limit on request bodies. */
  private static final int IMPORT_BATCH = 100;

  // HTTP/1.1: no h2c upgrade attempt, which the register may answer with GOAWAY on large or refused bodies
  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  public String createMandate(
      String principalType,
      String principalId,
      String representativeType,
      String representativeId,
      List<String> services,
      LocalDate validFrom,
      LocalDate validUntil) {
    Map<String, Object> body =
        Map.of(
            "principal", Map.of("type", principalType, "id", principalId),
            "representative", Map.of("type", representativeType, "id", representativeId),
            "services", services,
            "validFrom", validFrom.toString(),
            "validUntil", validUntil.toString(),
            "status", "active");
    JsonNode created = send("POST", "/admin/v1/mandates", body, 201);
    return created.get("id").asText();
  }

  public void ensureParty(String type, String id, String displayName) {
    HttpResponse<String> response =
        raw("POST", "/admin/v1/parties", Map.of("type", type, "id", id, "displayName", displayName));
    if (response.statusCode() != 201 && response.statusCode() != 409) {
      throw new AssertionError("party: " + response.statusCode() + " " + response.body());
    }
  }

  /** A mandate as the register holds it ({@code GET /admin/v1/mandates/{id}}). */
  public JsonNode mandate(String mandateId) {
    return send("GET", "/admin/v1/mandates/" + mandateId, null, 200);
  }

  /**
   * The BRP deaths feed reports {@code bsn}'s death on {@code diedOn} ({@code POST
   * /admin/v1/legal/imports/brp-deaths}); the register ends the person's open voluntary mandates. The same row
   * twice is unchanged. Returns the register's report.
   */
  public JsonNode recordDeath(String bsn, LocalDate diedOn) {
    Map<String, Object> row =
        Map.of("externalId", "IT-OVL-" + bsn + "-" + diedOn, "bsn", bsn, "dateOfDeath", diedOn.toString());
    JsonNode report = send("POST", "/admin/v1/legal/imports/brp-deaths", Map.of("rows", List.of(row)), 200);
    if (report.path("rejected").asInt() != 0) {
      throw new AssertionError("death not taken: " + report);
    }
    return report;
  }

  public void revoke(String mandateId) {
    send("POST", "/admin/v1/mandates/" + mandateId + "/revoke", null, 200);
  }

  /**
   * Registers a survivor mandate ({@code POST /admin/v1/survivor-mandates}, the helpdesk's body) and returns its id.
   *
   * @param role {@code executor} or {@code heir}
   * @param evidenceType {@code executele} or {@code verklaring-van-erfrecht}
   */
  public String registerSurvivorMandate(
      String deceasedBsn, String holderBsn, String role, String evidenceType, String reference, List<String> services) {
    Map<String, Object> body =
        Map.of(
            "deceased", Map.of("type", "BSN", "id", deceasedBsn),
            "holder", Map.of("type", "BSN", "id", holderBsn),
            "role", role,
            "evidence", Map.of("type", evidenceType, "reference", reference),
            "services", services);
    return send("POST", "/admin/v1/survivor-mandates", body, 201).get("id").asText();
  }

  /** A survivor mandate as the register holds it ({@code GET /admin/v1/survivor-mandates/{id}}). */
  public JsonNode survivorMandate(String id) {
    return send("GET", "/admin/v1/survivor-mandates/" + id, null, 200);
  }

  /** Ends a survivor mandate: {@code reason} {@code settled} (estate settled) or {@code revoked}. */
  public void endSurvivorMandate(String id, String reason) {
    send("POST", "/admin/v1/survivor-mandates/" + id + "/end", Map.of("reason", reason), 200);
  }

  /**
   * Sets the register's "today" ({@code PUT /admin/v1/clock}; the time of day runs on). Only answered when the
   * register runs with {@code NAMENS_CLOCK_ADJUSTABLE=true}, as {@link RegisterStack} starts it. Undo with
   * {@link #resetClock()} (in {@code @AfterEach} or {@code finally}): the register is shared by every test of the run.
   */
  public void setToday(LocalDate today) {
    expect("PUT", "/admin/v1/clock", Map.of("today", today.toString()), 200, 204);
  }

  /** Back to real time ({@code DELETE /admin/v1/clock}). */
  public void resetClock() {
    expect("DELETE", "/admin/v1/clock", null, 200, 204);
  }

  /** Parental authority rows, as the BRP feed sends them ({@code POST /admin/v1/legal/imports/brp}). */
  public ImportReport importBrp(List<LegalRow> rows) {
    return importRows("brp", rows);
  }

  /** Curatele, bewind and mentorschap rows ({@code POST /admin/v1/legal/imports/court}). */
  public ImportReport importCourt(List<LegalRow> rows) {
    return importRows("court", rows);
  }

  /**
   * Sends the rows in batches of {@link #IMPORT_BATCH} (the register takes request bodies of at most 64 KiB) and adds
   * up the reports.
   */
  private ImportReport importRows(String source, List<LegalRow> rows) {
    ImportReport total = new ImportReport(0, 0, 0, 0, "");
    for (int from = 0; from < rows.size(); from += IMPORT_BATCH) {
      List<LegalRow> batch = rows.subList(from, Math.min(rows.size(), from + IMPORT_BATCH));
      Map<String, Object> body = Map.of("rows", batch.stream().map(LegalRow::toJson).toList());
      JsonNode report = send("POST", "/admin/v1/legal/imports/" + source, body, 200);
      total =
          new ImportReport(
              total.received() + count(report, "received"),
              total.applied() + count(report, "applied"),
              total.unchanged() + count(report, "unchanged"),
              total.rejected() + count(report, "rejected"),
              total.json().isEmpty() ? report.toString() : total.json() + ", " + report);
    }
    return total;
  }

  private static int count(JsonNode report, String field) {
    if (!report.path(field).canConvertToInt()) {
      throw new AssertionError("import report without " + field + ": " + report);
    }
    return report.get(field).asInt();
  }

  /**
   * The register's answer to an import, added up over its batches: {@code received}, {@code applied} (created,
   * corrected or terminated), {@code unchanged} and {@code rejected} rows; {@code json} holds the register's reports
   * (rejection reasons name fields, never a BSN).
   */
  public record ImportReport(int received, int applied, int unchanged, int rejected, String json) {

    /** Fails the test unless all {@code expected} rows were taken (applied now or already held). */
    public ImportReport requireAllTaken(int expected) {
      if (received != expected || rejected != 0 || applied + unchanged != expected) {
        throw new AssertionError("import of " + expected + " rows: " + json);
      }
      return this;
    }
  }

  /**
   * Sends the broker's first question to a freshly started register (token check with the realm's keys, database,
   * JIT), so that a test's first login is not the one that meets the broker's short register timeout. Best effort:
   * any answer will do, failures are left to the tests.
   */
  public void warmUpBvd() {
    try {
      String token = bvdClientToken();
      String body =
          JsonSerialization.writeValueAsString(
              Map.of(
                  "actor", Map.of("type", "BSN", "id", DemoServices.JAN),
                  "service", DemoServices.BELASTINGAANGIFTE));
      for (int i = 0; i < 3; i++) {
        http.send(
            HttpRequest.newBuilder(URI.create(RegisterStack.URL + "/bvd/v1/representations"))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build(),
            HttpResponse.BodyHandlers.discarding());
      }
    } catch (IOException | RuntimeException | AssertionError e) {
      // the tests will say what is wrong
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void expect(String method, String path, Object body, int... expected) {
    HttpResponse<String> response = raw(method, path, body);
    for (int status : expected) {
      if (response.statusCode() == status) {
        return;
      }
    }
    throw new AssertionError(method + " " + path + ": " + response.statusCode() + " " + response.body());
  }

  private JsonNode send(String method, String path, Object body, int expected) {
    HttpResponse<String> response = raw(method, path, body);
    if (response.statusCode() != expected) {
      throw new AssertionError(method + " " + path + ": " + response.statusCode() + " " + response.body());
    }
    try {
      return JsonSerialization.readValue(response.body(), JsonNode.class);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Any admin call with the administrator's token, its answer as it came (status and body). */
  public HttpResponse<String> call(String method, String path, Object body) {
    return raw(method, path, body);
  }

  private HttpResponse<String> raw(String method, String path, Object body) {
    try {
      HttpRequest.Builder request =
          HttpRequest.newBuilder(URI.create(RegisterStack.URL + path))
              .header("Authorization", "Bearer " + adminToken())
              .header("Content-Type", "application/json");
      request.method(
          method,
          body == null
              ? HttpRequest.BodyPublishers.noBody()
              : HttpRequest.BodyPublishers.ofString(JsonSerialization.writeValueAsString(body)));
      return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /**
   * A token of the administrators' client ({@code namens-register-admin}), got the way {@code ./namens admin-token}
   * gets it ({@link AdminToken}): an assertion signed with the demo administrators' key of realm-config.
   */
  public String adminToken() {
    try {
      return AdminToken.request(
          RealmJson.KEYCLOAK_URL + "/realms/namens",
          AdminToken.CLIENT,
          AdminToken.DEMO_KID,
          AdminToken.readKey(RepositoryRoot.find().resolve(AdminToken.DEMO_KEY)));
    } catch (IOException | java.security.GeneralSecurityException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /**
   * A token of the broker's own BVD client ({@code namens-bvd-client}), authenticated as the broker does it: a
   * {@code private_key_jwt} assertion signed with the realm's RS256 key (here the demo realm's published key from
   * realm-config; the client's {@code jwks.url} is the realm's own certs endpoint).
   */
  public String bvdClientToken() {
    try {
      String pem =
          RealmJson.load("namens").getComponents().get("org.keycloak.keys.KeyProvider").stream()
              .filter(c -> "rsa-demo".equals(c.getName()))
              .findFirst()
              .orElseThrow()
              .getConfig()
              .getFirst("privateKey");
      String kid =
          com.nimbusds.jose.jwk.JWKSet.load(
                  URI.create(RealmJson.KEYCLOAK_URL + "/realms/namens/protocol/openid-connect/certs").toURL())
              .getKeys()
              .stream()
              .filter(k -> "RS256".equals(String.valueOf(k.getAlgorithm())) && "sig".equals(String.valueOf(k.getKeyUse())))
              .findFirst()
              .orElseThrow()
              .getKeyID();
      return keyedToken("namens-bvd-client", pem, kid);
    } catch (IOException | java.text.ParseException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * A token of the register's notifier ({@code namens-register-notifier}), as the register gets it: an assertion
   * signed with the register's client key (the demo key of realm-config, kid {@code namens-register-demo}).
   */
  public String notifierToken() {
    try (java.io.InputStream in = RegisterAdmin.class.getResourceAsStream("/demo-register-client-key.pem")) {
      return keyedToken(
          "namens-register-notifier",
          new String(in.readAllBytes(), StandardCharsets.US_ASCII),
          "namens-register-demo");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A client credentials token for a {@code private_key_jwt} client: an RS256 assertion under {@code kid}. */
  private String keyedToken(String clientId, String pkcs8Pem, String kid) {
    String tokenUrl = RealmJson.KEYCLOAK_URL + "/realms/namens/protocol/openid-connect/token";
    try {
      String body =
          pkcs8Pem.substring(pkcs8Pem.indexOf("-----BEGIN PRIVATE KEY-----"))
              .replace("-----BEGIN PRIVATE KEY-----", "")
              .replace("-----END PRIVATE KEY-----", "");
      java.security.PrivateKey key =
          java.security.KeyFactory.getInstance("RSA")
              .generatePrivate(new java.security.spec.PKCS8EncodedKeySpec(java.util.Base64.getMimeDecoder().decode(body)));
      java.util.Date now = new java.util.Date();
      com.nimbusds.jwt.SignedJWT assertion =
          new com.nimbusds.jwt.SignedJWT(
              new com.nimbusds.jose.JWSHeader.Builder(com.nimbusds.jose.JWSAlgorithm.RS256).keyID(kid).build(),
              new com.nimbusds.jwt.JWTClaimsSet.Builder()
                  .issuer(clientId)
                  .subject(clientId)
                  .audience(tokenUrl)
                  .issueTime(now)
                  .expirationTime(new java.util.Date(now.getTime() + 60_000))
                  .jwtID(java.util.UUID.randomUUID().toString())
                  .build());
      assertion.sign(new com.nimbusds.jose.crypto.RSASSASigner(key));
      return requestToken(
          clientId,
          "client_assertion_type="
              + URLEncoder.encode("urn:ietf:params:oauth:client-assertion-type:jwt-bearer", StandardCharsets.UTF_8)
              + "&client_assertion="
              + assertion.serialize());
    } catch (IOException | com.nimbusds.jose.JOSEException | java.security.GeneralSecurityException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** {@code authentication}: the client authentication form fields, URL-encoded. */
  private String requestToken(String clientId, String authentication) throws IOException, InterruptedException {
    String form =
        "grant_type=client_credentials&client_id="
            + URLEncoder.encode(clientId, StandardCharsets.UTF_8)
            + "&"
            + authentication;
    HttpRequest request =
        HttpRequest.newBuilder(
                URI.create(RealmJson.KEYCLOAK_URL + "/realms/namens/protocol/openid-connect/token"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form))
            .build();
    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new AssertionError("admin token: " + response.statusCode() + " " + response.body());
    }
    return JsonSerialization.readValue(response.body(), JsonNode.class).get("access_token").asText();
  }
}
