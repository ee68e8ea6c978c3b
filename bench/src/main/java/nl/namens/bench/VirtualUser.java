package nl.namens.bench;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
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
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.namens.devstack.LoadBalancer;

/**
 * One person at one browser, without a browser: the JDK {@code HttpClient} with cookies of its own, following
 * redirects itself and submitting the forms a browser would (the auto-posting SAML forms, the DigiD simulator's
 * login form, the acting-for choice), then the service provider's back channel ({@code private_key_jwt}, PKCE
 * S256). A browser would cost the machine more CPU than the server does, and the figures are the server's.
 */
final class VirtualUser {

  /** What to do on the acting-for page. */
  enum Choice {
    /** The first principal on offer (a mandate or legal representation). */
    PRINCIPAL,
    /** Stop there: the time to the page is what is measured. */
    STOP_AT_PAGE
  }

  /** A service provider registered in the broker realm for the bench (a copy of a demo client). */
  record Client(String clientId, String scope, RSAKey key) {}

  /** A login's outcome: the code (null when stopped at the page), the time to the acting-for page, its total. */
  record Login(String code, String verifier, long pageNanos, long pageTotal) {}

  record Tokens(String access, String refresh) {}

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final Pattern COOKIE = Pattern.compile("^\\s*([^=;\\s]+)=([^;]*)(.*)$");

  private final HttpClient http;
  private final String broker;
  private final String callback;
  private final int node;
  /** path + " " + name → value; Keycloak sets AUTH_SESSION_ID etc. per realm path. */
  private final Map<String, String> cookies = new LinkedHashMap<>();

  VirtualUser(String broker, String callback, int node) {
    this.broker = broker;
    this.callback = callback;
    this.node = node;
    this.http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
  }

  /**
   * A whole login of {@code username} (password {@code test}) at {@code client} through the DigiD simulator, in a
   * fresh browser (no cookies: no single sign-on). Returns the authorization code, or stops at the acting-for page.
   */
  Login login(Client client, String username, Choice choice) throws IOException, InterruptedException {
    cookies.clear();
    String verifier = random(32);
    String state = random(16);
    String authorize =
        broker + "/realms/namens/protocol/openid-connect/auth?" + form(Map.of(
            "response_type", "code",
            "client_id", client.clientId(),
            "redirect_uri", callback,
            "scope", client.scope(),
            "state", state,
            "nonce", random(16),
            "code_challenge", challenge(verifier),
            "code_challenge_method", "S256"));
    HttpResponse<String> response = get(URI.create(authorize));
    long submitted = -1;
    for (int step = 0; step < 40; step++) {
      URI at = response.uri();
      int status = response.statusCode();
      String body = response.body();
      if (status == 302 || status == 303 || status == 301 || status == 307) {
        URI next = at.resolve(response.headers().firstValue("Location").orElseThrow());
        if (next.toString().startsWith(callback)) {
          String code = query(next, "code");
          if (code == null || !state.equals(query(next, "state"))) {
            throw new IOException("back at the service without a code: " + next);
          }
          return new Login(code, verifier, -1, -1);
        }
        response = get(next);
      } else if (status != 200) {
        throw new IOException("HTTP " + status + " at " + at + ": " + snippet(body));
      } else if (body.contains("id=\"namens-acting-for-form\"")) {
        long page = System.nanoTime();
        Html.Form form = Html.form(body, f -> "namens-acting-for-form".equals(f.id()));
        String total = Html.attribute(body, "namens-acting-for-total", "data-total");
        if (choice == Choice.STOP_AT_PAGE) {
          return new Login(null, verifier, submitted < 0 ? -1 : page - submitted,
              total == null ? form.radios("actingFor").size() - 1 : Long.parseLong(total));
        }
        Html.Field principal =
            form.radios("actingFor").stream()
                .filter(r -> !"self".equals(r.value()) && !r.disabled())
                .findFirst()
                .orElseThrow(() -> new IOException("no principal offered to " + username + ": " + snippet(body)));
        Map<String, String> values = form.carried();
        values.put("actingFor", principal.value());
        values.put("namensAction", "choose");
        response = post(at.resolve(form.action()), values);
      } else if (body.contains("id=\"namens-idp-digid\"")) {
        response = get(at.resolve(Html.attribute(body, "namens-idp-digid", "href")));
      } else if (body.contains("name=\"SAMLRequest\"") || body.contains("name=\"SAMLResponse\"")) {
        Html.Form form =
            Html.form(body, f -> f.fields().stream().anyMatch(i -> i.name() != null && i.name().startsWith("SAML")));
        response = post(at.resolve(form.action()), form.carried());
      } else if (body.contains("id=\"password\"") && body.contains("id=\"username\"")) {
        Html.Form form =
            Html.form(body, f -> f.fields().stream().anyMatch(i -> "password".equals(i.name())));
        Map<String, String> values = form.carried();
        values.put("username", username);
        values.put("password", "test");
        submitted = System.nanoTime();
        response = post(at.resolve(form.action()), values);
      } else {
        throw new IOException("unexpected page at " + at + ": " + snippet(body));
      }
    }
    throw new IOException("no end to the login of " + username + " after 40 steps");
  }

  /** The code for tokens, as the service provider's back channel does it. */
  Tokens redeem(Client client, Login login) throws IOException, InterruptedException {
    Map<String, String> values = new LinkedHashMap<>();
    values.put("grant_type", "authorization_code");
    values.put("code", login.code());
    values.put("redirect_uri", callback);
    values.put("code_verifier", login.verifier());
    return tokens(client, values);
  }

  /** A refresh_token grant; refresh tokens rotate, so the answer's refresh token is the one to use next. */
  Tokens refresh(Client client, String refreshToken) throws IOException, InterruptedException {
    Map<String, String> values = new LinkedHashMap<>();
    values.put("grant_type", "refresh_token");
    values.put("refresh_token", refreshToken);
    return tokens(client, values);
  }

  /** The access token's {@code represents} claim, or null (the token is only parsed here, not verified). */
  static Object represents(String accessToken) {
    try {
      return SignedJWT.parse(accessToken).getJWTClaimsSet().getClaim("represents");
    } catch (java.text.ParseException e) {
      throw new IllegalStateException("the access token is no JWT", e);
    }
  }

  private Tokens tokens(Client client, Map<String, String> values) throws IOException, InterruptedException {
    String endpoint = broker + "/realms/namens/protocol/openid-connect/token";
    values.put("client_id", client.clientId());
    values.put("client_assertion_type", "urn:ietf:params:oauth:client-assertion-type:jwt-bearer");
    values.put("client_assertion", assertion(client, endpoint));
    HttpResponse<String> response = post(URI.create(endpoint), values);
    if (response.statusCode() != 200) {
      throw new IOException("token endpoint: HTTP " + response.statusCode() + " " + snippet(response.body()));
    }
    try {
      Map<String, Object> json = JSONObjectUtils.parse(response.body());
      return new Tokens((String) json.get("access_token"), (String) json.get("refresh_token"));
    } catch (java.text.ParseException e) {
      throw new IOException("token endpoint: no JSON: " + snippet(response.body()), e);
    }
  }

  private static String assertion(Client client, String audience) {
    try {
      SignedJWT jwt =
          new SignedJWT(
              new JWSHeader.Builder(JWSAlgorithm.PS256).keyID(client.key().getKeyID()).build(),
              new JWTClaimsSet.Builder()
                  .issuer(client.clientId())
                  .subject(client.clientId())
                  .audience(audience)
                  .jwtID(UUID.randomUUID().toString())
                  .issueTime(new Date())
                  .expirationTime(new Date(System.currentTimeMillis() + 60_000))
                  .build());
      jwt.sign(new RSASSASigner(client.key()));
      return jwt.serialize();
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
  }

  // --- HTTP with this user's cookies and route ---

  private HttpResponse<String> get(URI uri) throws IOException, InterruptedException {
    return send(HttpRequest.newBuilder(uri).GET(), uri);
  }

  private HttpResponse<String> post(URI uri, Map<String, String> values) throws IOException, InterruptedException {
    return send(
        HttpRequest.newBuilder(uri)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form(values))),
        uri);
  }

  private HttpResponse<String> send(HttpRequest.Builder request, URI uri) throws IOException, InterruptedException {
    request.timeout(Duration.ofSeconds(60)).header(LoadBalancer.ROUTE_HEADER, Integer.toString(node));
    String cookie = cookieHeader(uri);
    if (!cookie.isEmpty()) {
      request.header("Cookie", cookie);
    }
    HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    for (String set : response.headers().allValues("Set-Cookie")) {
      store(set);
    }
    return response;
  }

  private synchronized void store(String setCookie) {
    Matcher cookie = COOKIE.matcher(setCookie);
    if (!cookie.matches()) {
      return;
    }
    String path = "/";
    boolean expired = false;
    for (String attribute : cookie.group(3).split(";")) {
      String a = attribute.strip();
      String lower = a.toLowerCase(java.util.Locale.ROOT);
      if (lower.startsWith("path=")) {
        path = a.substring(5);
      } else if (lower.equals("max-age=0") || lower.startsWith("max-age=-")) {
        expired = true;
      } else if (lower.startsWith("expires=") && lower.contains("1970")) {
        expired = true;
      }
    }
    String key = path + " " + cookie.group(1);
    if (expired) {
      cookies.remove(key);
    } else {
      cookies.put(key, cookie.group(2));
    }
  }

  private synchronized String cookieHeader(URI uri) {
    String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
    List<String> pairs = new ArrayList<>();
    cookies.entrySet().stream()
        .filter(e -> {
          String cookiePath = e.getKey().substring(0, e.getKey().indexOf(' '));
          return path.startsWith(cookiePath);
        })
        .sorted((a, b) -> b.getKey().indexOf(' ') - a.getKey().indexOf(' ')) // longer paths first
        .forEach(e -> pairs.add(e.getKey().substring(e.getKey().indexOf(' ') + 1) + "=" + e.getValue()));
    return String.join("; ", pairs);
  }

  // --- small helpers ---

  static String form(Map<String, String> values) {
    StringBuilder body = new StringBuilder();
    values.forEach((name, value) -> {
      if (body.length() > 0) {
        body.append('&');
      }
      body.append(URLEncoder.encode(name, StandardCharsets.UTF_8)).append('=')
          .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
    });
    return body.toString();
  }

  private static String query(URI uri, String name) {
    String query = uri.getRawQuery();
    if (query == null) {
      return null;
    }
    for (String pair : query.split("&")) {
      int eq = pair.indexOf('=');
      if (eq > 0 && pair.substring(0, eq).equals(name)) {
        return java.net.URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
      }
    }
    return null;
  }

  private static String random(int bytes) {
    byte[] value = new byte[bytes];
    RANDOM.nextBytes(value);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(value);
  }

  private static String challenge(String verifier) {
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(hash);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String snippet(String body) {
    String text = body == null ? "" : body.replaceAll("\\s+", " ");
    return text.length() > 600 ? text.substring(0, 600) + " …" : text;
  }
}
