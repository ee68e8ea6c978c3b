package nl.namens.demosp;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.oauth2.sdk.auth.ClientAuthentication;
import com.nimbusds.oauth2.sdk.auth.PrivateKeyJWT;
import com.nimbusds.oauth2.sdk.id.ClientID;
import java.net.URI;
import java.util.UUID;

/**
 * The demo service provider's signing key for {@code private_key_jwt} (OIDC NL GOV: no shared
 * secrets). Generated at each start and never written anywhere: the broker reads the public half
 * from {@code GET /jwks.json} (the clients' {@code jwks.url}), as it would a real service
 * provider's {@code jwks_uri}, so no demo key is published with the code.
 */
final class ClientKey {

  static final JWSAlgorithm ALGORITHM = JWSAlgorithm.PS256;

  private final RSAKey key;

  private ClientKey(RSAKey key) {
    this.key = key;
  }

  static ClientKey generate() {
    try {
      return new ClientKey(
          new RSAKeyGenerator(2048)
              .keyUse(KeyUse.SIGNATURE)
              .algorithm(ALGORITHM)
              .keyID(UUID.randomUUID().toString())
              .generate());
    } catch (JOSEException e) {
      throw new IllegalStateException("cannot generate an RSA key", e);
    }
  }

  /** The public JWK set served at {@code /jwks.json}. */
  String publicJwks() {
    return new JWKSet(key.toPublicJWK()).toString();
  }

  /** A fresh client assertion (one-time {@code jti}, short expiry) for one token request. */
  ClientAuthentication assertion(String clientId, URI tokenEndpoint) {
    try {
      return new PrivateKeyJWT(
          new ClientID(clientId),
          tokenEndpoint,
          ALGORITHM,
          key.toRSAPrivateKey(),
          key.getKeyID(),
          null);
    } catch (JOSEException e) {
      throw new IllegalStateException("cannot sign a client assertion", e);
    }
  }
}
