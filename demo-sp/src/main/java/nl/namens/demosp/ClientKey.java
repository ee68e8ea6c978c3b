package nl.namens.demosp;

import com.nimbusds.jose.EncryptionMethod;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWEAlgorithm;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.oauth2.sdk.auth.ClientAuthentication;
import com.nimbusds.oauth2.sdk.auth.PrivateKeyJWT;
import com.nimbusds.oauth2.sdk.id.ClientID;
import java.net.URI;
import java.util.List;
import java.util.UUID;

/**
 * The demo service provider's keys: for signing {@code private_key_jwt} assertions (OIDC NL GOV:
 * no shared secrets) and for decrypting the ID tokens the broker encrypts to it. Generated at each start and never written anywhere: the broker reads the public half
 * from {@code GET /jwks.json} (the clients' {@code jwks.url}), as it would a real service
 * provider's {@code jwks_uri}, so no demo key is published with the code.
 */
final class ClientKey {

  static final JWSAlgorithm ALGORITHM = JWSAlgorithm.PS256;

  /** The broker encrypts ID tokens and userinfo to {@link #encryption()} with these. */
  static final JWEAlgorithm KEY_ENCRYPTION = JWEAlgorithm.RSA_OAEP_256;

  static final EncryptionMethod CONTENT_ENCRYPTION = EncryptionMethod.A256GCM;

  private final RSAKey key;
  private final RSAKey encryption;

  private ClientKey(RSAKey key, RSAKey encryption) {
    this.key = key;
    this.encryption = encryption;
  }

  static ClientKey generate() {
    try {
      return new ClientKey(
          new RSAKeyGenerator(2048)
              .keyUse(KeyUse.SIGNATURE)
              .algorithm(ALGORITHM)
              .keyID(UUID.randomUUID().toString())
              .generate(),
          new RSAKeyGenerator(2048)
              .keyUse(KeyUse.ENCRYPTION)
              .algorithm(KEY_ENCRYPTION)
              .keyID(UUID.randomUUID().toString())
              .generate());
    } catch (JOSEException e) {
      throw new IllegalStateException("cannot generate an RSA key", e);
    }
  }

  /** The public JWK set served at {@code /jwks.json}: the signing and the encryption key. */
  String publicJwks() {
    return new JWKSet(List.of(key.toPublicJWK(), encryption.toPublicJWK())).toString();
  }

  /**
   * The private encryption key: the broker encrypts ID tokens to it for the services allowed BSNs
   * (OIDC NL GOV).
   */
  RSAKey encryption() {
    return encryption;
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
