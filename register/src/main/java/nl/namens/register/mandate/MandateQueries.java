package nl.namens.register.mandate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.namens.register.audit.AuditTrail;
import nl.namens.register.party.Parties;
import nl.namens.register.party.Party;

/**
 * What the register says about mandates: to their parties (one, the lists, the history, the employees), to
 * administrators, and to the BVD (which are offered). Reads write nothing: a mandate past its lapse moment is
 * shown as lapsed ({@link Mandate#statusAt}), an active one past {@code validUntil} as expired.
 */
@ApplicationScoped
public class MandateQueries {

  private final MandateRepository mandates;
  private final MandateLocator locator;
  private final Parties parties;
  private final AuditTrail audit;
  private final Clock clock;

  MandateQueries(
      MandateRepository mandates,
      MandateLocator locator,
      Parties parties,
      AuditTrail audit,
      Clock clock) {
    this.mandates = mandates;
    this.locator = locator;
    this.parties = parties;
    this.audit = audit;
    this.clock = clock;
  }

  /** One mandate the actor is a party of (an administrator: any); "not found" otherwise. */
  @Transactional
  public MandateDetails get(Actor actor, UUID mandateId) {
    MandateLocator.Located found = locator.forReading(actor, mandateId);
    return MandateDetails.of(found.mandate(), found.party(), clock);
  }

  /** Mandates the actor gave (principal), newest first. */
  @Transactional
  public List<MandateDetails> given(Actor actor) {
    return list(actor, mandates::givenBy);
  }

  /** Mandates the actor holds (representative), newest first. */
  @Transactional
  public List<MandateDetails> held(Actor actor) {
    return list(actor, mandates::heldBy);
  }

  /** Pending and requested mandates the actor is a party of; {@code awaiting} says whose turn it is. */
  @Transactional
  public List<MandateDetails> pending(Actor actor) {
    return list(actor, party -> mandates.waitingWith(party, clock.instant()));
  }

  /** The helpdesk's proposals awaiting a second agent, oldest first (at most 200), as an administrator sees them. */
  @Transactional
  public List<MandateDetails> proposals() {
    return mandates.proposals(200).stream().map(m -> MandateDetails.of(m, null, clock)).toList();
  }

  /** The mandate's history (audit trail), oldest first, for either party; "not found" for anyone else. */
  @Transactional
  public List<HistoryEntry> history(Actor actor, UUID mandateId) {
    MandateLocator.Located found = locator.forReading(actor, mandateId);
    return audit.history(mandateId).stream().map(e -> HistoryEntry.of(e, found.mandate())).toList();
  }

  /** Which employees may use a mandate the actor's company holds. */
  @Transactional
  public EmployeePolicy employees(Actor company, UUID mandateId) {
    Mandate m = MandateCommands.companyHeld(locator.forReading(company, mandateId)).mandate();
    return new EmployeePolicy(m.employeePolicy(), m.employees());
  }

  /**
   * The mandates with these ids, with their principal, representative and services, read-only (the
   * BVD's page, found by its SQL): by id.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public Map<UUID, Mandate> byIds(Collection<UUID> ids) {
    if (ids.isEmpty()) {
      return Map.of();
    }
    return mandates.withParties(ids).stream()
        .collect(Collectors.toMap(Mandate::id, Function.identity(), (a, b) -> a));
  }

  private List<MandateDetails> list(Actor actor, Function<Party, List<Mandate>> query) {
    return parties
        .find(actor.party())
        .map(p -> query.apply(p).stream().map(m -> MandateDetails.of(m, p, clock)).toList())
        .orElse(List.of());
  }
}
