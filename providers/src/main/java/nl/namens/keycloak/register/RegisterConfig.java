package nl.namens.keycloak.register;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.keycloak.Config;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.provider.ProviderConfigurationBuilder;

/**
 * SPI configuration of the BVD client ({@code --spi-namens-register--default--<key>}), read once at
 * start.
 */
final class RegisterConfig {

  static final String URL = "url";
  static final String CLIENT_ID = "client-id";
  static final String TIMEOUT_MS = "timeout-ms";
  static final String TOKEN_URL = "token-url";

  static final String DEFAULT_URL = "http://localhost:8281";
  static final String DEFAULT_CLIENT_ID = "namens-bvd-client";
  static final int DEFAULT_TIMEOUT_MS = 2000;

  static final List<ProviderConfigProperty> PROPERTIES =
      ProviderConfigurationBuilder.create()
          .property()
          .name(URL)
          .type(ProviderConfigProperty.STRING_TYPE)
          .label("Register URL")
          .helpText("Base URL of the mandate register (its BVD API lives under /bvd/v1).")
          .defaultValue(DEFAULT_URL)
          .add()
          .property()
          .name(CLIENT_ID)
          .type(ProviderConfigProperty.STRING_TYPE)
          .label("Client id")
          .helpText(
              "Confidential client in the same realm whose service account calls the register;"
                  + " a client-jwt client gets an assertion signed with the realm's RS256 key.")
          .defaultValue(DEFAULT_CLIENT_ID)
          .add()
          .property()
          .name(TOKEN_URL)
          .type(ProviderConfigProperty.STRING_TYPE)
          .label("Token URL")
          .helpText(
              "The broker realm's token endpoint as the register knows its issuer, e.g."
                  + " https://broker.example/realms/namens/protocol/openid-connect/token. Required:"
                  + " the client's credentials are posted only here, never to a URL taken from a request.")
          .add()
          .property()
          .name(TIMEOUT_MS)
          .type(ProviderConfigProperty.INTEGER_TYPE)
          .label("Timeout (ms)")
          .helpText("Connect and read timeout; on timeout the register cannot answer.")
          .defaultValue(DEFAULT_TIMEOUT_MS)
          .add()
          .build();

  private final String baseUrl;
  private final String tokenUrl;
  private final String clientId;
  private final Duration timeout;

  RegisterConfig(String baseUrl, String clientId, Duration timeout) {
    this(baseUrl, null, clientId, timeout);
  }

  RegisterConfig(String baseUrl, String tokenUrl, String clientId, Duration timeout) {
    this.baseUrl = normalize(baseUrl);
    this.tokenUrl = tokenUrl == null || tokenUrl.isBlank() ? null : absolute(tokenUrl.trim());
    this.clientId = clientId == null || clientId.isBlank() ? DEFAULT_CLIENT_ID : clientId.trim();
    this.timeout =
        timeout == null || timeout.isNegative() || timeout.isZero()
            ? Duration.ofMillis(DEFAULT_TIMEOUT_MS)
            : timeout;
  }

  static RegisterConfig from(Config.Scope scope) {
    if (scope == null) {
      return new RegisterConfig(null, null, null);
    }
    Integer ms = scope.getInt(TIMEOUT_MS, DEFAULT_TIMEOUT_MS);
    return new RegisterConfig(
        scope.get(URL, DEFAULT_URL),
        scope.get(TOKEN_URL),
        scope.get(CLIENT_ID, DEFAULT_CLIENT_ID),
        Duration.ofMillis(ms == null ? DEFAULT_TIMEOUT_MS : ms));
  }

  private static String normalize(String url) {
    String u = url == null || url.isBlank() ? DEFAULT_URL : url.trim();
    while (u.endsWith("/")) {
      u = u.substring(0, u.length() - 1);
    }
    return absolute(u);
  }

  private static String absolute(String url) {
    URI parsed = URI.create(url);
    if (parsed.getScheme() == null || parsed.getHost() == null) {
      throw new IllegalArgumentException("namens-register: not an absolute URL: " + url);
    }
    return url;
  }

  /** Base URL without a trailing slash. */
  String baseUrl() {
    return baseUrl;
  }

  String representationsUrl() {
    return baseUrl + "/bvd/v1/representations";
  }

  String authorizationsUrl() {
    return baseUrl + "/bvd/v1/authorizations";
  }

  String usagesUrl() {
    return baseUrl + "/bvd/v1/usages";
  }

  String capacityUrl() {
    return baseUrl + "/bvd/v1/capacity";
  }

  String serviceUseUrl() {
    return baseUrl + "/bvd/v1/service-use";
  }

  /** The configured token endpoint; null when not configured (then no call is made). */
  String tokenUrl() {
    return tokenUrl;
  }

  String clientId() {
    return clientId;
  }

  Duration timeout() {
    return timeout;
  }

  @Override
  public String toString() {
    return "url="
        + baseUrl
        + ", token-url="
        + (tokenUrl == null ? "(not set)" : tokenUrl)
        + ", client-id="
        + clientId
        + ", timeout-ms="
        + timeout.toMillis();
  }
}
