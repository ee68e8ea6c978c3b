package nl.namens.register;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Access tokens shaped like the broker realm's: realm roles in {@code realm_access.roles}, {@code aud}
 * {@code account}, signed with the test key in {@code privateKey.pem}.
 */
public final class Tokens {

  private Tokens() {}

  /** Signed tokens by purpose, reused for two minutes (they live five): signing is the tests' main cost. */
  private static final Map<String, Cached> CACHE = new ConcurrentHashMap<>();

  private record Cached(String token, long signedAt) {}

  private static String cached(String key, Supplier<String> sign) {
    long now = System.currentTimeMillis();
    return CACHE
        .compute(
            key,
            (k, old) -> old != null && now - old.signedAt() < 120_000 ? old : new Cached(sign.get(), now))
        .token();
  }

  public static String admin() {
    return cached("admin", () -> withRoles(Roles.ADMIN));
  }

  public static String bvd() {
    return cached("bvd", () -> withRoles(Roles.BVD));
  }

  /** A user of the portal client ({@code azp} {@code namens-portal}) logged in as {@code party}. */
  public static String portal(Map<String, Object> party) {
    return cached(
        "portal:" + party.get("type") + ":" + party.get("id"),
        () -> portalFor("namens-portal", party, null));
  }

  /** The demo's eToegang ServiceID of the portal ({@code namens.etoegang.portal-service-id}). */
  public static final String PORTAL_SERVICE_ID = "urn:etoegang:DV:00000099000000000001:services:9001";

  /**
   * An eHerkenning employee (pseudonym {@code actingSubjectId}) of the company {@code party}, authorised
   * for the portal (claim {@code namens_etoegang_service_ids}).
   */
  public static String employee(Map<String, Object> company, String actingSubjectId) {
    return employee(company, actingSubjectId, PORTAL_SERVICE_ID);
  }

  /** As {@link #employee(Map, String)} with these service authorisations (null: no claim). */
  public static String employee(Map<String, Object> company, String actingSubjectId, String serviceIds) {
    JwtClaimsBuilder claims =
        claims(issuer())
            .subject("user-" + company.get("type") + "-" + Integer.toHexString(company.hashCode()))
            .claim("azp", "namens-portal")
            .claim("namens_subject_type", company.get("type"))
            .claim("namens_subject_id", company.get("id"))
            .claim("namens_acting_subject_id", actingSubjectId)
            .claim("acr", SUBSTANTIAL);
    if (serviceIds != null) {
      claims.claim("namens_etoegang_service_ids", serviceIds);
    }
    return claims.sign();
  }

  /** The portal user {@code party}, logged in at {@code acr} (null: the token says no level). */
  public static String portalAt(Map<String, Object> party, String acr) {
    JwtClaimsBuilder claims =
        claims(issuer())
            .subject("user-" + party.get("type") + "-" + Integer.toHexString(party.hashCode()))
            .claim("azp", "namens-portal")
            .claim("namens_subject_type", party.get("type"))
            .claim("namens_subject_id", party.get("id"));
    if (acr != null) {
      claims.claim("acr", acr);
    }
    return claims.sign();
  }

  /** A token for {@code party} issued to another client than the portal. */
  public static String portalFor(String azp, Map<String, Object> party, String actingSubjectId) {
    JwtClaimsBuilder claims =
        claims(issuer())
            .subject("user-" + party.get("type") + "-" + Integer.toHexString(party.hashCode()))
            .claim("azp", azp)
            .claim("namens_subject_type", party.get("type"))
            .claim("namens_subject_id", party.get("id"))
            .claim("acr", SUBSTANTIAL);
    if (actingSubjectId != null) {
      claims.claim("namens_acting_subject_id", actingSubjectId);
    }
    return claims.sign();
  }

  /** A portal token without the subject claims (e.g. an agent). */
  public static String portalWithoutSubject(String... roles) {
    return claims(issuer(), roles).claim("azp", "namens-portal").sign();
  }

  /** The {@code acr} of a DigiD login at substantieel (an eIDAS LoA URI). */
  public static final String SUBSTANTIAL = "http://eidas.europa.eu/LoA/substantial";

  /** The {@code acr} of a DigiD login at midden (below what an agent needs). */
  public static final String LOW = "http://eidas.europa.eu/LoA/low";

  /** A helpdesk agent: realm role {@code namens-helpdesk}, token of the portal client, login at substantieel. */
  public static String helpdesk(String agent) {
    return cached("helpdesk:" + agent, () -> helpdesk(agent, null, SUBSTANTIAL));
  }

  /**
   * A helpdesk agent who is also the person {@code self} (may be null: no subject claims), logged in at
   * {@code acr} (may be null: no acr claim).
   */
  public static String helpdesk(String agent, Map<String, Object> self, String acr) {
    JwtClaimsBuilder claims =
        claims(issuer(), Roles.HELPDESK).claim("azp", "namens-portal").claim("preferred_username", agent);
    if (self != null) {
      claims.claim("namens_subject_type", self.get("type")).claim("namens_subject_id", self.get("id"));
    }
    if (acr != null) {
      claims.claim("acr", acr);
    }
    return claims.sign();
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

  /**
   * A service provider's BVD client ({@code azp} {@code clientId}): role {@code namens-sp-bvd}, the services it
   * offers ({@code namens_services}) and whether it may ask about BSNs ({@code namens_bsn_allowed}).
   */
  public static String serviceProvider(String clientId, List<String> services, boolean bsnAllowed) {
    return Jwt.issuer(issuer())
        .subject("service-account-" + clientId)
        .audience("account")
        .claim("azp", clientId)
        .claim("realm_access", Map.of("roles", List.of(Roles.SP_BVD)))
        .claim("namens_services", services)
        .claim("namens_bsn_allowed", bsnAllowed)
        .expiresIn(300)
        .sign();
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
