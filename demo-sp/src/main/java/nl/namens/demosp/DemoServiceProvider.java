package nl.namens.demosp;

import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.oauth2.sdk.util.URLUtils;
import com.nimbusds.openid.connect.sdk.Nonce;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The demo service provider: three demo services, each an OIDC client of the broker realm, served
 * by the JDK's HTTP server on localhost.
 *
 * <table>
 *   <caption>Routes</caption>
 *   <tr><td>GET /</td><td>the three services with a login button each</td></tr>
 *   <tr><td>GET /&lt;client-id&gt;/</td><td>who you are, for whom, on what basis, the ID token claims</td></tr>
 *   <tr><td>GET /&lt;client-id&gt;/login</td><td>redirect to the broker (code flow, PKCE, state, nonce)</td></tr>
 *   <tr><td>GET /&lt;client-id&gt;/callback</td><td>redirect URI: code exchange, ID token validation</td></tr>
 *   <tr><td>POST /&lt;client-id&gt;/refresh</td><td>refresh grant</td></tr>
 *   <tr><td>POST /&lt;client-id&gt;/logout</td><td>RP-initiated logout with id_token_hint</td></tr>
 *   <tr><td>GET /&lt;client-id&gt;/logged-out</td><td>post-logout redirect URI</td></tr>
 *   <tr><td>GET /jwks.json</td><td>the public key the clients sign their client assertions with</td></tr>
 *   <tr><td>GET /health</td><td>200 ok</td></tr>
 * </table>
 */
public final class DemoServiceProvider {
  /** Times on the pages are Dutch time, as in the portal (not the server's zone). */
  static final ZoneId DUTCH_TIME = ZoneId.of("Europe/Amsterdam");

  private static final Duration PENDING_LOGIN_LIFETIME = Duration.ofMinutes(15);
  private static final int MAX_FORM_BYTES = 16 * 1024;
  private static final String HTML = "text/html; charset=utf-8";

  private final DemoConfig config;
  private final ClientKey clientKey;
  private final Broker broker;
  private final SessionStore sessions = new SessionStore();
  private final byte[] stylesheet;
  private final Map<String, byte[]> designStylesheets;
  private final String contentSecurityPolicy;
  private HttpServer server;
  private ExecutorService executor;

  DemoServiceProvider(DemoConfig config) {
    this.config = config;
    this.clientKey = ClientKey.generate();
    this.broker = new Broker(config, clientKey);
    this.stylesheet = resource("style.css");
    this.designStylesheets = designStylesheets();
    // forms go to this server, whose redirects continue to the broker (form-action covers
    // redirects)
    this.contentSecurityPolicy =
        "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self' "
            + config.keycloakOrigin()
            + "; frame-ancestors 'none'; base-uri 'none'";
  }

  public static void main(String[] args) throws IOException {
    DemoConfig config = DemoConfig.fromEnvironment();
    DemoServiceProvider provider = new DemoServiceProvider(config);
    provider.start();
    Runtime.getRuntime().addShutdownHook(new Thread(provider::stop, "demo-sp-stop"));
    System.out.println(
        "Namens demo service provider on "
            + config.publicUrl()
            + "/ (broker "
            + config.issuer()
            + ")");
  }

  void start() throws IOException {
    server =
        HttpServer.create(
            new InetSocketAddress(InetAddress.getLoopbackAddress(), config.port()), 50);
    executor = Executors.newFixedThreadPool(8);
    server.setExecutor(executor);
    server.createContext("/", this::handle);
    server.start();
  }

  int port() {
    return server.getAddress().getPort();
  }

  void stop() {
    if (server != null) {
      server.stop(0);
      executor.shutdownNow();
      server = null;
    }
  }

  /**
   * The NL Design System CSS and the Namens tokens from the design module's jar (docs/ui.md), by the path the pages
   * link ({@link Html#DESIGN_STYLESHEETS}); read once, like style.css.
   */
  private static Map<String, byte[]> designStylesheets() {
    Map<String, byte[]> sheets = new LinkedHashMap<>();
    for (String path : Html.DESIGN_STYLESHEETS) {
      sheets.put(path, resource("/META-INF/resources" + path));
    }
    return Map.copyOf(sheets);
  }

  private static byte[] resource(String name) {
    try (InputStream in = DemoServiceProvider.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException(name + " missing");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** What one request needs: its session (maybe new), language and texts. */
  private final class Request {
    final HttpExchange exchange;
    final String path;
    final Map<String, List<String>> query;
    Session session;
    boolean newSession;
    final Messages messages;
    final String switchHref;

    Request(HttpExchange exchange) {
      this.exchange = exchange;
      this.path = exchange.getRequestURI().getPath();
      this.query = URLUtils.parseParameters(exchange.getRequestURI().getRawQuery());
      this.session =
          sessions.find(
              String.join("; ", exchange.getRequestHeaders().getOrDefault("Cookie", List.of())));
      String langParameter = parameter(query, "lang");
      if (Language.isSupported(langParameter)) {
        session().language(langParameter);
      }
      String language =
          Language.choose(
              langParameter,
              session == null ? null : session.language(),
              exchange.getRequestHeaders().getFirst("Accept-Language"));
      this.messages = Messages.forLanguage(language);
      this.switchHref = path + "?lang=" + messages.get("language.other.code");
    }

    Session session() {
      if (session == null) {
        session = sessions.create();
        newSession = true;
      }
      return session;
    }

    String method() {
      return exchange.getRequestMethod();
    }
  }

  private void handle(HttpExchange exchange) throws IOException {
    int status = 500;
    try {
      Request request = new Request(exchange);
      status = route(request);
    } catch (RuntimeException e) {
      System.err.println(
          "demo SP: "
              + exchange.getRequestMethod()
              + " "
              + exchange.getRequestURI().getPath()
              + " failed: "
              + e);
      Messages messages = Messages.forLanguage(Messages.DUTCH);
      try {
        send(
            exchange,
            null,
            500,
            HTML,
            Pages.error(messages, "error.title", e.getClass().getSimpleName(), "/?lang=en"));
      } catch (IOException | RuntimeException ignored) {
        // response already started
      }
    } finally {
      System.out.println(
          exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath() + " " + status);
      exchange.close();
    }
  }

  private int route(Request request) throws IOException {
    String path = request.path;
    switch (path) {
      case "/health":
        return send(request, 200, "text/plain; charset=utf-8", "ok");
      case "/jwks.json":
        return sendBytes(
            request.exchange,
            null,
            200,
            "application/jwk-set+json",
            clientKey.publicJwks().getBytes(StandardCharsets.UTF_8));
      case "/style.css":
        return sendBytes(request.exchange, null, 200, "text/css; charset=utf-8", stylesheet);
      case "/namens-design/namens-tokens.css",
          "/namens-design/utrecht/index.css",
          "/namens-design/utrecht/html.css",
          "/namens-design/namens-base.css":
        return sendBytes(
            request.exchange, null, 200, "text/css; charset=utf-8", designStylesheets.get(path));
      case "/":
        if (!isGetOrHead(request)) {
          return errorPage(request, 405, "error.method", null);
        }
        return send(
            request, 200, HTML, Pages.home(request.messages, request.session, request.switchHref));
      default:
        break;
    }
    String[] segments = path.split("/", -1); // "", client-id, action
    Optional<DemoService> found =
        segments.length >= 2 ? DemoService.byClientId(segments[1]) : Optional.empty();
    if (found.isEmpty() || segments.length > 3) {
      return errorPage(request, 404, "error.notfound", null);
    }
    DemoService service = found.get();
    if (segments.length == 2) {
      return redirect(request, 303, URI.create("/" + service.clientId() + "/"));
    }
    String action = segments[2];
    String method = request.method();
    return switch (action) {
      case "" ->
          "GET".equals(method) || "HEAD".equals(method)
              ? servicePage(request, service)
              : notAllowed(request);
      case "login" -> "GET".equals(method) ? login(request, service) : notAllowed(request);
      case "callback" -> "GET".equals(method) ? callback(request, service) : notAllowed(request);
      case "refresh" -> "POST".equals(method) ? refresh(request, service) : notAllowed(request);
      case "logout" -> "POST".equals(method) ? logout(request, service) : notAllowed(request);
      case "logged-out" ->
          "GET".equals(method)
              ? send(
                  request,
                  200,
                  HTML,
                  Pages.loggedOut(request.messages, service, request.switchHref))
              : notAllowed(request);
      default -> errorPage(request, 404, "error.notfound", null);
    };
  }

  private static boolean isGetOrHead(Request request) {
    return "GET".equals(request.method()) || "HEAD".equals(request.method());
  }

  private int notAllowed(Request request) throws IOException {
    return errorPage(request, 405, "error.method", null);
  }

  private int servicePage(Request request, DemoService service) throws IOException {
    Session session = request.session;
    Session.Login login = session == null ? null : session.login(service.clientId());
    String csrf = session == null ? "" : session.csrfToken();
    String page = Pages.service(request.messages, service, login, csrf, request.switchHref);
    if (login != null) {
      login.flash = null; // shown once
    }
    return send(request, 200, HTML, page);
  }

  private int login(Request request, DemoService service) throws IOException {
    Session session = request.session();
    State state = new State();
    Nonce nonce = new Nonce();
    CodeVerifier verifier = new CodeVerifier();
    URI target;
    try {
      target =
          broker.authorizationRequest(service, state, nonce, verifier, request.messages.language());
    } catch (Broker.UnavailableException e) {
      return errorPage(request, 502, "error.broker", e.getMessage());
    }
    session.addPending(
        state.getValue(),
        new Session.PendingLogin(service.clientId(), nonce, verifier, Instant.now()));
    return redirect(request, 302, target);
  }

  private int callback(Request request, DemoService service) throws IOException {
    Session session = request.session;
    Session.PendingLogin pending =
        session == null ? null : session.takePending(parameter(request.query, "state"));
    if (pending == null
        || !pending.clientId().equals(service.clientId())
        || pending.started().isBefore(Instant.now().minus(PENDING_LOGIN_LIFETIME))) {
      return errorPage(request, 400, "error.state", null);
    }
    String error = parameter(request.query, "error");
    if (error != null) {
      String description = parameter(request.query, "error_description");
      return errorPage(
          request, 400, "error.login", error + (description == null ? "" : ": " + description));
    }
    String code = parameter(request.query, "code");
    if (code == null || code.isBlank()) {
      return errorPage(request, 400, "error.login", "no code");
    }
    Broker.TokenResult result;
    try {
      result =
          broker.exchangeCode(
              service, new AuthorizationCode(code), pending.codeVerifier(), pending.nonce());
    } catch (Broker.UnavailableException e) {
      return errorPage(request, 502, "error.broker", e.getMessage());
    }
    if (!result.ok()) {
      return errorPage(request, 400, "error.login", describe(result));
    }
    Session.Login login = new Session.Login();
    login.idToken = result.idToken();
    login.refreshToken = result.refreshToken();
    login.idTokenClaims = result.claims();
    session.login(service.clientId(), login);
    return redirect(request, 303, URI.create("/" + service.clientId() + "/"));
  }

  private int refresh(Request request, DemoService service) throws IOException {
    Map<String, List<String>> form = readForm(request.exchange);
    if (!csrfValid(request.session, parameter(form, "csrf"))) {
      return errorPage(request, 403, "error.csrf", null);
    }
    Session.Login login = request.session.login(service.clientId());
    if (login != null) {
      String now = LocalTime.now(DUTCH_TIME).format(DateTimeFormatter.ofPattern("HH:mm:ss"));
      Messages m = request.messages;
      try {
        Broker.TokenResult result =
            login.refreshToken == null
                ? Broker.TokenResult.failed("no_refresh_token", null)
                : broker.refresh(service, login.refreshToken);
        if (result.ok()) {
          login.refreshToken = result.refreshToken();
          if (result.claims() != null) {
            login.idToken = result.idToken();
            login.idTokenClaims = result.claims();
            login.flash = m.get("refresh.ok", now);
          } else {
            login.flash = m.get("refresh.noidtoken", now);
          }
          login.flashIsError = false;
        } else if ("invalid_grant".equals(result.error())) {
          // the broker refused: the mandate was revoked or ended, or the session is over. The old claims no
          // longer hold, so they are not shown any more
          login.end(m.get("refresh.ended"));
        } else {
          login.flash = m.get("refresh.failed", describe(result));
          login.flashIsError = true;
        }
      } catch (Broker.UnavailableException e) {
        login.flash = m.get("refresh.failed", e.getMessage());
        login.flashIsError = true;
      }
    }
    return redirect(request, 303, URI.create("/" + service.clientId() + "/"));
  }

  private int logout(Request request, DemoService service) throws IOException {
    Map<String, List<String>> form = readForm(request.exchange);
    if (!csrfValid(request.session, parameter(form, "csrf"))) {
      return errorPage(request, 403, "error.csrf", null);
    }
    Session.Login login = request.session.login(service.clientId());
    request.session.logout(service.clientId());
    State state = new State();
    request.session.addLogoutState(state.getValue(), service.clientId());
    try {
      URI target =
          broker.logoutRequest(
              service, login == null ? null : login.idToken, state, request.messages.language());
      return redirect(request, 302, target);
    } catch (Broker.UnavailableException e) {
      return errorPage(request, 502, "error.broker", e.getMessage());
    }
  }

  private static String describe(Broker.TokenResult result) {
    return result.error()
        + (result.errorDescription() == null ? "" : " — " + result.errorDescription());
  }

  private static boolean csrfValid(Session session, String token) {
    return session != null
        && token != null
        && MessageDigest.isEqual(
            session.csrfToken().getBytes(StandardCharsets.UTF_8),
            token.getBytes(StandardCharsets.UTF_8));
  }

  private static Map<String, List<String>> readForm(HttpExchange exchange) throws IOException {
    byte[] body = exchange.getRequestBody().readNBytes(MAX_FORM_BYTES);
    return URLUtils.parseParameters(new String(body, StandardCharsets.UTF_8));
  }

  static String parameter(Map<String, List<String>> parameters, String name) {
    List<String> values = parameters == null ? null : parameters.get(name);
    return values == null || values.isEmpty() ? null : values.get(0);
  }

  private int errorPage(Request request, int status, String messageKey, String detail)
      throws IOException {
    return send(
        request,
        status,
        HTML,
        Pages.error(request.messages, messageKey, detail, request.switchHref));
  }

  private int redirect(Request request, int status, URI location) throws IOException {
    request.exchange.getResponseHeaders().set("Location", location.toString());
    return sendBytes(
        request.exchange, request.newSession ? request.session : null, status, null, new byte[0]);
  }

  private int send(Request request, int status, String contentType, String body)
      throws IOException {
    return sendBytes(
        request.exchange,
        request.newSession ? request.session : null,
        status,
        contentType,
        body.getBytes(StandardCharsets.UTF_8));
  }

  private int send(
      HttpExchange exchange, Session newSession, int status, String contentType, String body)
      throws IOException {
    return sendBytes(
        exchange, newSession, status, contentType, body.getBytes(StandardCharsets.UTF_8));
  }

  private int sendBytes(
      HttpExchange exchange, Session newSession, int status, String contentType, byte[] body)
      throws IOException {
    var headers = exchange.getResponseHeaders();
    if (contentType != null) {
      headers.set("Content-Type", contentType);
    }
    if (newSession != null) {
      headers.add("Set-Cookie", SessionStore.setCookieHeader(newSession));
    }
    headers.set("X-Content-Type-Options", "nosniff");
    headers.set("Referrer-Policy", "no-referrer");
    headers.set("Cache-Control", "no-store");
    headers.set("X-Frame-Options", "DENY");
    headers.set("Content-Security-Policy", contentSecurityPolicy);
    boolean head = "HEAD".equals(exchange.getRequestMethod());
    boolean empty = body.length == 0 || head;
    exchange.sendResponseHeaders(status, empty ? -1 : body.length);
    if (!empty) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
    return status;
  }
}
