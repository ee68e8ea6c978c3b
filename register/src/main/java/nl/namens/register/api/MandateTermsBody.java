package nl.namens.register.api;

import jakarta.validation.Valid;
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

/**
 * Register ({@code representative}) or request ({@code principal}) a mandate: the other party, services,
 * period, and optionally {@code kind} {@code voluntary} (default) or {@code chain}.
 */
public record MandateTermsBody(
    @Valid PartyReference representative,
    @Valid PartyReference principal,
    @NotEmpty @Size(max = 50) List<@NotNull UUID> services,
    @NotNull @SaneDate(DateRule.VALIDITY) LocalDate validFrom,
    @NotNull @SaneDate(DateRule.VALIDITY) LocalDate validUntil,
    @Pattern(regexp = "voluntary|chain", message = "must be voluntary or chain") String kind) {}
