package nl.namens.bench;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Stands in for the broker realm toward the register: serves the realm's JWKS from the bench process (JDK
 * {@code HttpServer} on loopback) and signs the broker's bearer tokens (realm role {@code namens-bvd}) with a
 * key generated at start and never written anywhere. No Keycloak is started for the bench.
 */
final class FakeBroker implements AutoCloseable {

  static final String REALM = "namens";
  static final String BVD_ROLE = "namens-bvd";

  private final RSAKey key;
  private final HttpServer server;

  private FakeBroker(RSAKey key, HttpServer server) {
    this.key = key;
    this.server = server;
  }

  static FakeBroker start() {
    try {
      RSAKey key =
          new RSAKeyGenerator(2048)
              .keyUse(KeyUse.SIGNATURE)
              .algorithm(JWSAlgorithm.RS256)
              .keyID("bench-" + UUID.randomUUID())
              .generate();
      byte[] jwks = new JWKSet(key.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
      HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
      server.createContext(
          "/realms/" + REALM + "/protocol/openid-connect/certs",
          exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, jwks.length);
            try (OutputStream body = exchange.getResponseBody()) {
              body.write(jwks);
            }
          });
      server.start();
      return new FakeBroker(key, server);
    } catch (JOSEException | IOException e) {
      throw new IllegalStateException("could not start the bench's JWKS server: " + e.getMessage(), e);
    }
  }

  /** {@code http://127.0.0.1:<port>}: the "Keycloak" base URL the register is configured with. */
  String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  String issuer() {
    return baseUrl() + "/realms/" + REALM;
  }

  /** A broker access token with realm role {@code namens-bvd}, valid for {@code lifetime}. */
  String bvdToken(Duration lifetime) {
    Instant now = Instant.now();
    JWTClaimsSet claims =
        new JWTClaimsSet.Builder()
            .issuer(issuer())
            .subject("service-account-namens-broker")
            .issueTime(Date.from(now))
            .expirationTime(Date.from(now.plus(lifetime)))
            .jwtID(UUID.randomUUID().toString())
            .claim("typ", "Bearer")
            .claim("azp", "namens-broker")
            .claim("preferred_username", "service-account-namens-broker")
            .claim("realm_access", Map.of("roles", List.of(BVD_ROLE)))
            .build();
    SignedJWT jwt =
        new SignedJWT(
            new JWSHeader.Builder(JWSAlgorithm.RS256).type(JOSEObjectType.JWT).keyID(key.getKeyID()).build(),
            claims);
    try {
      jwt.sign(new RSASSASigner(key));
    } catch (JOSEException e) {
      throw new IllegalStateException("could not sign the bench token: " + e.getMessage(), e);
    }
    return jwt.serialize();
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
