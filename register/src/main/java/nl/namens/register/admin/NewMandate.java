package nl.namens.register.admin;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.namens.register.mandate.MandateStatus;
import nl.namens.register.mandate.MandateTerms;
import nl.namens.register.party.PartyReference;
import nl.namens.register.validation.DateRule;
import nl.namens.register.validation.SaneDate;

/**
 * The body of {@code POST /admin/v1/mandates}. {@code status} is optional: {@code active} (default) or
 * {@code pending}. Dates are calendar days, both inclusive, from 1900-01-01 to 9999-12-31 ({@link
 * DateRule#VALIDITY}); a past {@code validFrom} is allowed (administrative API).
 */
@ConsistentMandate
public record NewMandate(
    @NotNull @Valid PartyReference principal,
    @NotNull @Valid PartyReference representative,
    @NotEmpty @Size(max = 50) List<@NotNull UUID> services,
    @NotNull @SaneDate(DateRule.VALIDITY) LocalDate validFrom,
    @NotNull @SaneDate(DateRule.VALIDITY) LocalDate validUntil,
    @Pattern(regexp = "active|pending", message = "must be active or pending") String status) {

  MandateStatus initialStatus() {
    return status == null ? MandateStatus.ACTIVE : MandateStatus.fromCode(status).orElseThrow();
  }

  /** The terms, always of a voluntary mandate (the admin API has no kind). */
  MandateTerms terms() {
    return new MandateTerms(principal, representative, null, services, validFrom, validUntil);
  }
}
