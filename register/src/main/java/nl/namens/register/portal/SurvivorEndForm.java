package nl.namens.register.portal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.namens.register.legal.SurvivorEnding;

/**
 * What the helpdesk agent typed in the form that ends a survivor mandate: its id (kenmerk) and the reason
 * ({@code settled}: nalatenschap afgewikkeld, {@code revoked}: ingetrokken), kept as text.
 */
public record SurvivorEndForm(String survivorMandateId, String reason) {

  static final String ID = "namens-survivor-end-id";
  /** The reason radios' errors link to the first option. */
  static final String REASON = "namens-survivor-end-reason-settled";

  public SurvivorEndForm {
    survivorMandateId = MandateForm.trim(survivorMandateId);
    reason = MandateForm.trim(reason);
  }

  static SurvivorEndForm empty() {
    return new SurvivorEndForm("", "");
  }

  public boolean isReason(String code) {
    return code.equals(reason);
  }

  /** The survivor mandate's id, or empty with an error. */
  Optional<UUID> id(Texts texts, List<FieldError> errors) {
    if (survivorMandateId.isEmpty()) {
      errors.add(new FieldError(ID, texts.msg().err_required()));
      return Optional.empty();
    }
    try {
      return Optional.of(UUID.fromString(survivorMandateId));
    } catch (IllegalArgumentException e) {
      errors.add(new FieldError(ID, texts.msg().err_survivor_id()));
      return Optional.empty();
    }
  }

  /** The reason ({@link SurvivorEnding#REASONS}), or empty with an error. */
  Optional<String> reason(Texts texts, List<FieldError> errors) {
    if (!reason.matches(SurvivorEnding.REASONS)) {
      errors.add(new FieldError(REASON, texts.msg().err_choose()));
      return Optional.empty();
    }
    return Optional.of(reason);
  }
}
