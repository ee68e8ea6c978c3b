package nl.namens.register.legal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.namens.identifiers.SubjectType;
import nl.namens.register.agent.Agent;
import nl.namens.register.agent.FourEyes;
import nl.namens.register.mandate.MandateRevoked;
import nl.namens.register.party.NewParty;
import nl.namens.register.party.Parties;
import nl.namens.register.party.Party;
import nl.namens.register.party.PartyReference;
import nl.namens.register.problem.ProblemCode;
import nl.namens.register.problem.ProblemException;
import nl.namens.register.service.Catalogue;
import nl.namens.register.service.Service;
import org.jboss.logging.Logger;

/**
 * Every change to a legal representation, from every channel: rows of the registers' feeds (created,
 * corrected, terminated; {@link LegalImports} runs the batches) and survivor mandates (proposed, approved or
 * declined and ended at the helpdesk, registered by an administrator or the demo data). Each change is audited in {@code
 * legal_audit_entries} in its own transaction; nothing is stored on a refusal.
 */
@ApplicationScoped
public class LegalCommands {

  private static final Logger LOG = Logger.getLogger(LegalCommands.class);

  /** What applying an import row did. */
  enum Outcome {
    APPLIED,
    UNCHANGED
  }

  private final LegalRepresentationRepository repository;
  private final Parties parties;
  private final Catalogue catalogue;
  private final Clock clock;
  private final Event<MandateRevoked> endings;

  LegalCommands(
      LegalRepresentationRepository repository,
      Parties parties,
      Catalogue catalogue,
      Clock clock,
      Event<MandateRevoked> endings) {
    this.repository = repository;
    this.parties = parties;
    this.catalogue = catalogue;
    this.clock = clock;
    this.endings = endings;
  }

  /**
   * Legal relations whose end date has passed: tell the broker (after the commit) to end the sessions acting
   * under them, once each.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public int endSessionsOfExpired(int max) {
    Instant now = clock.instant();
    List<LegalRepresentation> expired =
        repository.expiredWithLiveSessions(LocalDate.now(clock), max);
    for (LegalRepresentation legal : expired) {
      legal.sessionsEnded(now);
      endings.fire(
          new MandateRevoked(
              legal.id(), legal.representative().type().name(), legal.representative().identifier()));
    }
    return expired.size();
  }

  // --- rows of the registers' feeds ----------------------------------------------------------------------------

  /** Applies one validated import row in its own transaction: all of the row, or nothing of it. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  Outcome applyRow(LegalSource source, ImportRow.Valid row) {
    return write(source, row);
  }

  /** As {@link #applyRow}, in the caller's transaction (the all-or-nothing demo-data load). */
  @Transactional(Transactional.TxType.MANDATORY)
  Outcome applyRowHere(LegalSource source, ImportRow.Valid row) {
    return write(source, row);
  }

  /**
   * The represented person's birth date (BRP: the child's) is recorded on the party; a changed birth date is
   * a correction. Rows whose fields equal what the register holds are {@code UNCHANGED} and not audited.
   */
  private Outcome write(LegalSource source, ImportRow.Valid row) {
    Instant now = clock.instant();
    Party represented = party(row.representedBsn(), row.representedName());
    Party representative = party(row.representativeBsn(), row.representativeName());
    Optional<LegalRepresentation> existing =
        repository.lockedByExternalId(source, row.externalId());
    boolean birthDateChanged = parties.recordBirthDate(represented, row.representedBirthDate());
    if (existing.isPresent()
        && existing.get().holds(row, represented, representative)
        && !birthDateChanged) {
      return Outcome.UNCHANGED;
    }
    LegalRepresentation legal =
        existing.orElseGet(() -> new LegalRepresentation(source, row.externalId(), now));
    String action =
        row.terminated() ? "terminated" : existing.isPresent() ? "corrected" : "created";
    Optional<Party> activeBefore =
        existing
            .filter(l -> LegalRepresentation.ACTIVE.equals(l.status()))
            .map(LegalRepresentation::representative);
    legal.take(row, represented, representative, now);
    // A relation in force that the register ended or corrected: the sessions acting under it end (after the
    // commit); a correction that still holds is offered again at the next login.
    activeBefore.ifPresent(
        before ->
            endings.fire(
                new MandateRevoked(legal.id(), before.type().name(), before.identifier())));
    if (existing.isEmpty()) {
      repository.persist(legal);
    }
    repository.flush();
    repository
        .getEntityManager()
        .persist(new LegalAuditEntry(legal.id(), now, source.code(), action, legal.status()));
    return Outcome.APPLIED;
  }

  private Party party(String bsn, String displayName) {
    PartyReference reference = new PartyReference("BSN", bsn);
    return parties
        .find(reference)
        .orElseGet(
            () ->
                displayName == null
                    ? parties.findOrRegister(reference)
                    : parties.register(new NewParty("BSN", bsn, displayName)));
  }

  // --- survivor mandates -------------------------------------------------------------------------------------

  /**
   * An administrator (or the demo data) registers an active survivor mandate for {@code agentId}. 400 when a
   * party is not a BSN, the holder is the deceased, an heir's evidence is not a verklaring van erfrecht, a
   * service is unknown, retired or not marked {@code settlesEstate}, or {@code validFrom} is before the date
   * of death; 409 when the register knows of no death of the deceased (BRP deaths feed), the holder has
   * died, or an active or proposed survivor mandate for this estate already names one of the services.
   */
  @Transactional
  public SurvivorMandateView registerSurvivor(
      @Valid @NotNull NewSurvivorMandate request, String agentId) {
    LegalRepresentation legal = newSurvivor(request, agentId, LegalRepresentation.ACTIVE);
    audit(legal, "created", agentId, null, legal.createdAt());
    LOG.infof(
        "Survivor mandate %s registered by %s: estate of party %s, holder party %s, %d service(s)",
        legal.id(), agentId, legal.represented().id(), legal.representative().id(),
        legal.survivorServices().size());
    return SurvivorMandateView.of(legal);
  }

  /**
   * A helpdesk agent proposes a survivor mandate: {@code proposed}, not offered to anyone until a second,
   * different agent {@link #approveSurvivor approves} it. The rules of {@link #registerSurvivor}, and 403
   * when the agent is the deceased or the holder, or logged in below substantieel.
   */
  @Transactional
  public SurvivorMandateView proposeSurvivor(@Valid @NotNull NewSurvivorMandate request, Agent agent) {
    FourEyes.requireAssurance(agent);
    FourEyes.requireNotAParty(agent, request.deceased(), request.holder());
    LegalRepresentation legal = newSurvivor(request, agent.id(), LegalRepresentation.PROPOSED);
    audit(legal, "proposed", agent.id(), null, legal.createdAt());
    LOG.infof(
        "Survivor mandate %s proposed by agent %s: estate of party %s, %d service(s)",
        legal.id(), agent.id(), legal.represented().id(), legal.survivorServices().size());
    return SurvivorMandateView.of(legal);
  }

  /**
   * A second agent approves a survivor proposal: {@code active}. 404 unknown; 409 no longer a proposal, or
   * the estate's service has another holder by now; 403 the proposing agent, an agent who is a party.
   */
  @Transactional
  public SurvivorMandateView approveSurvivor(UUID id, Agent agent) {
    FourEyes.requireAssurance(agent);
    LegalRepresentation legal = survivorProposal(id);
    FourEyes.requireSecondAgent(agent, legal.agentId());
    FourEyes.requireNotAParty(agent, legal.represented(), legal.representative());
    parties.lock(legal.represented());
    if (repository.survivorCovers(
        legal.represented().id(),
        legal.survivorServices().stream().map(Service::id).toList(),
        legal.id())) {
      throw ProblemException.of(ProblemCode.SURVIVOR_MANDATE_TAKEN);
    }
    Instant now = clock.instant();
    legal.approve(agent.id(), now);
    audit(legal, "approved", agent.id(), null, now);
    LOG.infof("Survivor mandate %s approved by agent %s", legal.id(), agent.id());
    return SurvivorMandateView.of(legal);
  }

  /** A second agent (or the proposer, withdrawing it) declines a survivor proposal: ended, {@code declined}. */
  @Transactional
  public SurvivorMandateView declineSurvivor(UUID id, Agent agent) {
    FourEyes.requireAssurance(agent);
    LegalRepresentation legal = survivorProposal(id);
    FourEyes.requireNotAParty(agent, legal.represented(), legal.representative());
    Instant now = clock.instant();
    legal.end(LegalRepresentation.DECLINED, now);
    audit(legal, "declined", agent.id(), LegalRepresentation.DECLINED, now);
    LOG.infof("Survivor mandate %s declined by agent %s", legal.id(), agent.id());
    return SurvivorMandateView.of(legal);
  }

  private LegalRepresentation survivorProposal(UUID id) {
    LegalRepresentation legal =
        repository
            .findForUpdate(id)
            .filter(l -> l.kind() == LegalKind.SURVIVOR)
            .orElseThrow(() -> ProblemException.of(ProblemCode.SURVIVOR_MANDATE_NOT_FOUND));
    if (!LegalRepresentation.PROPOSED.equals(legal.status())) {
      throw ProblemException.of(
          ProblemCode.NOT_A_PROPOSAL, ProblemException.parameter("proposalStatus", legal.status()));
    }
    return legal;
  }

  /** Checks and stores a new survivor mandate with {@code status}; the caller audits it. */
  private LegalRepresentation newSurvivor(NewSurvivorMandate request, String agentId, String status) {
    requirePerson("deceased", request.deceased().type());
    requirePerson("holder", request.holder().type());
    if (request.holder().sameParty(request.deceased())) {
      throw ProblemException.invalid(ProblemCode.HOLDER_IS_DECEASED, "holder");
    }
    SurvivorRole role = SurvivorRole.fromCode(request.role()).orElseThrow();
    if (role == SurvivorRole.HEIR && !"verklaring-van-erfrecht".equals(request.evidence().type())) {
      throw ProblemException.invalid(ProblemCode.HEIR_NEEDS_INHERITANCE_CERTIFICATE, "evidence.type");
    }
    List<Service> services = catalogue.requireOfferedForEstates(request.services());
    Instant now = clock.instant();
    LocalDate validFrom =
        request.validFrom() == null ? LocalDate.ofInstant(now, clock.getZone()) : request.validFrom();
    // The death must be known from the BRP feed; nothing is registered for a person who is not known dead.
    Party deceased =
        parties
            .find(request.deceased())
            .filter(p -> p.diedOn() != null)
            .orElseThrow(() -> ProblemException.of(ProblemCode.DEATH_NOT_KNOWN));
    if (validFrom.isBefore(deceased.diedOn())) {
      throw ProblemException.invalid(ProblemCode.VALID_FROM_BEFORE_DEATH, "validFrom");
    }
    Party holder = parties.findOrRegister(request.holder());
    if (holder.diedOn() != null) {
      throw ProblemException.of(ProblemCode.PARTY_DECEASED);
    }
    parties.lock(deceased);
    if (repository.survivorCovers(deceased.id(), services.stream().map(Service::id).toList(), null)) {
      throw ProblemException.of(ProblemCode.SURVIVOR_MANDATE_TAKEN);
    }
    LegalRepresentation legal =
        LegalRepresentation.survivor(
            status,
            deceased,
            holder,
            role,
            request.evidence().type(),
            request.evidence().reference().strip(),
            services,
            validFrom,
            agentId,
            now);
    repository.persist(legal);
    repository.flush();
    return legal;
  }

  /**
   * Ends a survivor mandate ({@code settled} or {@code revoked}), also one still proposed (it is then
   * withdrawn); 404 unknown, 409 already ended. The broker is told (after the commit) to end the holder's
   * sessions under it.
   */
  @Transactional
  public SurvivorMandateView endSurvivor(UUID id, String reason, String agentId) {
    LegalRepresentation legal =
        repository
            .findForUpdate(id)
            .filter(l -> l.kind() == LegalKind.SURVIVOR)
            .orElseThrow(() -> ProblemException.of(ProblemCode.SURVIVOR_MANDATE_NOT_FOUND));
    if (LegalRepresentation.ENDED.equals(legal.status())) {
      throw ProblemException.of(
          ProblemCode.SURVIVOR_MANDATE_ENDED,
          ProblemException.parameter("endReason", legal.endReason()));
    }
    Instant now = clock.instant();
    legal.end(reason, now);
    audit(legal, "ended", agentId, reason, now);
    endings.fire(
        new MandateRevoked(
            legal.id(), legal.representative().type().name(), legal.representative().identifier()));
    LOG.infof("Survivor mandate %s ended (%s) by agent %s", legal.id(), reason, agentId);
    return SurvivorMandateView.of(legal);
  }

  private void audit(LegalRepresentation legal, String action, String agentId, String reason, Instant now) {
    repository
        .getEntityManager()
        .persist(
            new LegalAuditEntry(
                legal.id(),
                now,
                LegalSource.HELPDESK.code(),
                action,
                legal.status(),
                agentId,
                reason));
  }

  private static void requirePerson(String field, String type) {
    if (!SubjectType.BSN.name().equals(type)) {
      throw ProblemException.invalid(ProblemCode.SURVIVOR_NEEDS_PERSON, field + ".type");
    }
  }
}
