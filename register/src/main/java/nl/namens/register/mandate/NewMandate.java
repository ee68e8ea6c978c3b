package nl.namens.register.mandate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.namens.register.party.PartyReference;

/**
 * A mandate to register. {@code status} is optional: {@code active} (default) or {@code pending}. Dates are
 * calendar days, both inclusive; a past {@code validFrom} is allowed (administrative API).
 */
@ConsistentMandate
public record NewMandate(
    @NotNull @Valid PartyReference principal,
    @NotNull @Valid PartyReference representative,
    @NotEmpty @Size(max = 50) List<@NotNull UUID> services,
    @NotNull LocalDate validFrom,
    @NotNull LocalDate validUntil,
    @Pattern(regexp = "active|pending", message = "must be active or pending") String status) {

  MandateStatus initialStatus() {
    return status == null ? MandateStatus.ACTIVE : MandateStatus.fromCode(status).orElseThrow();
  }
}
