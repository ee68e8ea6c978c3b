package nl.namens.bench;

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
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicIntegerArray;

/**
 * The reverse proxy in front of the Keycloak node(s), on loopback: the one address (Keycloak's {@code --hostname})
 * virtual users, service providers and the register use. Copied from the tests' {@code LoadBalancer} (the bench does
 * not depend on the tests), with one addition: while {@link #spread(boolean)} is on, a request carrying
 * {@link #ROUTE_HEADER} goes to that node, which is how a virtual user stays on one node for a whole login (a
 * sticky load balancer); everything else (the register's token requests) goes to node 0. Counts the requests each
 * node answered.
 */
final class BenchProxy implements AutoCloseable {

  /** The node (0-based) a virtual user's requests are meant for, honoured only while spreading. */
  static final String ROUTE_HEADER = "X-Namens-Bench-Node";

  private static final Set<String> NOT_FORWARDED =
      Set.of("connection", "content-length", "expect", "host", "upgrade", "transfer-encoding", "keep-alive",
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
  private final AtomicIntegerArray answered;
  private volatile boolean spread;

  private BenchProxy(int port, List<String> backends) throws IOException {
    this.backends = List.copyOf(backends);
    this.answered = new AtomicIntegerArray(backends.size());
    this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 128);
    server.createContext("/", this::forward);
    server.setExecutor(executor);
  }

  static BenchProxy start(int port, List<String> backends) throws IOException {
    BenchProxy proxy = new BenchProxy(port, backends);
    proxy.server.start();
    return proxy;
  }

  /** On: each virtual user to the node its header names; off: everything to node 0. */
  void spread(boolean on) {
    spread = on;
  }

  int answeredBy(int node) {
    return answered.get(node);
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
      int first = 0;
      String route = exchange.getRequestHeaders().getFirst(ROUTE_HEADER);
      if (spread && route != null) {
        first = Math.floorMod(Integer.parseInt(route), backends.size());
      }
      for (int attempt = 0; attempt < backends.size(); attempt++) {
        int node = (first + attempt) % backends.size();
        HttpResponse<byte[]> response;
        try {
          response = http.send(request(exchange, backends.get(node) + pathAndQuery, body),
              HttpResponse.BodyHandlers.ofByteArray());
        } catch (ConnectException | HttpConnectTimeoutException e) {
          continue; // this node is not there: the next one
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
      byte[] message = "no Keycloak node answers".getBytes(StandardCharsets.UTF_8);
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
