package nl.namens.tests.support;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWEAlgorithm;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The web side of an independent relying party in the tests: its {@code jwks_uri} (a signing key and an
 * encryption key, generated per run), its redirect URI (answers "ok"; the test reads the code from the browser's
 * URL) and documents it serves at other paths (a request object behind a {@code request_uri}). Started once per
 * test JVM on a free loopback port.
 */
public final class RelyingPartyServer {

  private static final RelyingPartyServer INSTANCE = new RelyingPartyServer();

  private final HttpServer server;
  private final RSAKey signingKey;
  private final RSAKey encryptionKey;
  private final Map<String, String> documents = new ConcurrentHashMap<>();

  private RelyingPartyServer() {
    try {
      signingKey =
          new RSAKeyGenerator(2048)
              .keyUse(KeyUse.SIGNATURE)
              .algorithm(JWSAlgorithm.PS256)
              .keyID("rp-sig-" + UUID.randomUUID())
              .generate();
      encryptionKey =
          new RSAKeyGenerator(2048)
              .keyUse(KeyUse.ENCRYPTION)
              .algorithm(JWEAlgorithm.RSA_OAEP_256)
              .keyID("rp-enc-" + UUID.randomUUID())
              .generate();
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (JOSEException | IOException e) {
      throw new IllegalStateException(e);
    }
    server.createContext(
        "/",
        exchange -> {
          String path = exchange.getRequestURI().getPath();
          String body;
          String type = "text/plain; charset=utf-8";
          int status = 200;
          if (path.equals("/jwks.json")) {
            body = new JWKSet(List.of(signingKey.toPublicJWK(), encryptionKey.toPublicJWK())).toString();
            type = "application/jwk-set+json";
          } else if (path.equals("/callback")) {
            body = "ok";
          } else if (documents.containsKey(path)) {
            body = documents.get(path);
            type = "application/oauth-authz-req+jwt";
          } else {
            body = "not found";
            status = 404;
          }
          byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().set("Content-Type", type);
          exchange.sendResponseHeaders(status, bytes.length);
          try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
          }
        });
    server.start();
  }

  public static RelyingPartyServer get() {
    return INSTANCE;
  }

  public String url() {
    return "http://localhost:" + server.getAddress().getPort();
  }

  public String callback() {
    return url() + "/callback";
  }

  public String jwksUrl() {
    return url() + "/jwks.json";
  }

  public RSAKey signingKey() {
    return signingKey;
  }

  public RSAKey encryptionKey() {
    return encryptionKey;
  }

  /** Serves {@code content} at {@code path}; returns its URL. */
  public String serve(String path, String content) {
    documents.put(path, content);
    return url() + path;
  }
}
