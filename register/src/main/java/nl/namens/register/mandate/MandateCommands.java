package nl.namens.register.mandate;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import nl.namens.identifiers.LevelOfAssurance;
import nl.namens.identifiers.SubjectType;
import nl.namens.register.agent.Agent;
import nl.namens.register.agent.FourEyes;
import nl.namens.register.audit.AuditEntry;
import nl.namens.register.audit.AuditTrail;
import nl.namens.register.party.Parties;
import nl.namens.register.party.Party;
import nl.namens.register.problem.ProblemCode;
import nl.namens.register.problem.ProblemException;
import nl.namens.register.service.Service;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Every change to a mandate, for every channel (portal, user API, helpdesk, admin API, demo data, the BRP
 * deaths feed): register, propose / approve / decline a helpdesk proposal (four eyes), request, create,
 * activate, approve, decline, revoke, undo, employees, the end on a party's death. Terms are checked by {@link
 * TermsCheck}; each change locks the mandate's row, appends an audit entry and writes the letters, in one
 * transaction of its own (a caller's is suspended), so a revocation is in force when the call returns.
 * Refusals are {@link ProblemException}s; nothing is stored then, except that a wrong code is counted.
 */
@ApplicationScoped
public class MandateCommands {

  private static final Logger LOG = Logger.getLogger(MandateCommands.class);

  private final MandateRepository mandates;
  private final MandateLocator locator;
  private final TermsCheck terms;
  private final Lapsing lapsing;
  private final Parties parties;
  private final AuditTrail audit;
  private final Letters letters;
  private final ActivationCodes codes;
  private final LifecycleConfig config;
  private final Period undoPeriod;
  private final Clock clock;
  private final Event<MandateRevoked> revocations;

  MandateCommands(
      MandateRepository mandates,
      MandateLocator locator,
      TermsCheck terms,
      Lapsing lapsing,
      Parties parties,
      AuditTrail audit,
      Letters letters,
      ActivationCodes codes,
      LifecycleConfig config,
      @ConfigProperty(name = "namens.helpdesk.undo-period", defaultValue = "P14D") Period undoPeriod,
      Clock clock,
      Event<MandateRevoked> revocations) {
    this.mandates = mandates;
    this.locator = locator;
    this.terms = terms;
    this.lapsing = lapsing;
    this.parties = parties;
    this.audit = audit;
    this.letters = letters;
    this.codes = codes;
    this.config = config;
    this.undoPeriod = undoPeriod;
    this.clock = clock;
    this.revocations = revocations;
  }

  // --- new mandates ----------------------------------------------------------------------------------------

  /**
   * The principal registers a mandate online: {@code pending} + the activation code, returned once. (At the
   * helpdesk a registration is a {@link #propose proposal}: the code then goes by letter only.)
   */
  public Registered register(Actor principal, MandateTerms asked) {
    requireChannel(principal, Channel.ONLINE);
    requireParty(principal, asked.principal());
    TermsCheck.Checked checked = terms.check(principal, TermsCheck.Side.PRINCIPAL, asked);
    requireLevel(principal, checked.services());
    requireBelowDailyLimit(principal);
    String code = codes.generate();
    return inNewTransaction(
        () -> {
          Mandate m = open(asked, checked, MandateStatus.PENDING, principal, code);
          Party p = m.principal();
          audit.append(m.id(), who(principal, p), "register", null, m.status().code());
          letters.registered(m);
          LOG.infof("Mandate %s registered (%s, %s)", m.id(), m.kind().code(), principal.channel().code());
          return new Registered(MandateDetails.of(m, p, clock), code);
        });
  }

  // --- helpdesk proposals (four eyes) -----------------------------------------------------------------------

  /**
   * A helpdesk agent registers a mandate for the calling principal: a {@code proposed} mandate, without a
   * code and without letters, until a second, different agent {@link #approveProposal approves} it. The
   * agent may not be a party of it (403 {@code agent-is-party}).
   */
  public MandateDetails propose(Actor principal, MandateTerms asked, Agent agent) {
    requireChannel(principal, Channel.HELPDESK);
    requireParty(principal, asked.principal());
    FourEyes.requireAssurance(agent);
    FourEyes.requireNotAParty(agent, asked.principal(), asked.representative());
    TermsCheck.Checked checked = terms.check(principal, TermsCheck.Side.PRINCIPAL, asked);
    return inNewTransaction(
        () -> {
          Mandate m = open(asked, checked, MandateStatus.PROPOSED, principal, null);
          m.proposedBy(agent.id());
          audit.append(m.id(), who(principal, m.principal()), "propose", null, m.status().code());
          LOG.infof("Mandate %s proposed at the helpdesk by agent %s", m.id(), agent.id());
          return MandateDetails.of(m, null, clock);
        });
  }

  /**
   * A second agent approves a helpdesk proposal: {@code pending}; the activation code is made now and goes by
   * letter to the principal only (never to an agent), with how to undo the registration. 403 {@code
   * own-proposal} for the agent who proposed it, {@code agent-is-party} for a party; 409 {@code
   * not-a-proposal} when it is no longer a proposal.
   */
  public MandateDetails approveProposal(UUID mandateId, Agent agent) {
    FourEyes.requireAssurance(agent);
    String code = codes.generate();
    return inNewTransaction(
        () -> {
          Mandate m = proposal(mandateId, agent);
          Instant now = clock.instant();
          String before = m.status().code();
          m.approveProposal(agent.id(), now);
          String normalized = ActivationCodes.normalize(code).orElseThrow();
          m.awaitCode(codes.hash(m.id(), normalized), plus(config.codeValidity()), plus(config.pendingLapse()));
          m.undoableUntil(plus(undoPeriod));
          audit.append(m.id(), agentOnly(m, agent), "approve-proposal", before, m.status().code());
          letters.registered(m);
          letters.helpdeskRegistration(m, code);
          LOG.infof("Mandate %s: helpdesk proposal approved by agent %s", m.id(), agent.id());
          return MandateDetails.of(m, null, clock);
        });
  }

  /** A second agent (or the proposer, withdrawing it) declines a helpdesk proposal: {@code declined}. */
  public MandateDetails declineProposal(UUID mandateId, Agent agent) {
    FourEyes.requireAssurance(agent);
    return inNewTransaction(
        () -> {
          Mandate m = proposal(mandateId, null);
          FourEyes.requireNotAParty(agent, m.principal(), m.representative());
          String before = m.status().code();
          m.declineProposal(clock.instant());
          audit.append(m.id(), agentOnly(m, agent), "decline-proposal", before, m.status().code());
          LOG.infof("Mandate %s: helpdesk proposal declined by agent %s", m.id(), agent.id());
          return MandateDetails.of(m, null, clock);
        });
  }

  /**
   * The proposal, locked; checked for {@code approver} (null: a decline) in the order an agent needs to
   * hear it: unknown, no longer a proposal, their own, a party of it.
   */
  private Mandate proposal(UUID mandateId, Agent approver) {
    Mandate m =
        mandates
            .findForUpdate(mandateId)
            .orElseThrow(() -> ProblemException.of(ProblemCode.MANDATE_NOT_FOUND));
    if (m.status() != MandateStatus.PROPOSED) {
      throw ProblemException.of(
          ProblemCode.NOT_A_PROPOSAL, ProblemException.parameter("proposalStatus", m.status().code()));
    }
    if (approver != null) {
      FourEyes.requireSecondAgent(approver, m.proposedBy());
      FourEyes.requireNotAParty(approver, m.principal(), m.representative());
    }
    return m;
  }

  /** The approving or declining agent, on the principal's behalf (whose identity the proposer checked). */
  private static AuditEntry.Who agentOnly(Mandate m, Agent agent) {
    return new AuditEntry.Who(m.principal().id(), null, Channel.HELPDESK.code(), agent.id(), null);
  }

  // --- death -------------------------------------------------------------------------------------------------

  /**
   * The BRP reported {@code deceased}'s death: every open voluntary mandate (proposed, pending, requested,
   * active, locked) with them as principal or representative is {@code revoked}, in the caller's transaction
   * (the death row's: all of it or nothing), audited as channel {@code system}, action {@code death}; the
   * other party gets a letter and the broker is told (after the commit) to end the sessions under each.
   * Survivor mandates (legal representations) are not mandates and are not touched. Returns how many ended.
   */
  /**
   * Active mandates whose period has ended: tell the broker (after the commit) to end the sessions acting
   * under them, once each. Their status stays {@code active}: "expired" is derived from {@code validUntil}.
   */
  public int endSessionsOfExpired(int max) {
    return QuarkusTransaction.requiringNew()
        .call(
            () -> {
              Instant now = clock.instant();
              List<Mandate> expired =
                  mandates.expiredWithLiveSessions(java.time.LocalDate.now(clock), max);
              for (Mandate m : expired) {
                m.sessionsEnded(now);
                revocations.fire(MandateRevoked.of(m));
              }
              return expired.size();
            });
  }

  public int endOnDeath(Party deceased) {
    return QuarkusTransaction.joiningExisting()
        .call(
            () -> {
              Instant now = clock.instant();
              int ended = 0;
              for (Mandate m : mandates.openWithForUpdate(deceased)) {
                String before = m.status().code();
                m.revoke(now);
                revocations.fire(MandateRevoked.of(m));
                audit.append(m.id(), AuditEntry.Who.SYSTEM, "death", before, m.status().code());
                letters.endedByDeath(m, deceased);
                ended++;
              }
              if (ended > 0) {
                LOG.infof("Party %s died: %d open mandate(s) ended", deceased.id(), ended);
              }
              return ended;
            });
  }

  /**
   * The representative asks the principal for a mandate: {@code requested}; the approval code goes to the
   * principal by letter (outbox), never to the representative.
   */
  public MandateDetails request(Actor representative, MandateTerms asked) {
    requireChannel(representative, Channel.ONLINE, Channel.HELPDESK);
    requireParty(representative, asked.representative());
    TermsCheck.Checked checked = terms.check(representative, TermsCheck.Side.REPRESENTATIVE, asked);
    requireLevel(representative, checked.services());
    requireBelowDailyLimit(representative);
    String code = codes.generate();
    return inNewTransaction(
        () -> {
          Mandate m = open(asked, checked, MandateStatus.REQUESTED, representative, code);
          Party r = m.representative();
          audit.append(m.id(), who(representative, r), "request", null, m.status().code());
          letters.approvalCode(m, code);
          LOG.infof("Mandate %s requested (%s)", m.id(), m.kind().code());
          return MandateDetails.of(m, r, clock);
        });
  }

  /**
   * An administrator registers a mandate, {@code active} or {@code pending}; a past period is allowed. A
   * pending one waits for its activation code like any other: the principal gets it by letter.
   */
  public MandateDetails create(Actor admin, MandateTerms asked, MandateStatus status) {
    requireChannel(admin, Channel.ADMIN);
    if (status != MandateStatus.ACTIVE && status != MandateStatus.PENDING) {
      throw new IllegalArgumentException("an administrator registers active or pending mandates");
    }
    TermsCheck.Checked checked = terms.check(admin, TermsCheck.Side.NEITHER, asked);
    String code = codes.generate();
    return inNewTransaction(
        () -> MandateDetails.of(created(admin, asked, checked, status, code, false, "create"), null, clock));
  }

  /**
   * For the demo-data loader only (never over HTTP), in the caller's transaction: a mandate {@code active},
   * {@code pending}, {@code requested}, or {@code revoked} (registered pending, then revoked), with a known
   * code ({@code null}: a new one, which the principal gets by letter), by the administrator's rules.
   */
  public MandateDetails seed(MandateTerms asked, MandateStatus status, String knownCode) {
    Actor admin = Actor.admin();
    TermsCheck.Checked checked = terms.check(admin, TermsCheck.Side.NEITHER, asked);
    if (knownCode != null && ActivationCodes.normalize(knownCode).isEmpty()) {
      throw ProblemException.invalid(ProblemCode.CODE_MALFORMED, "activationCode");
    }
    String code =
        knownCode == null
            ? codes.generate()
            : ActivationCodes.format(ActivationCodes.normalize(knownCode).orElseThrow());
    MandateStatus opened = status == MandateStatus.REVOKED ? MandateStatus.PENDING : status;
    return QuarkusTransaction.joiningExisting()
        .call(
            () -> {
              Mandate m = created(admin, asked, checked, opened, code, knownCode != null, "seed");
              if (status == MandateStatus.REVOKED) {
                return revoked(m, new MandateLocator.Located(m, null, null), admin, clock.instant());
              }
              return MandateDetails.of(m, null, clock);
            });
  }

  /** A new mandate of an administrator; the code goes out by letter unless the caller knows it already. */
  private Mandate created(
      Actor admin,
      MandateTerms asked,
      TermsCheck.Checked checked,
      MandateStatus status,
      String code,
      boolean codeKnown,
      String action) {
    Mandate m = open(asked, checked, status, admin, code);
    if (checked.employees() != null) {
      m.employees(
          checked.employees().policy(), checked.employees().actingSubjectIds(), clock.instant());
    }
    audit.append(m.id(), AuditEntry.Who.ADMIN, action, null, m.status().code());
    if (status == MandateStatus.PENDING) {
      letters.registered(m);
      if (!codeKnown) {
        letters.activationCode(m, code);
      }
    } else if (status == MandateStatus.REQUESTED) {
      letters.approvalCode(m, code);
    }
    LOG.infof("Mandate %s registered by an administrator (%s)", m.id(), m.status().code());
    return m;
  }

  /**
   * A person online starts at most {@code namens.lifecycle.max-new-per-day} mandates in 24 hours
   * (each writes letters); a helpdesk agent, who checked the caller, is not limited.
   */
  private void requireBelowDailyLimit(Actor actor) {
    if (actor.channel() != Channel.ONLINE) {
      return;
    }
    int limit = config.maxNewPerDay();
    boolean over =
        parties
            .find(actor.party())
            .map(p -> audit.startedBy(p.id(), clock.instant().minus(Duration.ofDays(1))) >= limit)
            .orElse(false);
    if (over) {
      LOG.infof("A party reached the limit of %d new mandates in 24 hours", limit);
      throw ProblemException.of(ProblemCode.TOO_MANY_NEW_MANDATES, Map.of("maxNewPerDay", limit));
    }
  }

  /**
   * Stores a new mandate after the overlap rule: parties online or at the helpdesk may not have an active,
   * pending or requested mandate between the same two sharing a service on a day of the period; for an
   * administrator only an active mandate blocks an active one.
   */
  private Mandate open(
      MandateTerms asked, TermsCheck.Checked checked, MandateStatus status, Actor actor, String code) {
    Party p = parties.findOrRegister(asked.principal());
    Party r = parties.findOrRegister(asked.representative());
    parties.lock(p);
    if (p.diedOn() != null || r.diedOn() != null) {
      throw ProblemException.of(ProblemCode.PARTY_DECEASED);
    }
    List<UUID> serviceIds = checked.services().stream().map(Service::id).toList();
    if (actor.channel() != Channel.ADMIN) {
      if (mandates.openOverlapExists(p, r, serviceIds, checked.from(), checked.until())) {
        throw ProblemException.of(ProblemCode.MANDATE_OVERLAP);
      }
    } else if (status == MandateStatus.ACTIVE
        && mandates.activeOverlapExists(p, r, serviceIds, checked.from(), checked.until())) {
      throw ProblemException.of(
          ProblemCode.MANDATE_OVERLAP,
          "An active mandate between these parties already covers one of these services in an"
              + " overlapping period.");
    }
    Mandate m =
        Mandate.open(
            checked.kind(),
            p,
            r,
            checked.services(),
            status,
            checked.from(),
            checked.until(),
            actor.channel().code(),
            clock.instant());
    if (status.awaitsCode()) {
      String normalized = ActivationCodes.normalize(code).orElseThrow();
      m.awaitCode(codes.hash(m.id(), normalized), plus(config.codeValidity()), plus(config.pendingLapse()));
    }
    mandates.persist(m);
    return m;
  }

  // --- activate / approve ----------------------------------------------------------------------------------

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
      throw ProblemException.invalid(ProblemCode.CODE_MALFORMED, "code");
    }
    boolean activation = expected == MandateStatus.PENDING;
    String role = activation ? MandateDetails.REPRESENTATIVE : MandateDetails.PRINCIPAL;
    // A wrong code or a lapse is committed first and only then reported as a refusal.
    Outcome outcome =
        inNewTransaction(
            () -> {
              MandateLocator.Located found = locator.forUpdate(actor, mandateId);
              Mandate m = found.mandate();
              if (!role.equals(found.role())) {
                throw ProblemException.of(
                    activation
                        ? ProblemCode.ONLY_REPRESENTATIVE_ACTIVATES
                        : ProblemCode.ONLY_PRINCIPAL_APPROVES);
              }
              if (m.status() == MandateStatus.LOCKED) {
                return Outcome.failed(ProblemException.of(ProblemCode.MANDATE_LOCKED));
              }
              if (m.status() != expected) {
                throw ProblemException.of(
                    activation
                        ? ProblemCode.NOT_AWAITING_ACTIVATION
                        : ProblemCode.NOT_AWAITING_APPROVAL,
                    ProblemException.parameter("mandateStatus", m.status().code()));
              }
              Instant now = clock.instant();
              if (lapsing.lapseIfDue(m, now)) {
                return Outcome.failed(ProblemException.of(ProblemCode.MANDATE_LAPSED));
              }
              requireLevel(actor, m.services());
              if (!activation) {
                terms.requirePrincipalMayGive(actor.party(), m.services());
              }
              if (!codes.matches(m.id(), code.get(), m.codeHash())) {
                return Outcome.failed(wrongCode(m, found, actor, now));
              }
              if (!m.codeExpiresAt().isAfter(now)) {
                throw ProblemException.invalid(ProblemCode.CODE_EXPIRED, "code");
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
              return Outcome.done(MandateDetails.of(m, found.party(), clock));
            });
    return outcome.orThrow();
  }

  /** Counts a wrong code (the 5th locks the mandate, and both parties get a letter); the refusal to report. */
  private ProblemException wrongCode(
      Mandate m, MandateLocator.Located found, Actor actor, Instant now) {
    String before = m.status().code();
    boolean nowLocked = m.wrongCode(config.maxCodeAttempts(), now);
    audit.append(
        m.id(), who(actor, found.party()), nowLocked ? "lock" : "wrong-code", before, m.status().code());
    if (nowLocked) {
      letters.locked(m);
      LOG.infof("Mandate %s locked after %d wrong codes", m.id(), m.codeAttempts());
      return ProblemException.of(ProblemCode.MANDATE_LOCKED);
    }
    int left = config.maxCodeAttempts() - m.codeAttempts();
    return ProblemException.invalid(
        ProblemCode.CODE_WRONG,
        "code",
        ProblemException.parameter("attemptsLeft", left),
        "is not the right code ("
            + left
            + (left == 1 ? " try" : " tries")
            + " left before the mandate locks)");
  }

  // --- decline / revoke / undo -----------------------------------------------------------------------------

  /**
   * The party that has to act refuses: the representative a pending mandate, the principal a requested one:
   * {@code declined}.
   */
  public MandateDetails decline(Actor actor, UUID mandateId) {
    requireChannel(actor, Channel.ONLINE, Channel.HELPDESK);
    return inNewTransaction(
        () -> {
          MandateLocator.Located found = locator.forUpdate(actor, mandateId);
          Mandate m = found.mandate();
          requireLevel(actor, m.services());
          Instant now = clock.instant();
          if (!m.status().awaitsCode() || lapsing.lapseIfDue(m, now)) {
            throw ProblemException.of(
                ProblemCode.NOT_DECLINABLE,
                ProblemException.parameter("mandateStatus", m.status().code()));
          }
          if (!found.role().equals(MandateDetails.awaiting(m.status()))) {
            throw ProblemException.of(ProblemCode.ONLY_ASKED_PARTY_DECLINES);
          }
          String before = m.status().code();
          m.decline(now);
          audit.append(m.id(), who(actor, found.party()), "decline", before, m.status().code());
          letters.declined(m, found.party());
          LOG.infof("Mandate %s declined", m.id());
          return MandateDetails.of(m, found.party(), clock);
        });
  }

  /**
   * Either party (online, or a helpdesk agent for them) or an administrator ends the mandate: {@code
   * revoked}, in force when this returns (the BVD answers from committed data); the broker is told after
   * the commit, the other party (an administrator: both) by letter.
   */
  public MandateDetails revoke(Actor actor, UUID mandateId) {
    requireChannel(actor, Channel.ONLINE, Channel.HELPDESK, Channel.ADMIN);
    return inNewTransaction(
        () -> {
          MandateLocator.Located found = locator.forUpdate(actor, mandateId);
          requireLevel(actor, found.mandate().services());
          return revoked(found.mandate(), found, actor, clock.instant());
        });
  }

  private MandateDetails revoked(Mandate m, MandateLocator.Located found, Actor actor, Instant now) {
    if (!m.status().isOpen() || lapsing.lapseIfDue(m, now)) {
      throw ProblemException.of(
          ProblemCode.MANDATE_ENDED,
          ProblemException.parameter("mandateStatus", m.status().code()));
    }
    String before = m.status().code();
    m.revoke(now);
    revocations.fire(MandateRevoked.of(m));
    audit.append(m.id(), who(actor, found.party()), "revoke", before, m.status().code());
    if (actor.channel() == Channel.ADMIN) {
      letters.revokedByAdministrator(m);
    } else {
      letters.revoked(m, found.party(), actor.channel() == Channel.HELPDESK);
    }
    LOG.infof("Mandate %s revoked (%s)", m.id(), actor.channel().code());
    return MandateDetails.of(m, found.party(), clock);
  }

  /**
   * The principal undoes a helpdesk registration within {@code namens.helpdesk.undo-period}: {@code
   * revoked}.
   */
  public MandateDetails undo(Actor principal, UUID mandateId) {
    requireChannel(principal, Channel.ONLINE, Channel.HELPDESK);
    return inNewTransaction(
        () -> {
          MandateLocator.Located found = locator.forUpdate(principal, mandateId);
          Mandate m = found.mandate();
          requireLevel(principal, m.services());
          if (!MandateDetails.PRINCIPAL.equals(found.role())) {
            throw ProblemException.of(ProblemCode.ONLY_PRINCIPAL_UNDOES);
          }
          if (!Channel.HELPDESK.code().equals(m.channel()) || m.undoUntil() == null) {
            throw ProblemException.of(ProblemCode.NOT_A_HELPDESK_REGISTRATION);
          }
          Instant now = clock.instant();
          if (now.isAfter(m.undoUntil())) {
            throw ProblemException.of(ProblemCode.UNDO_PERIOD_ENDED);
          }
          if (!m.status().isOpen()) {
            throw ProblemException.of(
                ProblemCode.MANDATE_ENDED,
                ProblemException.parameter("mandateStatus", m.status().code()));
          }
          String before = m.status().code();
          m.revoke(now);
          revocations.fire(MandateRevoked.of(m));
          audit.append(m.id(), who(principal, found.party()), "undo", before, m.status().code());
          letters.undone(m);
          LOG.infof("Mandate %s undone", m.id());
          return MandateDetails.of(m, found.party(), clock);
        });
  }

  // --- employees of a company representative ---------------------------------------------------------------

  /**
   * The company (representative) decides which employees may use the mandate: {@code all} or {@code listed}
   * (then only {@code actingSubjectIds}, eHerkenning pseudonyms).
   */
  public EmployeePolicy setEmployees(Actor company, UUID mandateId, EmployeePolicy asked) {
    requireChannel(company, Channel.ONLINE, Channel.HELPDESK);
    EmployeePolicy policy =
        (asked == null ? new EmployeePolicy(null, List.of()) : asked).checked();
    return inNewTransaction(
        () -> {
          MandateLocator.Located found = companyHeld(locator.forUpdate(company, mandateId));
          Mandate m = found.mandate();
          requireLevel(company, m.services());
          if (!m.status().isOpen()) {
            throw ProblemException.of(
                ProblemCode.MANDATE_ENDED,
                ProblemException.parameter("mandateStatus", m.status().code()));
          }
          boolean narrowed = narrows(m.employeePolicy(), m.employees(), policy);
          m.employees(policy.policy(), new LinkedHashSet<>(policy.actingSubjectIds()), clock.instant());
          if (narrowed && m.status() == MandateStatus.ACTIVE) {
            // someone may no longer use it: end the sessions under it (the others log in again)
            revocations.fire(MandateRevoked.of(m));
          }
          audit.append(
              m.id(),
              who(company, found.party()),
              "employees-" + policy.policy(),
              m.status().code(),
              m.status().code());
          return new EmployeePolicy(m.employeePolicy(), m.employees());
        });
  }

  /**
   * An online act (give, request, activate, approve, decline, revoke, undo, choose employees) needs a login at
   * least at the highest minimum level of assurance of the services involved ({@code loa-too-low}, 403, with
   * {@code requiredLoa}); a login that says no level may act only where basis suffices. The helpdesk needs
   * substantieel for every act ({@code FourEyes}); an administrator is not a login.
   */
  private static void requireLevel(Actor actor, java.util.Collection<Service> services) {
    if (actor.channel() != Channel.ONLINE) {
      return;
    }
    LevelOfAssurance needed =
        services.stream()
            .map(Service::minimumLoa)
            .max(Enum::compareTo)
            .orElse(LevelOfAssurance.BASIS);
    LevelOfAssurance reached = actor.loa() == null ? LevelOfAssurance.BASIS : actor.loa();
    if (!reached.satisfies(needed)) {
      throw ProblemException.of(
          ProblemCode.LOA_TOO_LOW, ProblemException.parameter("requiredLoa", needed.code()));
    }
  }

  /** Whether the new policy takes the mandate from an employee who could use it before. */
  static boolean narrows(String policyBefore, List<String> listedBefore, EmployeePolicy after) {
    if (!"listed".equals(after.policy())) {
      return false;
    }
    return !"listed".equals(policyBefore) || !after.actingSubjectIds().containsAll(listedBefore);
  }

  /** Only the company that holds the mandate chooses its employees. */
  static MandateLocator.Located companyHeld(MandateLocator.Located found) {
    if (!MandateDetails.REPRESENTATIVE.equals(found.role())) {
      throw ProblemException.of(ProblemCode.ONLY_REPRESENTATIVE_CHOOSES_EMPLOYEES);
    }
    if (found.party().type() != SubjectType.KVK) {
      throw ProblemException.of(ProblemCode.REPRESENTATIVE_NOT_COMPANY);
    }
    return found;
  }

  // --- helpers -----------------------------------------------------------------------------------------------

  /**
   * The actor may do this act through its channel. A read-only employee (no portal authorisation in
   * their eHerkenning login) may do none: every act here changes something.
   */
  private static void requireChannel(Actor actor, Channel... allowed) {
    if (actor.readOnly()) {
      throw ProblemException.of(ProblemCode.EMPLOYEE_NOT_AUTHORISED);
    }
    for (Channel channel : allowed) {
      if (actor.channel() == channel) {
        return;
      }
    }
    throw new IllegalArgumentException("channel " + actor.channel().code() + " cannot do this");
  }

  /** The actor registers or requests for its own party: the channel put it in the terms. */
  private static void requireParty(Actor actor, nl.namens.register.party.PartyReference inTerms) {
    if (inTerms == null || actor.party() == null || !actor.party().sameParty(inTerms)) {
      throw new IllegalArgumentException("the actor is not the party it acts as in the terms");
    }
  }

  private static AuditEntry.Who who(Actor actor, Party party) {
    if (actor.channel() == Channel.ADMIN) {
      return AuditEntry.Who.ADMIN;
    }
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

  private static <T> T inNewTransaction(Supplier<T> work) {
    return QuarkusTransaction.requiringNew().call(work::get);
  }

  /** A result decided inside a transaction that must commit even when it is a refusal. */
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
