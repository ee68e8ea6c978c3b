package nl.namens.register.mandate;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.namens.register.party.PartyReference;

/**
 * What a mandate says, as a channel asks for it: who gives it ({@code principal}), who holds it ({@code
 * representative}), its {@code kind} ({@code voluntary}, the default, or {@code chain}), the services, the
 * period (both days inclusive) and, for a company representative, which employees may use it ({@code null}:
 * all). Unchecked: {@link TermsCheck} is the one place that checks terms, for every channel.
 */
public record MandateTerms(
    PartyReference principal,
    PartyReference representative,
    String kind,
    List<UUID> services,
    LocalDate validFrom,
    LocalDate validUntil,
    EmployeePolicy employees) {

  /** Terms without an employee policy (every employee of a company representative may use it). */
  public MandateTerms(
      PartyReference principal,
      PartyReference representative,
      String kind,
      List<UUID> services,
      LocalDate validFrom,
      LocalDate validUntil) {
    this(principal, representative, kind, services, validFrom, validUntil, null);
  }
}
