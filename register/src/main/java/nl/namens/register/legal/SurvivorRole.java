package nl.namens.register.legal;

import java.util.Optional;

/** Who holds a survivor mandate: the executor (executeur) or an heir (erfgenaam), and the law for each. */
public enum SurvivorRole {
  /** Executeur (art. 4:144 BW), evidenced by a verklaring van executele (or of erfrecht naming them). */
  EXECUTOR("executor", "BW 4:144"),
  /** Erfgenaam (art. 4:182 BW), evidenced by a verklaring van erfrecht. */
  HEIR("heir", "BW 4:182");

  /** The codes as a Bean Validation pattern. */
  static final String PATTERN = "executor|heir";

  private final String code;
  private final String law;

  SurvivorRole(String code, String law) {
    this.code = code;
    this.law = law;
  }

  public String code() {
    return code;
  }

  public String law() {
    return law;
  }

  public static Optional<SurvivorRole> fromCode(String code) {
    for (SurvivorRole role : values()) {
      if (role.code.equals(code)) {
        return Optional.of(role);
      }
    }
    return Optional.empty();
  }
}
