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
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.keycloak.util.JsonSerialization;

/**
 * Arranges data in the register through its own admin API, authenticated the way every caller is: a client
 * credentials token of the broker realm's {@code namens-register-admin} service account.
 */
public final class RegisterAdmin {

  private final HttpClient http = HttpClient.newHttpClient();

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

  public void revoke(String mandateId) {
    send("POST", "/admin/v1/mandates/" + mandateId + "/revoke", null, 200);
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

  private String adminToken() throws IOException, InterruptedException {
    return serviceAccountToken("namens-register-admin", "admin-demo-secret");
  }

  /** A client credentials token of one of the broker realm's service accounts (demo secrets). */
  public String serviceAccountToken(String clientId, String secret) {
    try {
      return requestToken(clientId, secret);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private String requestToken(String clientId, String secret) throws IOException, InterruptedException {
    String form =
        "grant_type=client_credentials&client_id="
            + URLEncoder.encode(clientId, StandardCharsets.UTF_8)
            + "&client_secret="
            + URLEncoder.encode(secret, StandardCharsets.UTF_8);
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
