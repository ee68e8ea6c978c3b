package nl.namens.register.spbvd;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import jakarta.enterprise.context.ApplicationScoped;
import java.text.ParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The register's keys for signed authorization statements (PS256). {@code namens.statement.keys} is a JWK set
 * of RSA private keys; {@code namens.statement.active-kid} names the one that signs (default: the first), and
 * every key of the set is published at {@code /sp/v1/jwks}. Rotation without downtime: add the new key to the
 * set (published, not yet signing), switch {@code active-kid} once verifiers have fetched it, remove the old key
 * when the statements it signed have expired. Without keys (the demo run only: the production start refuses it)
 * one is generated at start.
 */
@ApplicationScoped
public class StatementKeys {

  static final String KEYS = "namens.statement.keys";
  static final JWSAlgorithm ALGORITHM = JWSAlgorithm.PS256;

  /** The media type of a statement ({@code typ} header). */
  static final JOSEObjectType TYPE = new JOSEObjectType("namens-authorization-statement+jwt");

  private static final Logger LOG = Logger.getLogger(StatementKeys.class);

  private final JWKSet keys;
  private final RSAKey active;

  StatementKeys(
      @ConfigProperty(name = KEYS) Optional<String> keys,
      @ConfigProperty(name = "namens.statement.active-kid") Optional<String> activeKid) {
    this.keys = keys.filter(k -> !k.isBlank()).map(StatementKeys::parse).orElseGet(StatementKeys::generated);
    this.active = active(this.keys, activeKid.filter(k -> !k.isBlank()));
  }

  private static JWKSet parse(String json) {
    try {
      JWKSet set = JWKSet.parse(json);
      for (JWK key : set.getKeys()) {
        if (!(key instanceof RSAKey rsa) || !rsa.isPrivate() || key.getKeyID() == null) {
          throw new IllegalStateException(KEYS + ": every key must be an RSA private key with a kid");
        }
      }
      if (set.getKeys().isEmpty()) {
        throw new IllegalStateException(KEYS + ": no key");
      }
      return set;
    } catch (ParseException e) {
      throw new IllegalStateException(KEYS + " is not a JWK set: " + e.getMessage(), e);
    }
  }

  private static JWKSet generated() {
    try {
      LOG.warn(KEYS + " is not set: statements are signed with a key generated at start (demo only)");
      return new JWKSet(
          new RSAKeyGenerator(2048)
              .keyUse(KeyUse.SIGNATURE)
              .algorithm(ALGORITHM)
              .keyID("generated-" + UUID.randomUUID())
              .generate());
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
  }

  private static RSAKey active(JWKSet keys, Optional<String> kid) {
    if (kid.isEmpty()) {
      return (RSAKey) keys.getKeys().get(0);
    }
    JWK key = keys.getKeyByKeyId(kid.get());
    if (key == null) {
      throw new IllegalStateException("namens.statement.active-kid names no key of " + KEYS);
    }
    return (RSAKey) key;
  }

  /** The public halves of every key, for {@code /sp/v1/jwks}. */
  Map<String, Object> publicJwks() {
    return keys.toPublicJWKSet().toJSONObject();
  }

  List<String> keyIds() {
    return keys.getKeys().stream().map(JWK::getKeyID).toList();
  }

  /** {@code claims} as a compact JWS signed with the active key. */
  String sign(JWTClaimsSet claims) {
    try {
      SignedJWT jwt =
          new SignedJWT(
              new JWSHeader.Builder(ALGORITHM).keyID(active.getKeyID()).type(TYPE).build(), claims);
      jwt.sign(new RSASSASigner(active));
      return jwt.serialize();
    } catch (JOSEException e) {
      throw new IllegalStateException("cannot sign a statement", e);
    }
  }
}
