package nl.namens.keycloak.simulator;

import java.util.Optional;
import nl.namens.identifiers.LevelOfAssurance;

/**
 * Which LoA the DigiD simulator asserts: the session note, else the user attribute, else the
 * default.
 */
final class SimulatedLoa {

  private SimulatedLoa() {}

  static LevelOfAssurance resolve(
      String sessionNote, String userAttribute, LevelOfAssurance fallback) {
    return parse(sessionNote).or(() -> parse(userAttribute)).orElse(fallback);
  }

  /** A LoA code ({@code substantieel}) or URI; blank or unknown gives empty. */
  static Optional<LevelOfAssurance> parse(String value) {
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    return LevelOfAssurance.fromCode(value).or(() -> LevelOfAssurance.fromUri(value));
  }
}
