package nl.namens.register.lifecycle;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import nl.namens.identifiers.RepresentationKind;
import nl.namens.identifiers.SubjectType;
import nl.namens.register.audit.AuditEntry;
import nl.namens.register.audit.AuditTrail;
import nl.namens.register.mandate.Mandate;
import nl.namens.register.mandate.MandateRepository;
import nl.namens.register.mandate.MandateStatus;
import nl.namens.register.party.Parties;
import nl.namens.register.party.Party;
import nl.namens.register.party.PartyReference;
import nl.namens.register.problem.ProblemException;
import nl.namens.register.service.Catalogue;
import nl.namens.register.service.Service;
import nl.namens.register.validation.DateRule;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import jakarta.enterprise.event.Event;
import nl.namens.register.broker.MandateRevoked;
import org.jboss.logging.Logger;

/**
 * The voluntary mandate lifecycle: register, activate, request, approve, decline, revoke, undo, lapse. Used by
 * the JSON API ({@code /api/v1}) and the portal alike: plain Java methods taking an {@link Actor}, each
 * running in its own transaction (a caller's transaction is suspended). Failures are {@link
 * ProblemException}s (400 bad input, 403 wrong party of the mandate, 404 unknown or not yours, 409 state);
 * nothing is stored then, except that a wrong code is counted (and may lock the mandate).
 *
 * <p>Every state change locks the mandate's row ({@code SELECT ... FOR UPDATE}), appends an audit entry and
 * writes a letter to the other party, in the same transaction.
 */
@ApplicationScoped
public class Lifecycle {

  private static final Logger LOG = Logger.getLogger(Lifecycle.class);

  static final int MAX_SERVICES = 50;

  private final MandateRepository mandates;
  private final Parties parties;
  private final Catalogue catalogue;
  private final AuditTrail audit;
  private final Letters letters;
  private final ActivationCodes codes;
  private final LifecycleConfig config;
  private final Period undoPeriod;
  private final Clock clock;
  private final Event<MandateRevoked> revocations;

  Lifecycle(
      MandateRepository mandates,
      Parties parties,
      Catalogue catalogue,
      AuditTrail audit,
      Letters letters,
      ActivationCodes codes,
      LifecycleConfig config,
      @ConfigProperty(name = "namens.helpdesk.undo-period", defaultValue = "P14D") Period undoPeriod,
      Clock clock,
      Event<MandateRevoked> revocations) {
    this.revocations = revocations;
    this.mandates = mandates;
    this.parties = parties;
    this.catalogue = catalogue;
    this.audit = audit;
    this.letters = letters;
    this.codes = codes;
    this.config = config;
    this.undoPeriod = undoPeriod;
    this.clock = clock;
  }

  // --- register / request ------------------------------------------------------------------------------

  /** The principal registers a voluntary mandate: {@code pending} + the activation code (returned once). */
  public Registered register(
      Actor principal,
      PartyReference representative,
      List<UUID> services,
      LocalDate validFrom,
      LocalDate validUntil) {
    return register(principal, representative, services, validFrom, validUntil, RepresentationKind.VOLUNTARY.code());
  }

  /**
   * The principal registers a mandate of {@code kind} {@code voluntary} or {@code chain} (the representative
   * is then a company acting as intermediary): {@code pending} + the activation code (returned once). A
   * helpdesk registration also sends the principal a letter with the code and how to undo it.
   */
  public Registered register(
      Actor principal,
      PartyReference representative,
      List<UUID> services,
      LocalDate validFrom,
      LocalDate validUntil,
      String kind) {
    requireChannel(principal, Channel.ONLINE, Channel.HELPDESK);
    Terms terms = check(principal, "representative", representative, services, validFrom, validUntil, kind);
    String code = codes.generate();
    return inNewTransaction(
        () -> {
          Party p = parties.findOrRegister(principal.party());
          Party r = parties.findOrRegister(representative);
          Mandate m = open(terms, p, r, MandateStatus.PENDING, principal, code);
          if (principal.channel() == Channel.HELPDESK) {
            m.undoableUntil(plus(undoPeriod));
          }
          audit.append(m.id(), who(principal, p), "register", null, m.status().code());
          letters.registered(m);
          if (principal.channel() == Channel.HELPDESK) {
            letters.helpdeskRegistration(m, code, principal.agentId());
          }
          LOG.infof("Mandate %s registered (%s, %s)", m.id(), m.kind().code(), principal.channel().code());
          return new Registered(MandateDetails.of(m, p, today()), code);
        });
  }

  /** The representative asks the principal for a voluntary mandate: {@code requested}. */
  public MandateDetails request(
      Actor representative,
      PartyReference principal,
      List<UUID> services,
      LocalDate validFrom,
      LocalDate validUntil) {
    return request(representative, principal, services, validFrom, validUntil, RepresentationKind.VOLUNTARY.code());
  }

  /**
   * The representative asks the principal for a mandate: {@code requested}; the approval code goes to the
   * principal by letter (outbox), never to the representative.
   */
  public MandateDetails request(
      Actor representative,
      PartyReference principal,
      List<UUID> services,
      LocalDate validFrom,
      LocalDate validUntil,
      String kind) {
    requireChannel(representative, Channel.ONLINE, Channel.HELPDESK);
    Terms terms = check(representative, "principal", principal, services, validFrom, validUntil, kind);
    String code = codes.generate();
    return inNewTransaction(
        () -> {
          Party r = parties.findOrRegister(representative.party());
          Party p = parties.findOrRegister(principal);
          Mandate m = open(terms, p, r, MandateStatus.REQUESTED, representative, code);
          audit.append(m.id(), who(representative, r), "request", null, m.status().code());
          letters.approvalCode(m, code);
          LOG.infof("Mandate %s requested (%s)", m.id(), m.kind().code());
          return MandateDetails.of(m, r, today());
        });
  }

  /**
   * For the demo-data loader only (never exposed over HTTP): a mandate in status {@code pending}, {@code
   * requested} or {@code active}, with a known code ({@code null}: a random one), past dates allowed, and an
   * employee policy. Goes through the same party, service and overlap rules otherwise, and writes the same
   * letters (a requested mandate's letter carries the code). Joins the caller's transaction.
   */
  public MandateDetails seed(
      String kind,
      PartyReference principal,
      PartyReference representative,
      List<UUID> services,
      LocalDate validFrom,
      LocalDate validUntil,
      MandateStatus status,
      String code,
      EmployeePolicy employees) {
    Actor admin = Actor.admin(principal);
    Terms terms = terms(admin, "representative", representative, services, validFrom, validUntil, kind);
    String theCode = code == null ? codes.generate() : code;
    if (ActivationCodes.normalize(theCode).isEmpty()) {
      throw ProblemException.invalid(
          "activationCode", "must be 12 characters of " + ActivationCodes.ALPHABET + " (XXXX-XXXX-XXXX)");
    }
    return QuarkusTransaction.joiningExisting()
        .call(
            () -> {
              Party p = parties.findOrRegister(principal);
              Party r = parties.findOrRegister(representative);
              Mandate m = open(terms, p, r, status, admin, theCode);
              if (employees != null) {
                m.employees(employees.policy(), employees.actingSubjectIds(), clock.instant());
              }
              audit.append(m.id(), AuditEntry.Who.ADMIN, "seed", null, m.status().code());
              if (status == MandateStatus.PENDING) {
                letters.registered(m);
              } else if (status == MandateStatus.REQUESTED) {
                letters.approvalCode(m, ActivationCodes.format(ActivationCodes.normalize(theCode).get()));
              }
              return MandateDetails.of(m, null, today());
            });
  }

  private Mandate open(
      Terms terms, Party p, Party r, MandateStatus status, Actor actor, String code) {
    parties.lock(p);
    List<UUID> serviceIds = terms.services().stream().map(Service::id).toList();
    if (mandates.openOverlapExists(p, r, serviceIds, terms.from(), terms.until())) {
      throw ProblemException.conflict(
          "An active or pending mandate between these parties already covers one of these services in an"
              + " overlapping period.");
    }
    Instant now = clock.instant();
    Mandate m =
        Mandate.open(
            terms.kind(),
            p,
            r,
            terms.services(),
            status,
            terms.from(),
            terms.until(),
            actor.channel().code(),
            now);
    if (status.awaitsCode()) {
      String normalized = ActivationCodes.normalize(code).orElseThrow();
      m.awaitCode(codes.hash(m.id(), normalized), plus(config.codeValidity()), plus(config.pendingLapse()));
    }
    mandates.persist(m);
    return m;
  }

  // --- activate / approve -------------------------------------------------------------------------------

  /** The representative activates a pending mandate with the activation code: {@code active}. */
  public MandateDetails activate(Actor representative, UUID mandateId, String code) {
    return useCode(representative, mandateId, code, MandateStatus.PENDING);
  }

  /** The principal approves a requested mandate with the code from the letter: {@code active}. */
  public MandateDetails approve(Actor principal, UUID mandateId, String code) {
    return useCode(principal, mandateId, code, MandateStatus.REQUESTED);
  }

  private MandateDetails useCode(Actor actor, UUID mandateId, String typed, MandateStatus expected) {
    requireChannel(actor, Channel.ONLINE, Channel.HELPDESK);
    Optional<String> code = ActivationCodes.normalize(typed);
    if (code.isEmpty()) {
      throw ProblemException.invalid(
          "code", "must be 12 letters and digits in the form XXXX-XXXX-XXXX");
    }
    boolean activation = expected == MandateStatus.PENDING;
    String role = activation ? MandateDetails.REPRESENTATIVE : MandateDetails.PRINCIPAL;
    // The outcome is decided inside the transaction; a wrong code or a lapse is committed first and only
    // then reported as a failure.
    Outcome outcome =
        inNewTransaction(
            () -> {
              Located found = locate(actor, mandateId);
              Mandate m = found.mandate();
              if (!role.equals(found.role())) {
                throw ProblemException.forbidden(
                    activation
                        ? "Only the representative activates a mandate."
                        : "Only the principal approves a requested mandate.");
              }
              if (m.status() == MandateStatus.LOCKED) {
                return Outcome.failed(locked());
              }
              if (m.status() != expected) {
                throw ProblemException.conflict(
                    activation
                        ? "The mandate is not awaiting activation (status " + m.status().code() + ")."
                        : "The mandate is not awaiting approval (status " + m.status().code() + ").");
              }
              Instant now = clock.instant();
              if (lapseIfDue(m, now)) {
                return Outcome.failed(ProblemException.conflict("The mandate has lapsed."));
              }
              if (!codes.matches(m.id(), code.get(), m.codeHash())) {
                String before = m.status().code();
                boolean nowLocked = m.wrongCode(config.maxCodeAttempts(), now);
                audit.append(
                    m.id(),
                    who(actor, found.party()),
                    nowLocked ? "lock" : "wrong-code",
                    before,
                    m.status().code());
                if (nowLocked) {
                  letters.locked(m);
                  LOG.infof("Mandate %s locked after %d wrong codes", m.id(), m.codeAttempts());
                  return Outcome.failed(locked());
                }
                int left = config.maxCodeAttempts() - m.codeAttempts();
                return Outcome.failed(
                    ProblemException.invalid(
                        "code",
                        "is not the right code ("
                            + left
                            + (left == 1 ? " try" : " tries")
                            + " left before the mandate locks)"));
              }
              if (!m.codeExpiresAt().isAfter(now)) {
                throw ProblemException.invalid("code", "has expired");
              }
              String before = m.status().code();
              m.activate(now);
              audit.append(
                  m.id(),
                  who(actor, found.party()),
                  activation ? "activate" : "approve",
                  before,
                  m.status().code());
              if (activation) {
                letters.activated(m);
              } else {
                letters.approved(m);
              }
              LOG.infof("Mandate %s %s", m.id(), activation ? "activated" : "approved");
              return Outcome.done(MandateDetails.of(m, found.party(), today()));
            });
    return outcome.orThrow();
  }

  // --- decline / revoke / undo ------------------------------------------------------------------------------

  /**
   * The party that has to act refuses: the representative a pending mandate, the principal a requested one:
   * {@code declined}.
   */
  public MandateDetails decline(Actor actor, UUID mandateId) {
    requireChannel(actor, Channel.ONLINE, Channel.HELPDESK);
    return inNewTransaction(
        () -> {
          Located found = locate(actor, mandateId);
          Mandate m = found.mandate();
          Instant now = clock.instant();
          if (!m.status().awaitsCode() || lapseIfDue(m, now)) {
            throw ProblemException.conflict(
                "Only a pending or requested mandate can be declined (status " + m.status().code() + ").");
          }
          if (!found.role().equals(MandateDetails.awaiting(m.status()))) {
            throw ProblemException.forbidden(
                "Only the party whose approval is asked can decline; you can revoke it instead.");
          }
          String before = m.status().code();
          m.decline(now);
          audit.append(m.id(), who(actor, found.party()), "decline", before, m.status().code());
          letters.declined(m, found.party());
          LOG.infof("Mandate %s declined", m.id());
          return MandateDetails.of(m, found.party(), today());
        });
  }

  /**
   * Either party (online, or a helpdesk agent for them) ends the mandate: {@code revoked}, effective when
   * this returns (the change is committed; the BVD answers from committed data).
   */
  public MandateDetails revoke(Actor actor, UUID mandateId) {
    requireChannel(actor, Channel.ONLINE, Channel.HELPDESK);
    return inNewTransaction(
        () -> {
          Located found = locate(actor, mandateId);
          Mandate m = found.mandate();
          Instant now = clock.instant();
          if (!m.status().isOpen() || lapseIfDue(m, now)) {
            throw ProblemException.conflict(
                "The mandate has already ended (status " + m.status().code() + ").");
          }
          String before = m.status().code();
          m.revoke(now);
          revocations.fire(MandateRevoked.of(m));
          audit.append(m.id(), who(actor, found.party()), "revoke", before, m.status().code());
          letters.revoked(m, found.party(), actor.channel() == Channel.HELPDESK);
          LOG.infof("Mandate %s revoked (%s)", m.id(), actor.channel().code());
          return MandateDetails.of(m, found.party(), today());
        });
  }

  /**
   * The principal undoes a helpdesk registration within {@code namens.helpdesk.undo-period}: {@code
   * revoked}.
   */
  public MandateDetails undo(Actor principal, UUID mandateId) {
    requireChannel(principal, Channel.ONLINE, Channel.HELPDESK);
    return inNewTransaction(
        () -> {
          Located found = locate(principal, mandateId);
          Mandate m = found.mandate();
          if (!MandateDetails.PRINCIPAL.equals(found.role())) {
            throw ProblemException.forbidden("Only the principal can undo a helpdesk registration.");
          }
          if (!Channel.HELPDESK.code().equals(m.channel()) || m.undoUntil() == null) {
            throw ProblemException.conflict("The mandate was not registered through the helpdesk.");
          }
          Instant now = clock.instant();
          if (now.isAfter(m.undoUntil())) {
            throw ProblemException.conflict(
                "The undo period has ended; revoke the mandate instead.");
          }
          if (!m.status().isOpen()) {
            throw ProblemException.conflict(
                "The mandate has already ended (status " + m.status().code() + ").");
          }
          String before = m.status().code();
          m.revoke(now);
          revocations.fire(MandateRevoked.of(m));
          audit.append(m.id(), who(principal, found.party()), "undo", before, m.status().code());
          letters.undone(m);
          LOG.infof("Mandate %s undone", m.id());
          return MandateDetails.of(m, found.party(), today());
        });
  }

  // --- employees of a company representative ---------------------------------------------------------

  /** Which employees may use a mandate the actor's company holds. */
  public EmployeePolicy employees(Actor company, UUID mandateId) {
    return inNewTransaction(
        () -> {
          Located found = locateCompanyHeld(company, mandateId);
          return new EmployeePolicy(found.mandate().employeePolicy(), found.mandate().employees());
        });
  }

  /**
   * The company (representative) decides which employees may use the mandate: {@code all} or {@code
   * listed} (then only {@code actingSubjectIds}, eHerkenning pseudonyms).
   */
  public EmployeePolicy setEmployees(Actor company, UUID mandateId, EmployeePolicy policy) {
    requireChannel(company, Channel.ONLINE, Channel.HELPDESK);
    if (policy == null
        || (!Mandate.EMPLOYEES_ALL.equals(policy.policy())
            && !Mandate.EMPLOYEES_LISTED.equals(policy.policy()))) {
      throw ProblemException.invalid("policy", "must be all or listed");
    }
    List<String> ids = policy.actingSubjectIds() == null ? List.of() : policy.actingSubjectIds();
    if (Mandate.EMPLOYEES_LISTED.equals(policy.policy()) && ids.isEmpty()) {
      throw ProblemException.invalid("actingSubjectIds", "must name at least one employee");
    }
    return inNewTransaction(
        () -> {
          Located found = locateCompanyHeld(company, mandateId);
          Mandate m = found.mandate();
          if (!m.status().isOpen()) {
            throw ProblemException.conflict(
                "The mandate has already ended (status " + m.status().code() + ").");
          }
          m.employees(policy.policy(), new LinkedHashSet<>(ids), clock.instant());
          audit.append(
              m.id(),
              who(company, found.party()),
              "employees-" + policy.policy(),
              m.status().code(),
              m.status().code());
          return new EmployeePolicy(m.employeePolicy(), m.employees());
        });
  }

  private Located locateCompanyHeld(Actor company, UUID mandateId) {
    Located found = locate(company, mandateId);
    if (!MandateDetails.REPRESENTATIVE.equals(found.role())) {
      throw ProblemException.forbidden("Only the representative decides which employees use a mandate.");
    }
    if (found.party().type() != SubjectType.KVK) {
      throw ProblemException.conflict("Only a company representative has employees.");
    }
    return found;
  }

  // --- reading -----------------------------------------------------------------------------------------------

  /** One mandate the actor is a party of; 404 otherwise. */
  public MandateDetails get(Actor actor, UUID mandateId) {
    lapseDue();
    return inTransaction(
        () -> {
          Located found = locateReadOnly(actor, mandateId);
          return MandateDetails.of(found.mandate(), found.party(), today());
        });
  }

  /** Mandates the actor gave (principal), newest first. */
  public List<MandateDetails> given(Actor actor) {
    return list(actor, mandates::givenBy);
  }

  /** Mandates the actor holds (representative), newest first. */
  public List<MandateDetails> held(Actor actor) {
    return list(actor, mandates::heldBy);
  }

  /** Pending and requested mandates the actor is a party of; {@code awaiting} says whose turn it is. */
  public List<MandateDetails> pending(Actor actor) {
    return list(actor, mandates::waitingWith);
  }

  /** The mandate's history (audit trail), oldest first, for either party; 404 for anyone else. */
  public List<HistoryEntry> history(Actor actor, UUID mandateId) {
    lapseDue();
    return inTransaction(
        () -> {
          Located found = locateReadOnly(actor, mandateId);
          return audit.history(mandateId).stream()
              .map(e -> HistoryEntry.of(e, found.mandate()))
              .toList();
        });
  }

  /** The mandate seen by an administrator (tests, demo); 404 if unknown. */
  public MandateDetails getAsAdmin(UUID mandateId) {
    lapseDue();
    return inTransaction(
        () ->
            mandates
                .findByIdOptional(mandateId)
                .map(m -> MandateDetails.of(m, null, today()))
                .orElseThrow(Lifecycle::unknown));
  }

  private List<MandateDetails> list(Actor actor, Function<Party, List<Mandate>> query) {
    lapseDue();
    return inTransaction(
        () ->
            parties
                .find(actor.party())
                .map(p -> query.apply(p).stream().map(m -> MandateDetails.of(m, p, today())).toList())
                .orElse(List.of()));
  }

  // --- lapse ---------------------------------------------------------------------------------------------------

  /**
   * Lapses every pending or requested mandate whose time has come (each in its own transaction, row locked).
   * Called before reads and by {@link LapseJob}. Returns how many lapsed.
   */
  public int lapseDue() {
    Instant now = clock.instant();
    List<UUID> due = inTransaction(() -> mandates.dueToLapse(now));
    int lapsed = 0;
    for (UUID id : due) {
      boolean done =
          inNewTransaction(
              () -> mandates.findForUpdate(id).map(m -> lapseIfDue(m, now)).orElse(false));
      if (done) {
        lapsed++;
      }
    }
    return lapsed;
  }

  /** Lapses the locked mandate if it waits for a code past its lapse moment; returns whether it did. */
  private boolean lapseIfDue(Mandate m, Instant now) {
    if (!m.status().awaitsCode() || m.lapsesAt() == null || m.lapsesAt().isAfter(now)) {
      return false;
    }
    String before = m.status().code();
    m.lapse(now);
    audit.append(m.id(), AuditEntry.Who.SYSTEM, "lapse", before, m.status().code());
    letters.lapsed(m);
    LOG.infof("Mandate %s lapsed", m.id());
    return true;
  }

  // --- helpers -------------------------------------------------------------------------------------------------

  private record Terms(
      RepresentationKind kind, List<Service> services, LocalDate from, LocalDate until) {}

  private record Located(Mandate mandate, Party party, String role) {}

  /** The mandate, row locked, if the actor is its principal or representative; else 404 (no hint). */
  private Located locate(Actor actor, UUID mandateId) {
    Party party = parties.find(actor.party()).orElseThrow(Lifecycle::unknown);
    Mandate m = mandates.findForUpdate(mandateId).orElseThrow(Lifecycle::unknown);
    return located(m, party);
  }

  private Located locateReadOnly(Actor actor, UUID mandateId) {
    Party party = parties.find(actor.party()).orElseThrow(Lifecycle::unknown);
    Mandate m = mandates.findByIdOptional(mandateId).orElseThrow(Lifecycle::unknown);
    return located(m, party);
  }

  private static Located located(Mandate m, Party party) {
    if (party.id().equals(m.principal().id())) {
      return new Located(m, party, MandateDetails.PRINCIPAL);
    }
    if (party.id().equals(m.representative().id())) {
      return new Located(m, party, MandateDetails.REPRESENTATIVE);
    }
    throw unknown();
  }

  /** The online checks: valid parties, no self-mandate, services, start not before today, maximum period. */
  private Terms check(
      Actor actor,
      String counterpartField,
      PartyReference counterpart,
      List<UUID> services,
      LocalDate from,
      LocalDate until,
      String kind) {
    Terms terms = terms(actor, counterpartField, counterpart, services, from, until, kind);
    if (from.isBefore(today())) {
      throw ProblemException.invalid("validFrom", "must not be before today");
    }
    if (until.isAfter(from.plus(config.maxDuration()))) {
      throw ProblemException.invalid(
          "validUntil", "must not be more than " + config.maxDuration() + " after validFrom");
    }
    return terms;
  }

  private Terms terms(
      Actor actor,
      String counterpartField,
      PartyReference counterpart,
      List<UUID> services,
      LocalDate from,
      LocalDate until,
      String kind) {
    Checks.party("actor", actor.party());
    Checks.party(counterpartField, counterpart);
    RepresentationKind theKind =
        kind == null ? RepresentationKind.VOLUNTARY : RepresentationKind.fromCode(kind).orElse(null);
    if (theKind == null || theKind.isLegal()) {
      throw ProblemException.invalid("kind", "must be voluntary or chain");
    }
    if (actor.party().sameParty(counterpart)) {
      throw ProblemException.invalid(
          counterpartField, "must not be yourself (a party cannot mandate itself)");
    }
    PartyReference representative =
        "representative".equals(counterpartField) ? counterpart : actor.party();
    if (theKind == RepresentationKind.CHAIN && !"KVK".equals(representative.type())) {
      throw ProblemException.invalid(
          counterpartField.equals("representative") ? "representative.type" : "kind",
          "a chain mandate's representative (the intermediary) must be a company (KVK)");
    }
    if (services == null || services.isEmpty()) {
      throw ProblemException.invalid("services", "must name at least one service");
    }
    if (services.size() > MAX_SERVICES) {
      throw ProblemException.invalid("services", "must name at most " + MAX_SERVICES + " services");
    }
    if (from == null) {
      throw ProblemException.invalid("validFrom", "must not be null");
    }
    if (until == null) {
      throw ProblemException.invalid("validUntil", "must not be null");
    }
    Checks.date("validFrom", from, DateRule.VALIDITY, today());
    Checks.date("validUntil", until, DateRule.VALIDITY, today());
    if (until.isBefore(from)) {
      throw ProblemException.invalid("validUntil", "must not be before validFrom");
    }
    List<Service> found = inTransaction(() -> services(services));
    return new Terms(theKind, found, from, until);
  }

  private List<Service> services(List<UUID> requested) {
    for (int i = 0; i < requested.size(); i++) {
      if (requested.get(i) == null) {
        throw ProblemException.invalid("services[" + i + "]", "must not be null");
      }
    }
    Map<UUID, Service> found =
        catalogue.findAll(new LinkedHashSet<>(requested)).stream()
            .collect(Collectors.toMap(Service::id, Function.identity()));
    List<Service> result = new ArrayList<>();
    for (int i = 0; i < requested.size(); i++) {
      Service service = found.get(requested.get(i));
      if (service == null) {
        throw ProblemException.invalid("services[" + i + "]", "is not a service in the catalogue");
      }
      if (service.retired()) {
        throw ProblemException.invalid("services[" + i + "]", "is a retired service");
      }
      if (!result.contains(service)) {
        result.add(service);
      }
    }
    return result;
  }

  private static void requireChannel(Actor actor, Channel... allowed) {
    for (Channel channel : allowed) {
      if (actor.channel() == channel) {
        return;
      }
    }
    throw new IllegalArgumentException("channel " + actor.channel().code() + " cannot do this");
  }

  private static AuditEntry.Who who(Actor actor, Party party) {
    return new AuditEntry.Who(
        party == null ? null : party.id(),
        actor.actingSubjectId(),
        actor.channel().code(),
        actor.agentId(),
        actor.identityCheck());
  }

  private Instant plus(Period period) {
    return clock.instant().atZone(clock.getZone()).plus(period).toInstant();
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }

  private static ProblemException unknown() {
    return ProblemException.notFound("No mandate with this id.");
  }

  private static ProblemException locked() {
    return ProblemException.conflict(
        "The mandate is locked after too many wrong codes; register a new mandate.");
  }

  private static <T> T inNewTransaction(Supplier<T> work) {
    return QuarkusTransaction.requiringNew().call(work::get);
  }

  private static <T> T inTransaction(Supplier<T> work) {
    return QuarkusTransaction.joiningExisting().call(work::get);
  }

  /** A result decided inside a transaction that must commit even when it is a failure. */
  private record Outcome(MandateDetails done, ProblemException failure) {

    static Outcome done(MandateDetails details) {
      return new Outcome(details, null);
    }

    static Outcome failed(ProblemException failure) {
      return new Outcome(null, failure);
    }

    MandateDetails orThrow() {
      if (failure != null) {
        throw failure;
      }
      return done;
    }
  }
}
