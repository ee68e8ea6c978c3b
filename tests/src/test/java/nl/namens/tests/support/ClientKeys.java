package nl.namens.tests.support;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWEAlgorithm;
import com.nimbusds.jose.crypto.RSADecrypter;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.jwt.EncryptedJWT;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.oauth2.sdk.auth.PrivateKeyJWT;
import com.nimbusds.oauth2.sdk.id.ClientID;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.http.HttpEntityEnclosingRequest;
import org.apache.http.HttpRequest;
import org.apache.http.HttpResponse;
import org.apache.http.HttpRequestInterceptor;
import org.apache.http.NameValuePair;
import org.apache.http.client.entity.UrlEncodedFormEntity;
import org.apache.http.client.utils.URLEncodedUtils;
import org.apache.http.entity.ContentType;
import org.apache.http.entity.StringEntity;
import org.apache.http.impl.client.CloseableHttpClient;
import org.apache.http.impl.client.HttpClientBuilder;
import org.apache.http.message.BasicNameValuePair;
import org.apache.http.protocol.HttpContext;
import org.apache.http.protocol.HttpCoreContext;
import org.apache.http.util.EntityUtils;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.testframework.oauth.OAuthClient;

/**
 * The test service providers' keys: a signing and an encryption key (RSA) generated per test run (never written
 * anywhere), their public halves registered on every {@code it-} client copy ({@code jwks.string}). The test
 * framework's {@link OAuthClient} knows only client secrets and plain tokens; {@link #signing(OAuthClient)} gives it
 * an HTTP client that does what a service provider's OIDC library does (Nimbus): a fresh {@code private_key_jwt}
 * assertion on each form it posts for a client without a secret, and the ID token and userinfo the broker
 * encrypted to the client (services allowed BSNs) decrypted, userinfo's signature verified, before the test reads
 * them. {@code OidcLibraryClientIT} does the same with the library alone.
 */
public final class ClientKeys {

  public static final JWSAlgorithm ALGORITHM = JWSAlgorithm.PS256;

  private static final RSAKey KEY = generate();
  private static final RSAKey ENCRYPTION_KEY = generateEncryptionKey();
  private static final CloseableHttpClient SIGNING_HTTP =
      HttpClientBuilder.create()
          .addInterceptorFirst(ClientKeys::addAssertion)
          .addInterceptorFirst(ClientKeys::decrypt)
          .build();
  private static final DefaultJWTProcessor<SecurityContext> USERINFO_VERIFIER = userInfoVerifier();

  private ClientKeys() {}

  private static RSAKey generate() {
    try {
      return new RSAKeyGenerator(2048)
          .keyUse(KeyUse.SIGNATURE)
          .algorithm(ALGORITHM)
          .keyID("it-" + UUID.randomUUID())
          .generate();
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
  }

  private static RSAKey generateEncryptionKey() {
    try {
      return new RSAKeyGenerator(2048)
          .keyUse(KeyUse.ENCRYPTION)
          .algorithm(JWEAlgorithm.RSA_OAEP_256)
          .keyID("it-enc-" + UUID.randomUUID())
          .generate();
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
  }

  private static DefaultJWTProcessor<SecurityContext> userInfoVerifier() {
    DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
    try {
      processor.setJWSKeySelector(
          new JWSVerificationKeySelector<>(
              JWSAlgorithm.PS256,
              JWKSourceBuilder.create(
                      URI.create(RealmJson.KEYCLOAK_URL + "/realms/namens/protocol/openid-connect/certs").toURL())
                  .build()));
    } catch (java.net.MalformedURLException e) {
      throw new IllegalStateException(e);
    }
    processor.setJWTClaimsSetVerifier(null); // userinfo has no exp; the issuer is checked by the tests' claims
    return processor;
  }

  /** The key of the test service providers (private: for tests that sign assertions or request objects). */
  public static RSAKey key() {
    return KEY;
  }

  /** The public JWK set a test client registers: its signing and its encryption key. */
  public static String publicJwks() {
    return new JWKSet(List.of(KEY.toPublicJWK(), ENCRYPTION_KEY.toPublicJWK())).toString();
  }

  /** Makes {@code client} a {@code private_key_jwt} client of the test key (no secret). */
  public static void register(ClientRepresentation client) {
    client.setClientAuthenticatorType("client-jwt");
    client.setSecret(null);
    Map<String, String> attributes = client.getAttributes();
    attributes.put("use.jwks.url", "false");
    attributes.remove("jwks.url");
    attributes.put("use.jwks.string", "true");
    attributes.put("jwks.string", publicJwks());
  }

  /** A fresh signed client assertion for {@code clientId}, audience the broker realm's issuer. */
  public static String assertion(String clientId) {
    try {
      return new PrivateKeyJWT(
              new ClientID(clientId),
              URI.create(RealmJson.KEYCLOAK_URL + "/realms/namens"),
              ALGORITHM,
              KEY.toRSAPrivateKey(),
              KEY.getKeyID(),
              null)
          .getClientAssertion()
          .serialize();
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * From now on {@code oauth} authenticates its client with a signed assertion when it has no secret (a client
   * registered with a secret, as a test of the refusal, keeps sending it).
   */
  public static OAuthClient signing(OAuthClient oauth) {
    if (oauth.config().getClientSecret() == null) {
      oauth.httpClient().set(SIGNING_HTTP);
    }
    return oauth;
  }

  /** The path of a request to one of the broker realm's OIDC endpoints (relative once routed); else null. */
  private static String brokerEndpoint(HttpRequest request) {
    if (request == null) {
      return null;
    }
    String path = URI.create(request.getRequestLine().getUri()).getPath();
    return path != null && path.startsWith("/realms/namens/protocol/openid-connect/") ? path : null;
  }

  /**
   * Decrypts, in a token endpoint answer, an encrypted {@code id_token} to the signed JWT inside; in a userinfo
   * answer ({@code application/jwt}, encrypted and signed), to its verified claims as JSON.
   */
  private static void decrypt(HttpResponse response, HttpContext context) throws IOException {
    HttpRequest request = (HttpRequest) context.getAttribute(HttpCoreContext.HTTP_REQUEST);
    String path = brokerEndpoint(request);
    if (path == null || response.getEntity() == null) {
      return;
    }
    try {
      if (path.endsWith("/token")) {
        String body = EntityUtils.toString(response.getEntity(), StandardCharsets.UTF_8);
        response.setEntity(new StringEntity(body, ContentType.APPLICATION_JSON));
        Map<String, Object> json = JSONObjectUtils.parse(body);
        Object idToken = json.get("id_token");
        if (idToken instanceof String jwt && jwt.split("\\.").length == 5) {
          EncryptedJWT encrypted = EncryptedJWT.parse(jwt);
          encrypted.decrypt(new RSADecrypter(ENCRYPTION_KEY));
          json.put("id_token", encrypted.getPayload().toString());
          response.setEntity(new StringEntity(JSONObjectUtils.toJSONString(json), ContentType.APPLICATION_JSON));
        }
      } else if (path.endsWith("/userinfo")
          && response.getEntity().getContentType() != null
          && response.getEntity().getContentType().getValue().startsWith("application/jwt")) {
        EncryptedJWT encrypted = EncryptedJWT.parse(EntityUtils.toString(response.getEntity(), StandardCharsets.UTF_8));
        encrypted.decrypt(new RSADecrypter(ENCRYPTION_KEY));
        JWTClaimsSet claims = USERINFO_VERIFIER.process(encrypted.getPayload().toSignedJWT(), null);
        response.setEntity(
            new StringEntity(JSONObjectUtils.toJSONString(claims.toJSONObject()), ContentType.APPLICATION_JSON));
        response.setHeader("Content-Type", ContentType.APPLICATION_JSON.toString());
        response.removeHeaders("Content-Length");
      }
    } catch (java.text.ParseException | JOSEException | BadJOSEException e) {
      throw new IOException("cannot decrypt what the broker encrypted to the test client: " + e.getMessage(), e);
    }
  }

  /**
   * Adds {@code client_assertion} to a form posted to the broker realm that names a {@code client_id} and carries no
   * other client authentication (no secret, no assertion, no Authorization header).
   */
  private static void addAssertion(HttpRequest request, HttpContext context) throws IOException {
    if (!(request instanceof HttpEntityEnclosingRequest post)
        || brokerEndpoint(request) == null
        || request.containsHeader("Authorization")
        || post.getEntity() == null) {
      return;
    }
    List<NameValuePair> form = new ArrayList<>(URLEncodedUtils.parse(post.getEntity()));
    String clientId = null;
    for (NameValuePair pair : form) {
      switch (pair.getName()) {
        case "client_secret", "client_assertion":
          return;
        case "client_id":
          clientId = pair.getValue();
          break;
        default:
          break;
      }
    }
    if (clientId == null || !clientId.startsWith("it-")) {
      return;
    }
    form.add(
        new BasicNameValuePair(
            "client_assertion_type", "urn:ietf:params:oauth:client-assertion-type:jwt-bearer"));
    form.add(new BasicNameValuePair("client_assertion", assertion(clientId)));
    post.setEntity(new UrlEncodedFormEntity(form, StandardCharsets.UTF_8));
  }
}
