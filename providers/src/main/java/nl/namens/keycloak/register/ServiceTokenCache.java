package nl.namens.keycloak.register;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.jboss.logging.Logger;
import org.keycloak.util.JsonSerialization;

/**
 * OAuth2 client-credentials tokens for the register, cached per token endpoint and client until
 * shortly before they expire. One instance lives in the provider factory and is shared by all
 * sessions.
 */
final class ServiceTokenCache {

  private static final Logger LOG = Logger.getLogger(ServiceTokenCache.class);

  /** Renew this long before expiry (or at half the lifetime for short-lived tokens). */
  static final Duration MARGIN = Duration.ofSeconds(30);

  private record Cached(String token, Instant renewAt) {}

  private final Clock clock;
  private final Map<String, Cached> tokens = new ConcurrentHashMap<>();

  ServiceTokenCache(Clock clock) {
    this.clock = clock;
  }

  /**
   * Tokens from {@code tokenUrl} for {@code clientId}; its authentication (the form fields of a
   * signed client assertion, or of a secret) is made only when a token must be fetched.
   */
  ServiceTokens forEndpoint(
      BvdTransport transport,
      String tokenUrl,
      String clientId,
      Supplier<Map<String, String>> authentication) {
    String key = tokenUrl + "|" + clientId;
    return new ServiceTokens() {
      @Override
      public String token() throws RegisterUnavailableException {
        Cached cached = tokens.get(key);
        if (cached != null && clock.instant().isBefore(cached.renewAt())) {
          return cached.token();
        }
        Cached fresh = fetch(transport, tokenUrl, clientId, authentication);
        tokens.put(key, fresh);
        return fresh.token();
      }

      @Override
      public void invalidate(String token) {
        tokens.computeIfPresent(key, (k, v) -> v.token().equals(token) ? null : v);
      }
    };
  }

  void clear() {
    tokens.clear();
  }

  private Cached fetch(
      BvdTransport transport,
      String tokenUrl,
      String clientId,
      Supplier<Map<String, String>> authentication)
      throws RegisterUnavailableException {
    Map<String, String> fields = authentication.get();
    if (fields == null || fields.isEmpty()) {
      throw new RegisterUnavailableException(
          Unavailability.Reason.NOT_CONFIGURED,
          "client '" + clientId + "' is missing or has neither a key nor a secret in this realm");
    }
    Map<String, String> form = new LinkedHashMap<>();
    form.put("grant_type", "client_credentials");
    form.put("client_id", clientId);
    form.putAll(fields);
    HttpReply reply;
    try {
      reply = transport.postForm(tokenUrl, form);
    } catch (IOException e) {
      throw RegisterUnavailableException.from(e, "token endpoint");
    }
    if (!reply.isSuccess()) {
      if (reply.status() == 400 || reply.status() == 401) {
        // Keycloak answers invalid_client / unauthorized_client with 400/401
        throw new RegisterUnavailableException(
            Unavailability.Reason.UNAUTHORIZED,
            "token endpoint refused client '" + clientId + "': HTTP " + reply.status());
      }
      throw RegisterUnavailableException.fromStatus(reply.status(), "token endpoint");
    }
    try {
      JsonNode json = JsonSerialization.mapper.readTree(reply.body());
      String token = json == null ? null : json.path("access_token").asText(null);
      if (token == null || token.isEmpty()) {
        throw new RegisterUnavailableException(
            Unavailability.Reason.BAD_RESPONSE, "token endpoint: no access_token");
      }
      long expiresIn = json.path("expires_in").asLong(60);
      Duration lifetime = Duration.ofSeconds(Math.max(expiresIn, 0));
      Duration margin =
          lifetime.compareTo(MARGIN.multipliedBy(2)) < 0 ? lifetime.dividedBy(2) : MARGIN;
      LOG.debugf("obtained register token for client %s, valid %d s", clientId, expiresIn);
      return new Cached(token, clock.instant().plus(lifetime).minus(margin));
    } catch (IOException e) {
      throw new RegisterUnavailableException(
          Unavailability.Reason.BAD_RESPONSE, "token endpoint: not JSON");
    }
  }
}
