package nl.namens.keycloak.register;

import java.util.Map;
import java.util.UUID;
import org.keycloak.OAuth2Constants;
import org.keycloak.authentication.authenticators.client.JWTClientAuthenticator;
import org.keycloak.common.util.Time;
import org.keycloak.crypto.Algorithm;
import org.keycloak.crypto.AsymmetricSignatureSignerContext;
import org.keycloak.crypto.KeyUse;
import org.keycloak.crypto.KeyWrapper;
import org.keycloak.jose.jws.JWSBuilder;
import org.keycloak.models.ClientModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.representations.JsonWebToken;

/**
 * How the broker's BVD client proves itself at the token endpoint: with {@code private_key_jwt}
 * (OAuth NL GOV) when the client is a {@code client-jwt} client, signing the assertion with the
 * realm's own active RS256 key (Keycloak's key and JWS machinery); the client's {@code jwks.url} is
 * the realm's own certs endpoint, so there is no secret and no extra key to manage. A client still
 * configured with a secret (a realm from before) sends it. Empty: no such client, or a public one.
 */
final class ClientAuthentication {

  /** An assertion is good for this long; it is used once, right away. */
  static final int LIFETIME_SECONDS = 60;

  private ClientAuthentication() {}

  static Map<String, String> of(
      KeycloakSession session, RealmModel realm, ClientModel client, String tokenUrl) {
    if (client == null || client.isPublicClient()) {
      return Map.of();
    }
    if (JWTClientAuthenticator.PROVIDER_ID.equals(client.getClientAuthenticatorType())) {
      KeyWrapper key = session.keys().getActiveKey(realm, KeyUse.SIG, Algorithm.RS256);
      return Map.of(
          OAuth2Constants.CLIENT_ASSERTION_TYPE,
          OAuth2Constants.CLIENT_ASSERTION_TYPE_JWT,
          OAuth2Constants.CLIENT_ASSERTION,
          assertion(key, client.getClientId(), tokenUrl));
    }
    String secret = client.getSecret();
    return secret == null || secret.isEmpty()
        ? Map.of()
        : Map.of(OAuth2Constants.CLIENT_SECRET, secret);
  }

  static String assertion(KeyWrapper key, String clientId, String tokenUrl) {
    long now = Time.currentTime();
    JsonWebToken jwt = new JsonWebToken();
    jwt.id(UUID.randomUUID().toString());
    jwt.issuer(clientId);
    jwt.subject(clientId);
    jwt.audience(tokenUrl);
    jwt.iat(now);
    jwt.nbf(now);
    jwt.exp(now + LIFETIME_SECONDS);
    return new JWSBuilder()
        .type("JWT")
        .kid(key.getKid())
        .jsonContent(jwt)
        .sign(new AsymmetricSignatureSignerContext(key));
  }
}
