package nl.namens.keycloak.protocol.oidc;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.namens.identifiers.SubjectType;
import nl.namens.keycloak.register.LegalBasis;
import nl.namens.keycloak.register.Representation;
import nl.namens.keycloak.representation.SubjectId;

/**
 * The {@code represents} and {@code representation} claims (contract, "Tokens"). {@code represents}
 * holds only claims about the represented party: never {@code exp}, {@code nbf} or {@code aud}.
 */
public final class RepresentsClaims {

  public static final String REPRESENTS = "represents";
  public static final String REPRESENTATION = "representation";
  static final String LEGAL_BASIS = "legal_basis";

  /** The represented party's name ({@code represents.name}), only where the client may know who it is. */
  static final String NAME = "name";

  /**
   * {@code represents} for {@code principal} with its {@code name} when the client may know who it is: a company
   * always (its name is public), a person only where the client may receive the BSN (else it gets a pseudonym, and a
   * name would identify the person all the same). Blank names are left out.
   */
  static Map<String, Object> withName(Map<String, Object> represents, SubjectId principal, String name) {
    if (name != null
        && !name.isBlank()
        && !SubjectType.PSEUDONYM_SUB_ID_TYPE.equals(principal.subIdType())) {
      deepest(represents).put(NAME, name.strip());
    }
    return represents;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> deepest(Map<String, Object> represents) {
    Map<String, Object> party = represents;
    while (party.get(REPRESENTS) instanceof Map<?, ?> inner) {
      party = (Map<String, Object>) inner;
    }
    return party;
  }

  /** eToegang's branch restriction ({@code urn:etoegang:1.9:ServiceRestriction:Vestigingsnr}) inside a company. */
  static final String BRANCH = "vestigingsnr";

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
    return nest(represents(intermediary, issuer), principal, issuer);
  }

  /** {@code outer} with {@code principal} nested beneath it (the principal deepest). */
  static Map<String, Object> nest(Map<String, Object> outer, SubjectId principal, String issuer) {
    outer.put(REPRESENTS, represents(principal, issuer));
    return outer;
  }

  /**
   * The company an eHerkenning employee logged in for: {@code {"sub", "sub_id_type", "iss"}}, and {@code
   * "vestigingsnr"} when eHerkenning restricted the employee to one branch of it ({@value #BRANCH}).
   */
  static Map<String, Object> company(SubjectId company, String branch, String issuer) {
    Map<String, Object> claim = represents(company, issuer);
    if (branch != null && !branch.isBlank()) {
      claim.put(BRANCH, branch);
    }
    return claim;
  }

  /**
   * {@code {"mandate_id", "kind", "representation_type", "service", "services", "valid_until",
   * "legal_basis"}}; absent values are left out, {@code legal_basis} only for legal kinds (see
   * {@link #legalBasis}). {@code services} names only the relation's services this client offers
   * ({@code offeredHere}, its {@code namens.services}): least data, a service provider does not learn
   * which other services the mandate covers.
   */
  static Map<String, Object> representation(
      Representation rep, String service, List<String> offeredHere) {
    Map<String, Object> claim = new LinkedHashMap<>();
    claim.put("mandate_id", rep.mandateId());
    if (rep.kind() != null) {
      claim.put("kind", rep.kind());
    }
    rep.effectiveRepresentationType().ifPresent(type -> claim.put("representation_type", type));
    claim.put("service", service);
    claim.put(
        "services", rep.serviceIds().stream().filter(offeredHere::contains).toList());
    if (rep.validUntil() != null) {
      claim.put("valid_until", rep.validUntil().toString());
    }
    if (rep.isLegal()) {
      Map<String, Object> basis = legalBasis(rep);
      if (!basis.isEmpty()) {
        claim.put(LEGAL_BASIS, basis);
      }
    }
    return claim;
  }

  /**
   * {@code {"source", "law", "register", "court", "decision_date", "decision_id", "evidence"}},
   * each only when known. Least data: never the evidence reference (not even read from the
   * register) nor the principal's birth year.
   */
  static Map<String, Object> legalBasis(Representation rep) {
    Map<String, Object> basis = new LinkedHashMap<>();
    putIfPresent(basis, "source", rep.source());
    LegalBasis legal = rep.legalBasis();
    if (legal != null) {
      putIfPresent(basis, "law", legal.law());
      putIfPresent(basis, "register", legal.register());
      putIfPresent(basis, "court", legal.court());
      putIfPresent(
          basis,
          "decision_date",
          legal.decisionDate() == null ? null : legal.decisionDate().toString());
      putIfPresent(basis, "decision_id", legal.decisionId());
      putIfPresent(basis, "evidence", legal.evidence());
    }
    return basis;
  }

  private static void putIfPresent(Map<String, Object> map, String key, String value) {
    if (value != null && !value.isBlank()) {
      map.put(key, value);
    }
  }
}
