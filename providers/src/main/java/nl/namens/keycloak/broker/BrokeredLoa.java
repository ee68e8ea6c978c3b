package nl.namens.keycloak.broker;

import nl.namens.identifiers.LevelOfAssurance;
import org.keycloak.broker.provider.IdentityBrokerException;

/**
 * Reads the level of assurance an identity provider asserted, strictly in that provider's
 * vocabulary.
 */
final class BrokeredLoa {

  private BrokeredLoa() {}

  /** DigiD: the AuthnContextClassRef is an eIDAS/Logius URI ({@link LevelOfAssurance#uri()}). */
  static LevelOfAssurance fromDigid(String authnContextClassRef) {
    LevelOfAssurance loa = parse(authnContextClassRef, "DigiD AuthnContextClassRef");
    if (!loa.uri().equals(authnContextClassRef.trim())) {
      throw unknown("DigiD AuthnContextClassRef");
    }
    return loa;
  }

  /** eHerkenning: the LevelOfAssurance attribute is an eToegang assurance-class URN. */
  static LevelOfAssurance fromEherkenning(String assuranceClass) {
    LevelOfAssurance loa = parse(assuranceClass, "eHerkenning LevelOfAssurance");
    if (!loa.eherkenningUris().contains(assuranceClass.trim())) {
      throw unknown("eHerkenning LevelOfAssurance");
    }
    return loa;
  }

  /** Refuses a level below {@code minimum}. */
  static LevelOfAssurance requireAtLeast(LevelOfAssurance loa, LevelOfAssurance minimum) {
    if (!loa.satisfies(minimum)) {
      throw Refusals.refuse(
          Refusals.LOA_TOO_LOW,
          "level of assurance " + loa.code() + " is below the minimum " + minimum.code());
    }
    return loa;
  }

  private static LevelOfAssurance parse(String value, String what) {
    if (value == null || value.isBlank()) {
      throw Refusals.refuse(Refusals.LOA_MISSING, what + " is missing");
    }
    return LevelOfAssurance.fromUri(value).orElseThrow(() -> unknown(what));
  }

  private static IdentityBrokerException unknown(String what) {
    return Refusals.refuse(Refusals.LOA_UNKNOWN, what + " is not a known level of assurance");
  }
}
