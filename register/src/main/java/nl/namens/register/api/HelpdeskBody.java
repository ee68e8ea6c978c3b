package nl.namens.register.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.namens.register.party.PartyReference;
import nl.namens.register.validation.DateRule;
import nl.namens.register.validation.SaneDate;
import nl.namens.register.validation.SafeText;

/** Bodies of the helpdesk API: the caller, the identity-check reference, and what to do. */
final class HelpdeskBody {

  private HelpdeskBody() {}

  /** The caller (principal) registers a mandate through the agent. */
  record Register(
      @NotNull @Valid PartyReference caller,
      @NotBlank @Size(max = 200) @SafeText String identityCheck,
      @NotNull @Valid PartyReference representative,
      @NotEmpty @Size(max = 50) List<@NotNull UUID> services,
      @NotNull @SaneDate(DateRule.VALIDITY) LocalDate validFrom,
      @NotNull @SaneDate(DateRule.VALIDITY) LocalDate validUntil,
      @Pattern(regexp = "voluntary|chain", message = "must be voluntary or chain") String kind) {}

  /** The caller (either party) revokes a mandate through the agent. */
  record Revoke(
      @NotNull @Valid PartyReference caller,
      @NotBlank @Size(max = 200) @SafeText String identityCheck) {}
}
