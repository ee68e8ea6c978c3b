package nl.namens.tests.support;

import com.nimbusds.jose.JOSEException;
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
import org.apache.http.HttpRequestInterceptor;
import org.apache.http.NameValuePair;
import org.apache.http.client.entity.UrlEncodedFormEntity;
import org.apache.http.client.utils.URLEncodedUtils;
import org.apache.http.impl.client.CloseableHttpClient;
import org.apache.http.impl.client.HttpClientBuilder;
import org.apache.http.message.BasicNameValuePair;
import org.apache.http.protocol.HttpContext;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.testframework.oauth.OAuthClient;

/**
 * The test service providers' keys: one RSA key generated per test run (never written anywhere), its public half
 * registered on every {@code it-} client copy ({@code jwks.string}), its private half signing a fresh
 * {@code private_key_jwt} assertion (Nimbus) for each call a test client makes to the broker realm's endpoints,
 * as a service provider's OIDC library does. The test framework's {@link OAuthClient} knows only client secrets:
 * {@link #signing(OAuthClient)} gives it an HTTP client that adds the assertion to each form it posts for a
 * client without a secret.
 */
public final class ClientKeys {

  public static final JWSAlgorithm ALGORITHM = JWSAlgorithm.PS256;

  private static final RSAKey KEY = generate();
  private static final CloseableHttpClient SIGNING_HTTP =
      HttpClientBuilder.create().addInterceptorFirst(ClientKeys::addAssertion).build();

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

  /** The key of the test service providers (private: for tests that sign assertions or request objects). */
  public static RSAKey key() {
    return KEY;
  }

  /** The public JWK set a test client registers. */
  public static String publicJwks() {
    return new JWKSet(KEY.toPublicJWK()).toString();
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

  /**
   * Adds {@code client_assertion} to a form posted to the broker realm that names a {@code client_id} and carries no
   * other client authentication (no secret, no assertion, no Authorization header).
   */
  private static void addAssertion(HttpRequest request, HttpContext context) throws IOException {
    String path = URI.create(request.getRequestLine().getUri()).getPath(); // relative once routed
    if (!(request instanceof HttpEntityEnclosingRequest post)
        || path == null
        || !path.startsWith("/realms/namens/protocol/openid-connect/")
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
