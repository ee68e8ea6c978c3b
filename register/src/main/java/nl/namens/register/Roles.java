package nl.namens.register;

/** Keycloak realm roles (realm {@code namens}) that guard the register's APIs. */
public final class Roles {

  /** For {@code /bvd/**}: the broker's BVD client (service account of {@code namens-bvd-client}). */
  public static final String BVD = "namens-bvd";

  /**
   * For {@code /sp/v1/authorizations}: a service provider's BVD client (its own client in the broker realm,
   * client credentials with {@code private_key_jwt}), asking about its own services only.
   */
  public static final String SP_BVD = "namens-sp-bvd";

  /** For {@code /admin/**}: administrators and test set-up. */
  public static final String ADMIN = "namens-admin";

  /** For {@code /api/v1/helpdesk/**}: helpdesk agents who register and revoke mandates for callers. */
  public static final String HELPDESK = "namens-helpdesk";

  private Roles() {}
}
