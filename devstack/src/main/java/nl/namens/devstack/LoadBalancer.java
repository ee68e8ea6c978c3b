package nl.namens.devstack;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;

/**
 * The reverse proxy in front of a Keycloak cluster, on loopback: the one address (Keycloak's {@code --hostname})
 * browsers, service providers and the register use. It sends every request to the preferred node and, when that
 * node does not accept connections (it is gone), to the next one, as a load balancer with health checks would.
 * While {@link #routeByHeader(boolean)} is on, a request carrying {@link #ROUTE_HEADER} goes to the node it names
 * first (a sticky load balancer: the login benchmark keeps each virtual user on one node). Counts the requests each
 * node answered, so a test can prove which node served it. Used by the cluster test and the login benchmark.
 */
public final class LoadBalancer implements AutoCloseable {

  /** The node (0-based) a request is meant for, honoured only while {@link #routeByHeader(boolean)} is on. */
  public static final String ROUTE_HEADER = "X-Namens-Node";

  /** Headers the JDK client sets itself, hop-by-hop headers a proxy does not pass on, and the route. */
  private static final Set<String> NOT_FORWARDED =
      Set.of(
          "connection",
          "content-length",
          "expect",
          "host",
          "upgrade",
          "transfer-encoding",
          "keep-alive",
          ROUTE_HEADER.toLowerCase(Locale.ROOT));

  private final HttpServer server;
  private final ExecutorService executor = Executors.newFixedThreadPool(32);
  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .followRedirects(HttpClient.Redirect.NEVER)
          .connectTimeout(Duration.ofSeconds(2))
          .build();
  private final List<String> backends;
  private final AtomicInteger preferred = new AtomicInteger();
  private final AtomicIntegerArray answered;
  private volatile boolean routeByHeader;

  private LoadBalancer(int port, List<String> backends) throws IOException {
    this.backends = List.copyOf(backends);
    this.answered = new AtomicIntegerArray(backends.size());
    this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 128);
    server.createContext("/", this::forward);
    server.setExecutor(executor);
  }

  /** Listens on {@code port} (loopback) in front of {@code backends} ({@code http://localhost:<port>} each). */
  public static LoadBalancer start(int port, List<String> backends) throws IOException {
    LoadBalancer balancer = new LoadBalancer(port, backends);
    balancer.server.start();
    return balancer;
  }

  /** From now on requests go to node {@code index} first (0-based), the others only when it is gone. */
  public void prefer(int index) {
    preferred.set(index);
  }

  /** On: a request with {@link #ROUTE_HEADER} goes to that node first; off: every request to the preferred one. */
  public void routeByHeader(boolean on) {
    routeByHeader = on;
  }

  /** How many requests node {@code index} has answered. */
  public int answeredBy(int index) {
    return answered.get(index);
  }

  private void forward(HttpExchange exchange) throws IOException {
    try (exchange) {
      byte[] body;
      try (InputStream in = exchange.getRequestBody()) {
        body = in.readAllBytes();
      }
      String pathAndQuery =
          exchange.getRequestURI().getRawPath()
              + (exchange.getRequestURI().getRawQuery() != null ? "?" + exchange.getRequestURI().getRawQuery() : "");
      int first = preferred.get();
      String route = exchange.getRequestHeaders().getFirst(ROUTE_HEADER);
      if (routeByHeader && route != null && route.matches("\\d{1,3}")) {
        first = Integer.parseInt(route) % backends.size();
      }
      for (int attempt = 0; attempt < backends.size(); attempt++) {
        int node = (first + attempt) % backends.size();
        HttpResponse<byte[]> response;
        try {
          response = http.send(request(exchange, backends.get(node) + pathAndQuery, body), HttpResponse.BodyHandlers.ofByteArray());
        } catch (ConnectException | HttpConnectTimeoutException e) {
          continue; // this node is gone: the next one
        } catch (IOException e) {
          if (e.getCause() instanceof ConnectException) {
            continue;
          }
          throw e;
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IOException(e);
        }
        answered.incrementAndGet(node);
        respond(exchange, response);
        return;
      }
      byte[] message = "no node of the cluster answers".getBytes(java.nio.charset.StandardCharsets.UTF_8);
      exchange.sendResponseHeaders(502, message.length);
      exchange.getResponseBody().write(message);
    }
  }

  private static HttpRequest request(HttpExchange exchange, String url, byte[] body) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(url))
            .timeout(Duration.ofSeconds(60))
            .method(
                exchange.getRequestMethod(),
                body.length == 0 ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
    for (Map.Entry<String, List<String>> header : exchange.getRequestHeaders().entrySet()) {
      if (!NOT_FORWARDED.contains(header.getKey().toLowerCase(Locale.ROOT))) {
        for (String value : header.getValue()) {
          request.header(header.getKey(), value);
        }
      }
    }
    return request.build();
  }

  private static void respond(HttpExchange exchange, HttpResponse<byte[]> response) throws IOException {
    response
        .headers()
        .map()
        .forEach(
            (name, values) -> {
              if (!NOT_FORWARDED.contains(name.toLowerCase(Locale.ROOT)) && !name.startsWith(":")) {
                exchange.getResponseHeaders().put(name, new ArrayList<>(values));
              }
            });
    byte[] body = response.body();
    boolean noBody = body.length == 0 || "HEAD".equals(exchange.getRequestMethod());
    exchange.sendResponseHeaders(response.statusCode(), noBody ? -1 : body.length);
    if (!noBody) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
