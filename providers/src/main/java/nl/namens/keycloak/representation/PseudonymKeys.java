package nl.namens.keycloak.representation;

import java.util.Optional;
import javax.crypto.SecretKey;
import org.jboss.logging.Logger;
import org.keycloak.crypto.Algorithm;
import org.keycloak.crypto.KeyUse;
import org.keycloak.crypto.KeyWrapper;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;

/**
 * The realm secret behind pseudonyms: the realm's active HS512 key (Keycloak's {@code
 * hmac-generated} key provider). Pseudonyms stay stable while that key does; give the realm a fixed
 * HMAC key in its JSON for stability across re-imports.
 */
public final class PseudonymKeys {

  private static final Logger LOG = Logger.getLogger(PseudonymKeys.class);

  private PseudonymKeys() {}

  /** Empty when the realm has no usable HMAC key: callers must then leave the identifier out. */
  public static Optional<Pseudonymizer> forRealm(KeycloakSession session, RealmModel realm) {
    try {
      KeyWrapper key = session.keys().getActiveKey(realm, KeyUse.SIG, Algorithm.HS512);
      SecretKey secret = key == null ? null : key.getSecretKey();
      if (secret == null || secret.getEncoded() == null) {
        LOG.warnf("realm %s has no active HS512 key: no pseudonyms", realm.getName());
        return Optional.empty();
      }
      return Optional.of(new Pseudonymizer(secret.getEncoded()));
    } catch (RuntimeException e) {
      LOG.warnf(
          "realm %s: cannot read the HS512 key for pseudonyms: %s", realm.getName(), e.toString());
      return Optional.empty();
    }
  }
}
