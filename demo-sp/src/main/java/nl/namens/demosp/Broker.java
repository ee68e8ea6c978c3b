package nl.namens.demosp;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.JWEDecryptionKeySelector;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTParser;
import com.nimbusds.langtag.LangTag;
import com.nimbusds.langtag.LangTagException;
import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.nimbusds.oauth2.sdk.AuthorizationGrant;
import com.nimbusds.oauth2.sdk.ErrorObject;
import com.nimbusds.oauth2.sdk.GeneralException;
import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.RefreshTokenGrant;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.http.HTTPRequest;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.oauth2.sdk.token.RefreshToken;
import com.nimbusds.openid.connect.sdk.AuthenticationRequest;
import com.nimbusds.openid.connect.sdk.LogoutRequest;
import com.nimbusds.openid.connect.sdk.Nonce;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponse;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponseParser;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;
import com.nimbusds.openid.connect.sdk.token.OIDCTokens;
import com.nimbusds.openid.connect.sdk.validators.IDTokenValidator;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The broker realm as seen by the demo clients: discovery (fetched when first needed, then kept),
 * authorization requests with PKCE/state/nonce, the token endpoint (code and refresh grants), ID
 * token validation against the realm's JWKS (decrypted first where the broker encrypts it), and RP-initiated logout. The clients authenticate
 * with {@code private_key_jwt} ({@link ClientKey}).
 */
final class Broker {
  private static final int TIMEOUT_MS = 10_000;

  private final DemoConfig config;
  private final ClientKey key;
  private volatile OIDCProviderMetadata metadata;
  private final Map<String, IDTokenValidator> validators = new ConcurrentHashMap<>();

  Broker(DemoConfig config, ClientKey key) {
    this.config = config;
    this.key = key;
  }

  /** Keycloak did not answer as expected (not running, realm missing, bad discovery document). */
  static final class UnavailableException extends Exception {
    private static final long serialVersionUID = 1L;

    UnavailableException(String message, Throwable cause) {
      super(message, cause);
    }
  }

  /** Outcome of a token request: tokens and validated ID token claims, or an OAuth error. */
  record TokenResult(
      String idToken,
      String refreshToken,
      Map<String, Object> claims,
      String error,
      String errorDescription) {
    boolean ok() {
      return error == null;
    }

    static TokenResult failed(String error, String description) {
      return new TokenResult(null, null, null, error, description);
    }
  }

  OIDCProviderMetadata metadata() throws UnavailableException {
    OIDCProviderMetadata current = metadata;
    if (current == null) {
      synchronized (this) {
        current = metadata;
        if (current == null) {
          try {
            current =
                OIDCProviderMetadata.resolve(new Issuer(config.issuer()), TIMEOUT_MS, TIMEOUT_MS);
          } catch (IOException | GeneralException e) {
            throw new UnavailableException(
                "discovery of " + config.issuer() + " failed: " + e.getMessage(), e);
          }
          metadata = current;
        }
      }
    }
    return current;
  }

  /** The URL to send the browser to for a login at this service. */
  URI authorizationRequest(
      DemoService service, State state, Nonce nonce, CodeVerifier verifier, String language)
      throws UnavailableException {
    AuthenticationRequest.Builder request =
        new AuthenticationRequest.Builder(
                new ResponseType(ResponseType.Value.CODE),
                new Scope("openid", service.serviceScope()),
                new ClientID(service.clientId()),
                config.callbackUri(service))
            .endpointURI(metadata().getAuthorizationEndpointURI())
            .state(state)
            .nonce(nonce)
            .codeChallenge(verifier, CodeChallengeMethod.S256);
    try {
      request.uiLocales(List.of(new LangTag(language)));
    } catch (LangTagException e) {
      // no ui_locales then
    }
    return request.build().toURI();
  }

  TokenResult exchangeCode(
      DemoService service, AuthorizationCode code, CodeVerifier verifier, Nonce nonce)
      throws UnavailableException {
    return tokenRequest(
        service,
        new AuthorizationCodeGrant(code, config.callbackUri(service), verifier),
        nonce,
        null);
  }

  /** Refresh grant; the nonce is not checked again, a missing new ID token keeps none. */
  TokenResult refresh(DemoService service, String refreshToken) throws UnavailableException {
    return tokenRequest(
        service, new RefreshTokenGrant(new RefreshToken(refreshToken)), null, refreshToken);
  }

  private TokenResult tokenRequest(
      DemoService service, AuthorizationGrant grant, Nonce nonce, String previousRefreshToken)
      throws UnavailableException {
    OIDCProviderMetadata provider = metadata();
    TokenRequest request =
        new TokenRequest(
            provider.getTokenEndpointURI(),
            key.assertion(service.clientId(), provider.getTokenEndpointURI()),
            grant);
    TokenResponse response;
    try {
      HTTPRequest http = request.toHTTPRequest();
      http.setConnectTimeout(TIMEOUT_MS);
      http.setReadTimeout(TIMEOUT_MS);
      response = OIDCTokenResponseParser.parse(http.send());
    } catch (IOException e) {
      throw new UnavailableException("token request failed: " + e.getMessage(), e);
    } catch (ParseException e) {
      return TokenResult.failed("invalid_response", e.getMessage());
    }
    if (!response.indicatesSuccess()) {
      ErrorObject error = response.toErrorResponse().getErrorObject();
      return TokenResult.failed(
          error.getCode() == null ? "HTTP " + error.getHTTPStatusCode() : error.getCode(),
          error.getDescription());
    }
    OIDCTokens tokens = ((OIDCTokenResponse) response.toSuccessResponse()).getOIDCTokens();
    String refreshToken =
        tokens.getRefreshToken() != null
            ? tokens.getRefreshToken().getValue()
            : previousRefreshToken;
    String idTokenString = tokens.getIDTokenString();
    if (idTokenString == null) {
      return new TokenResult(null, refreshToken, null, null, null);
    }
    try {
      JWT idToken = JWTParser.parse(idTokenString);
      // the validated claims: an encrypted ID token's own payload is the signed JWT inside
      Map<String, Object> claims =
          validator(service, provider).validate(idToken, nonce).toJWTClaimsSet().toJSONObject();
      return new TokenResult(idTokenString, refreshToken, claims, null, null);
    } catch (java.text.ParseException
        | ParseException
        | com.nimbusds.jose.proc.BadJOSEException
        | com.nimbusds.jose.JOSEException e) {
      return TokenResult.failed("invalid_id_token", e.getMessage());
    }
  }

  private IDTokenValidator validator(DemoService service, OIDCProviderMetadata provider) {
    return validators.computeIfAbsent(
        service.clientId(),
        clientId -> {
          try {
            URL jwks = provider.getJWKSetURI().toURL();
            return new IDTokenValidator(
                provider.getIssuer(),
                new ClientID(clientId),
                new JWSVerificationKeySelector<>(
                    JWSAlgorithm.PS256, JWKSourceBuilder.create(jwks).build()),
                new JWEDecryptionKeySelector<>(
                    ClientKey.KEY_ENCRYPTION,
                    ClientKey.CONTENT_ENCRYPTION,
                    new ImmutableJWKSet<>(new JWKSet(key.encryption()))));
          } catch (java.net.MalformedURLException e) {
            throw new IllegalStateException("bad jwks_uri " + provider.getJWKSetURI(), e);
          }
        });
  }

  /** RP-initiated logout at the broker, returning to this service's logged-out page. */
  URI logoutRequest(DemoService service, String idToken, State state, String language)
      throws UnavailableException {
    URI endSession = metadata().getEndSessionEndpointURI();
    JWT hint = null;
    try {
      hint = idToken == null ? null : JWTParser.parse(idToken);
    } catch (java.text.ParseException e) {
      // logout without hint
    }
    List<LangTag> locales = null;
    try {
      locales = List.of(new LangTag(language));
    } catch (LangTagException e) {
      // none
    }
    return new LogoutRequest(
            endSession,
            hint,
            null,
            new ClientID(service.clientId()),
            config.loggedOutUri(service),
            state,
            locales)
        .toURI();
  }
}
