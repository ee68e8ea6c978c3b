package nl.namens.register.legal;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** {@code {"reason": "settled" | "revoked"}}: why a survivor mandate ends. */
public record SurvivorEnding(
    @NotNull @Pattern(regexp = SurvivorEnding.REASONS, message = "must be settled or revoked") String reason) {

  /** The reasons as a Bean Validation pattern. */
  public static final String REASONS = "settled|revoked";
}
