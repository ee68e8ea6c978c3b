package nl.namens.register;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Access tokens shaped like the broker realm's: realm roles in {@code realm_access.roles}, {@code aud}
 * {@code account}, signed with the test key in {@code privateKey.pem}.
 */
public final class Tokens {

  private Tokens() {}

  public static String admin() {
    return withRoles(Roles.ADMIN);
  }

  public static String bvd() {
    return withRoles(Roles.BVD);
  }

  public static String withRoles(String... roles) {
    return claims(issuer(), roles).sign();
  }

  /** Keycloak omits {@code aud} when no client audience applies. */
  public static String withoutAudience(String... roles) {
    return claims(issuer(), roles).remove("aud").sign();
  }

  public static String fromIssuer(String issuer, String... roles) {
    return claims(issuer, roles).sign();
  }

  public static String expired(String... roles) {
    long now = System.currentTimeMillis() / 1000;
    return claims(issuer(), roles).issuedAt(now - 3600).expiresAt(now - 1800).sign();
  }

  public static String signedWithAnotherKey(String... roles) {
    return claims(issuer(), roles).sign(anotherKey());
  }

  private static JwtClaimsBuilder claims(String issuer, String... roles) {
    return Jwt.issuer(issuer)
        .subject("service-account-test")
        .audience("account")
        .claim("azp", "namens-bvd-client")
        .claim("realm_access", Map.of("roles", List.of(roles)))
        .expiresIn(300);
  }

  private static String issuer() {
    return ConfigProvider.getConfig().getValue("mp.jwt.verify.issuer", String.class);
  }

  private static PrivateKey anotherKey() {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048);
      return generator.generateKeyPair().getPrivate();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
