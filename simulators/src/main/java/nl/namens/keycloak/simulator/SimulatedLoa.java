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

  /**
   * The LoA asserted when the broker asked for {@code requested}: the usual level, raised to the
   * requested one as far as the person's {@code maximum} (default: the usual level) allows.
   */
  static LevelOfAssurance asked(LevelOfAssurance usual, String requested, String maximum) {
    Optional<LevelOfAssurance> asked = parse(requested);
    if (asked.isEmpty() || usual.satisfies(asked.get())) {
      return usual;
    }
    LevelOfAssurance highest = parse(maximum).filter(m -> m.satisfies(usual)).orElse(usual);
    return highest.satisfies(asked.get()) ? asked.get() : highest;
  }

  /** A LoA code ({@code substantieel}) or URI; blank or unknown gives empty. */
  static Optional<LevelOfAssurance> parse(String value) {
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    return LevelOfAssurance.fromCode(value).or(() -> LevelOfAssurance.fromUri(value));
  }
}
