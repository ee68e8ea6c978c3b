package nl.namens.keycloak.policy;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import nl.namens.keycloak.protocol.oidc.RepresentsClaims;
import nl.namens.keycloak.register.Party;
import nl.namens.keycloak.representation.ActingFor;
import nl.namens.keycloak.representation.Choice;
import nl.namens.keycloak.representation.ChoiceLedger;
import org.keycloak.representations.JsonWebToken;

/**
 * The last look at tokens before they leave the broker: they must say exactly the choice they are
 * issued for (a mandate's {@code represents} and {@code representation}; for "myself" nothing, or only the
 * company an eHerkenning user logged in for), and they are stamped with the choice's id ({@value ChoiceLedger#CLAIM}). A token that
 * lost or changed its representation on the way (a mapper missing from the client's scopes, an ID
 * token mapper switched off, no pseudonym key) is refused, never issued.
 */
final class TokenGuard {

  private TokenGuard() {}

  /**
   * Why tokens (ID and access token; nulls skipped) do not say {@code choice}; empty when they do.
   * {@code company}: the company an eHerkenning user logged in for (null for a DigiD user, and where no
   * representation is described at all): it must be the outer {@code represents}, alone for "myself", with the
   * principal nested beneath for a mandate. No identifier in the answer.
   */
  static Optional<String> problem(ActingFor choice, Party company, JsonWebToken... tokens) {
    for (JsonWebToken token : tokens) {
      if (token == null) {
        continue;
      }
      Map<String, Object> claims = token.getOtherClaims();
      Object represents = claims.get(RepresentsClaims.REPRESENTS);
      Object representation = claims.get(RepresentsClaims.REPRESENTATION);
      if (choice instanceof ActingFor.Self) {
        if (representation != null) {
          return Optional.of("a token for 'myself' would carry a representation");
        }
        if (company == null ? represents != null : !isCompanyAlone(represents, company)) {
          return Optional.of("a token for 'myself' would not say exactly for whom the user acts");
        }
      } else if (choice instanceof ActingFor.Mandate mandate) {
        if (!(represents instanceof Map<?, ?> outer) || !(representation instanceof Map<?, ?> rep)) {
          return Optional.of("a token would lack the chosen representation");
        }
        Object mandateId = rep.get("mandate_id");
        if (!(mandateId instanceof String id)
            || !id.equalsIgnoreCase(mandate.mandateId())
            || !Objects.equals(rep.get("service"), mandate.service())) {
          return Optional.of("a token would carry another representation than the chosen one");
        }
        if (company != null
            && (!company.id().equals(outer.get("sub")) || !(outer.get(RepresentsClaims.REPRESENTS) instanceof Map<?, ?>))) {
          return Optional.of("a token would not nest the representation beneath the user's company");
        }
      } else {
        return Optional.of("the choice is not consistent");
      }
    }
    return Optional.empty();
  }

  private static boolean isCompanyAlone(Object represents, Party company) {
    return represents instanceof Map<?, ?> outer
        && company.id().equals(outer.get("sub"))
        && !outer.containsKey(RepresentsClaims.REPRESENTS);
  }

  /** Puts the choice's id into every token (nulls skipped). */
  static void stamp(Choice choice, JsonWebToken... tokens) {
    for (JsonWebToken token : tokens) {
      if (token != null) {
        token.getOtherClaims().put(ChoiceLedger.CLAIM, choice.id());
      }
    }
  }
}
