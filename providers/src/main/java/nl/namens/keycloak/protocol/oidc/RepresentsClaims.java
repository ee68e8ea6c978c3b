package nl.namens.keycloak.protocol.oidc;

import java.util.LinkedHashMap;
import java.util.Map;
import nl.namens.keycloak.register.Representation;
import nl.namens.keycloak.representation.SubjectId;

/**
 * The {@code represents} and {@code representation} claims (contract, "Tokens"). {@code represents}
 * holds only claims about the represented party: never {@code exp}, {@code nbf} or {@code aud}.
 */
final class RepresentsClaims {

  static final String REPRESENTS = "represents";
  static final String REPRESENTATION = "representation";

  private RepresentsClaims() {}

  /** {@code {"sub", "sub_id_type", "iss"}}. */
  static Map<String, Object> represents(SubjectId principal, String issuer) {
    Map<String, Object> claim = new LinkedHashMap<>();
    claim.put("sub", principal.value());
    claim.put("sub_id_type", principal.subIdType());
    claim.put("iss", issuer);
    return claim;
  }

  /**
   * A chain mandate, nested as the OIDC NL GOV profile shows: the End-User (the token's {@code
   * sub}) represents the intermediary, which represents the principal (deepest): {@code {"sub",
   * "sub_id_type", "iss", "represents": {"sub", "sub_id_type", "iss"}}}.
   */
  static Map<String, Object> represents(
      SubjectId principal, SubjectId intermediary, String issuer) {
    Map<String, Object> claim = represents(intermediary, issuer);
    claim.put(REPRESENTS, represents(principal, issuer));
    return claim;
  }

  /**
   * {@code {"mandate_id", "kind", "service", "services", "valid_until"}}; absent values are left
   * out.
   */
  static Map<String, Object> representation(Representation rep, String service) {
    Map<String, Object> claim = new LinkedHashMap<>();
    claim.put("mandate_id", rep.mandateId());
    if (rep.kind() != null) {
      claim.put("kind", rep.kind());
    }
    claim.put("service", service);
    claim.put("services", rep.serviceIds());
    if (rep.validUntil() != null) {
      claim.put("valid_until", rep.validUntil().toString());
    }
    return claim;
  }
}
