package nl.namens.register.party;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Optional;
import java.util.UUID;
import nl.namens.identifiers.SubjectType;
import nl.namens.register.problem.ProblemCode;
import nl.namens.register.problem.ProblemException;
import nl.namens.register.problem.UniqueViolation;
import org.jboss.logging.Logger;

/** Registers and finds parties. */
@ApplicationScoped
public class Parties {

  private static final Logger LOG = Logger.getLogger(Parties.class);

  private final PartyRepository repository;
  private final Clock clock;

  Parties(PartyRepository repository, Clock clock) {
    this.repository = repository;
    this.clock = clock;
  }

  /** Whether the register holds no party at all (a fresh database). */
  public boolean isEmpty() {
    return repository.count() == 0;
  }

  /** Registers a new party; 409 if one with the same type and identifier exists. */
  @Transactional
  public Party register(@Valid @NotNull NewParty request) {
    if (find(request).isPresent()) {
      throw alreadyRegistered();
    }
    if (request.birthDate() != null && request.subjectType().orElse(null) != SubjectType.BSN) {
      throw ProblemException.invalid(ProblemCode.BIRTH_DATE_NOT_PERSON, "birthDate");
    }
    Party party = persist(request, request.displayName(), request.birthDate());
    LOG.infof("Party %s registered (%s)", party.id(), party.type());
    return party;
  }

  /** The party with this type and identifier, if the register knows it. */
  public Optional<Party> find(PartyIdentity identity) {
    return identity
        .subjectType()
        .flatMap(type -> repository.findByIdentifier(type, identity.id()));
  }

  /**
   * The party with this type and identifier; registered without a display name if the register does not
   * know it yet (a mandate may name a party that was never registered explicitly).
   */
  @Transactional
  public Party findOrRegister(@Valid @NotNull PartyReference reference) {
    return find(reference)
        .orElseGet(
            () -> {
              Party party = persist(reference, null, null);
              LOG.infof("Party %s registered implicitly (%s)", party.id(), party.type());
              return party;
            });
  }

  /** Locks the party's row until the transaction ends, to serialise changes that concern it. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void lock(Party party) {
    repository.getEntityManager().lock(party, LockModeType.PESSIMISTIC_WRITE);
  }

  /**
   * Records the birth date an authoritative source gave (BRP, court register, demo data). Returns whether it
   * changed.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public boolean recordBirthDate(Party party, LocalDate birthDate) {
    if (birthDate == null || birthDate.equals(party.birthDate())) {
      return false;
    }
    party.birthDate(birthDate);
    LOG.debugf("Party %s: birth date recorded", party.id());
    return true;
  }

  /**
   * Records the date of death the BRP deaths feed gave (a later row with another date corrects it). Returns
   * whether it changed.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public boolean recordDeath(Party party, LocalDate diedOn) {
    if (diedOn == null || diedOn.equals(party.diedOn())) {
      return false;
    }
    party.diedOn(diedOn);
    LOG.infof("Party %s: date of death recorded", party.id());
    return true;
  }

  /**
   * Sets, changes or removes ({@code null} or blank) the party's e-mail address for notifications; the party is
   * registered without a name if the register does not know it yet. Returns the party. The address is never
   * logged.
   */
  @Transactional
  public Party changeEmail(@Valid @NotNull PartyReference party, @Valid @NotNull EmailChange change) {
    Party found = findOrRegister(party);
    String email = change.normalized();
    found.email(email);
    LOG.infof("Party %s: e-mail address %s", found.id(), email == null ? "removed" : "set");
    return found;
  }

  private Party persist(PartyIdentity identity, String displayName, LocalDate birthDate) {
    Party party =
        new Party(
            identity.subjectType().orElseThrow(), identity.id(), displayName, birthDate, clock.instant());
    try {
      repository.persistAndFlush(party);
    } catch (PersistenceException e) {
      if (UniqueViolation.isCauseOf(e)) {
        throw alreadyRegistered();
      }
      throw e;
    }
    return party;
  }

  private static ProblemException alreadyRegistered() {
    return ProblemException.of(ProblemCode.PARTY_EXISTS);
  }
}
