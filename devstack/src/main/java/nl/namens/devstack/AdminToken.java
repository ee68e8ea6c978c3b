package nl.namens.devstack;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * {@code ./namens admin-token}: an access token of the administrators' client ({@value #CLIENT}) for the register's
 * admin API, by client credentials with a {@code private_key_jwt} assertion (RS256, nimbus-jose-jwt) signed with the
 * administrators' key — the broker accepts no client secret. Prints the token on standard output, so that
 * {@code TOKEN=$(./namens admin-token)} works; errors go to standard error with exit status 1.
 *
 * <pre>
 * ./namens admin-token [--key FILE] [--kid KID] [--client ID] [--realm URL]
 * </pre>
 *
 * Defaults: the demo key of realm-config ({@value #DEMO_KEY}, kid {@value #DEMO_KID}) and the run's broker realm
 * ({@value #DEMO_REALM}).
 */
public final class AdminToken {

  public static final String CLIENT = "namens-register-admin";
  public static final String DEMO_KEY = "realm-config/src/main/resources/demo-admin-client-key.pem";
  public static final String DEMO_KID = "namens-admin-demo";
  public static final String DEMO_REALM = "http://localhost:8180/realms/namens";

  private static final Duration ASSERTION_LIFETIME = Duration.ofSeconds(60);
  private static final Set<String> OPTIONS = Set.of("--key", "--kid", "--client", "--realm");

  private AdminToken() {}

  public static void main(String[] args) {
    Path root = Path.of(System.getProperty("namens.root", "."));
    Map<String, String> options;
    try {
      options = options(args);
    } catch (IllegalArgumentException e) {
      System.err.println("namens admin-token: " + e.getMessage());
      System.err.println("usage: ./namens admin-token [--key FILE] [--kid KID] [--client ID] [--realm URL]");
      System.exit(2);
      return;
    }
    try {
      PrivateKey key = readKey(root.resolve(options.getOrDefault("--key", DEMO_KEY)));
      System.out.println(
          request(
              options.getOrDefault("--realm", DEMO_REALM),
              options.getOrDefault("--client", CLIENT),
              options.getOrDefault("--kid", DEMO_KID),
              key));
    } catch (IOException | GeneralSecurityException | IllegalStateException e) {
      System.err.println("namens admin-token: " + e.getMessage());
      System.exit(1);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      System.exit(1);
    }
  }

  /** {@code --name value} pairs, each name one of {@link #OPTIONS} at most once. */
  static Map<String, String> options(String[] args) {
    Map<String, String> options = new LinkedHashMap<>();
    for (int i = 0; i < args.length; i += 2) {
      if (!OPTIONS.contains(args[i])) {
        throw new IllegalArgumentException("unknown option " + args[i]);
      }
      if (i + 1 >= args.length || args[i + 1].isBlank()) {
        throw new IllegalArgumentException(args[i] + " needs a value");
      }
      if (options.put(args[i], args[i + 1]) != null) {
        throw new IllegalArgumentException(args[i] + " given twice");
      }
    }
    return options;
  }

  /** The access token of {@code clientId} at {@code realmUrl}, authenticated by an assertion signed with {@code key}. */
  public static String request(String realmUrl, String clientId, String kid, PrivateKey key)
      throws IOException, InterruptedException {
    String tokenEndpoint = realmUrl + "/protocol/openid-connect/token";
    String form =
        "grant_type=client_credentials"
            + "&client_id=" + URLEncoder.encode(clientId, StandardCharsets.UTF_8)
            + "&client_assertion_type="
            + URLEncoder.encode("urn:ietf:params:oauth:client-assertion-type:jwt-bearer", StandardCharsets.UTF_8)
            + "&client_assertion=" + assertion(clientId, kid, key, tokenEndpoint);
    HttpResponse<String> response;
    try {
      response =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(URI.create(tokenEndpoint))
                      .timeout(Duration.ofSeconds(30))
                      .header("Content-Type", "application/x-www-form-urlencoded")
                      .POST(HttpRequest.BodyPublishers.ofString(form))
                      .build(),
                  HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IOException("cannot reach the broker at " + tokenEndpoint + " (" + e + ")", e);
    }
    try {
      Map<String, Object> body = JSONObjectUtils.parse(response.body());
      if (response.statusCode() == 200 && body.get("access_token") instanceof String token) {
        return token;
      }
      throw new IllegalStateException(
          "the broker refused: " + response.statusCode() + " " + body.get("error") + " "
              + body.getOrDefault("error_description", ""));
    } catch (ParseException e) {
      throw new IllegalStateException("the broker answered " + response.statusCode() + " without JSON");
    }
  }

  /** RFC 7523 client assertion: issuer and subject the client, audience the token endpoint, one minute, unique id. */
  static String assertion(String clientId, String kid, PrivateKey key, String tokenEndpoint) {
    Instant now = Instant.now();
    SignedJWT jwt =
        new SignedJWT(
            new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(kid).build(),
            new JWTClaimsSet.Builder()
                .issuer(clientId)
                .subject(clientId)
                .audience(tokenEndpoint)
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(ASSERTION_LIFETIME)))
                .jwtID(UUID.randomUUID().toString())
                .build());
    try {
      jwt.sign(new RSASSASigner(key));
    } catch (JOSEException e) {
      throw new IllegalStateException("cannot sign the client assertion: " + e.getMessage(), e);
    }
    return jwt.serialize();
  }

  /** An RSA private key from a PKCS#8 PEM file ({@code -----BEGIN PRIVATE KEY-----}); comment lines before it allowed. */
  public static PrivateKey readKey(Path pem) throws IOException, GeneralSecurityException {
    String text = Files.readString(pem, StandardCharsets.US_ASCII);
    int begin = text.indexOf("-----BEGIN PRIVATE KEY-----");
    int end = text.indexOf("-----END PRIVATE KEY-----");
    if (begin < 0 || end < begin) {
      throw new GeneralSecurityException(pem + " holds no PKCS#8 private key (-----BEGIN PRIVATE KEY-----)");
    }
    byte[] der =
        Base64.getMimeDecoder().decode(text.substring(begin + "-----BEGIN PRIVATE KEY-----".length(), end));
    return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der));
  }
}
