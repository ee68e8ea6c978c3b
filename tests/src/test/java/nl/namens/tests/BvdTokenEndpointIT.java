package nl.namens.tests;

import static nl.namens.tests.support.DemoServices.BELASTINGAANGIFTE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;
import nl.namens.tests.support.BrokerTestBase;
import nl.namens.tests.support.NamensServerConfig;
import nl.namens.tests.support.ServiceClients;
import org.junit.jupiter.api.Test;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.oauth.OAuthClient;
import org.keycloak.testframework.oauth.annotations.InjectOAuthClient;
import org.openqa.selenium.By;

/**
 * The broker's BVD client posts its client assertion only to the configured token endpoint: a request
 * to the acting-for page whose {@code Host} names another server (an attacker's, here a listener on
 * a free loopback port) makes the broker ask the register as always, and that server receives
 * nothing. Before the token URL was configured, the broker derived it from the request's host and
 * posted {@code client_secret} there; the assertion (signed with the realm's key, audience the configured
 * token URL) is of no use elsewhere either.
 */
@KeycloakIntegrationTest(config = NamensServerConfig.class)
class BvdTokenEndpointIT extends BrokerTestBase {

  @InjectOAuthClient(ref = "belasting", realmRef = "namens", config = ServiceClients.Belastingaangifte.class)
  OAuthClient belasting;

  @Test
  void aForgedHostNeverReceivesTheBvdClientsCredentials() throws IOException {
    List<String> received = Collections.synchronizedList(new ArrayList<>());
    HttpServer attacker = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    attacker.createContext(
        "/",
        exchange -> {
          String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
          received.add(exchange.getRequestMethod() + " " + exchange.getRequestURI() + " " + body);
          exchange.sendResponseHeaders(404, -1);
          exchange.close();
        });
    attacker.start();
    try {
      openLogin(belasting, BELASTINGAANGIFTE);
      browser.loginWithDigid("jan");
      assertTrue(browser.onActingForPage(), browser.pageText());
      URI action = URI.create(driver.findElement(By.id("namens-acting-for-form")).getAttribute("action"));
      String cookies =
          driver.driver().manage().getCookies().stream()
              .map(c -> c.getName() + "=" + c.getValue())
              .collect(Collectors.joining("; "));
      String forgedHost = "127.0.0.1:" + attacker.getAddress().getPort();

      // "clear the search" asks the register again, in a request that names the attacker as host
      String page = post(action, forgedHost, cookies, "namensAction=clear");

      assertEquals(List.of(), received, "the attacker's server received the broker's requests");
      assertTrue(page.contains("Bea de Vries"), "the register was asked as always: " + page);
    } finally {
      attacker.stop(0);
    }
  }

  /**
   * A form post to Keycloak's real address with {@code Host: forgedHost}, written on a socket: the
   * HTTP clients of the JDK and Selenium do not let a test choose the Host header.
   */
  private static String post(URI action, String forgedHost, String cookies, String form)
      throws IOException {
    byte[] body = form.getBytes(StandardCharsets.UTF_8);
    String request =
        "POST "
            + action.getRawPath()
            + (action.getRawQuery() == null ? "" : "?" + action.getRawQuery())
            + " HTTP/1.1\r\n"
            + "Host: "
            + forgedHost
            + "\r\n"
            + "Cookie: "
            + cookies
            + "\r\n"
            + "Content-Type: application/x-www-form-urlencoded\r\n"
            + "Content-Length: "
            + body.length
            + "\r\n"
            + "Connection: close\r\n\r\n";
    try (Socket socket = new Socket(action.getHost(), action.getPort())) {
      socket.setSoTimeout(30_000);
      OutputStream out = socket.getOutputStream();
      out.write(request.getBytes(StandardCharsets.US_ASCII));
      out.write(body);
      out.flush();
      InputStream in = socket.getInputStream();
      ByteArrayOutputStream answer = new ByteArrayOutputStream();
      in.transferTo(answer);
      return body(answer.toString(StandardCharsets.ISO_8859_1));
    }
  }

  /** The body of a raw HTTP/1.1 answer, de-chunked when it was sent in chunks. */
  static String body(String answer) {
    int split = answer.indexOf("\r\n\r\n");
    String head = answer.substring(0, split).toLowerCase(java.util.Locale.ROOT);
    String rest = answer.substring(split + 4);
    if (!head.contains("transfer-encoding: chunked")) {
      return rest;
    }
    StringBuilder body = new StringBuilder();
    int at = 0;
    while (true) {
      int lineEnd = rest.indexOf("\r\n", at);
      int size = Integer.parseInt(rest.substring(at, lineEnd).split(";")[0].strip(), 16);
      if (size == 0) {
        return body.toString();
      }
      body.append(rest, lineEnd + 2, lineEnd + 2 + size);
      at = lineEnd + 2 + size + 2;
    }
  }
}
