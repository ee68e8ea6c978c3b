package nl.namens.register.legal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.namens.identifiers.SubjectType;
import nl.namens.register.party.Parties;
import nl.namens.register.party.PartyIdentity;
import nl.namens.register.problem.ProblemCode;
import nl.namens.register.problem.ProblemException;
import nl.namens.register.service.Service;

/** Which legal representations are in force for a service on a day, and whom they incapacitate. */
@ApplicationScoped
public class LegalRepresentations {

  /** The kinds that take capacity away, strongest first: the first that applies is the reason. */
  private static final List<LegalKind> INCAPACITATING =
      List.of(LegalKind.CURATELE, LegalKind.BEWIND, LegalKind.MENTORSCHAP);

  /** Kind (enum order), then start date, then id: a stable order for the lists. */
  private static final Comparator<LegalRepresentation> ORDER =
      Comparator.comparing((LegalRepresentation l) -> l.kind().ordinal())
          .thenComparing(LegalRepresentation::validFrom)
          .thenComparing(LegalRepresentation::id);

  private final LegalRepresentationRepository repository;
  private final Parties parties;
  private final LegalConfig config;

  LegalRepresentations(
      LegalRepresentationRepository repository, Parties parties, LegalConfig config) {
    this.repository = repository;
    this.parties = parties;
    this.config = config;
  }

  /**
   * The legal representations with these ids, with both parties and the survivor services,
   * read-only (the BVD's page, found by its SQL): by id.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public Map<UUID, LegalRepresentation> byIds(Collection<UUID> ids) {
    if (ids.isEmpty()) {
      return Map.of();
    }
    return repository.withParties(ids).stream()
        .collect(Collectors.toMap(LegalRepresentation::id, Function.identity(), (a, b) -> a));
  }

  /** The legal representation (or survivor mandate) with this id, if any. */
  @Transactional(Transactional.TxType.MANDATORY)
  public Optional<LegalRepresentation> find(UUID id) {
    return repository.findByIdOptional(id);
  }

  /**
   * Who represents {@code subject} by law on {@code day}: the relations in force where they are the
   * represented person, strongest kind first. Empty for a company or an unknown party.
   */
  @Transactional
  public List<LegalRelationView> representedBy(PartyIdentity subject, LocalDate day) {
    if (subject.subjectType().orElse(null) != SubjectType.BSN) {
      return List.of();
    }
    return parties.find(subject).map(party -> repository.representing(party.id())).orElse(List.of()).stream()
        .filter(l -> l.inForceOn(day, config))
        .sorted(ORDER)
        .map(l -> LegalRelationView.forRepresented(l, day, config))
        .toList();
  }

  /**
   * Whom {@code subject} represents by law on {@code day}: the relations in force they hold, with the scope.
   * Empty for a company or an unknown party.
   */
  @Transactional
  public List<LegalRelationView> representing(PartyIdentity subject, LocalDate day) {
    if (subject.subjectType().orElse(null) != SubjectType.BSN) {
      return List.of();
    }
    return parties.find(subject).map(party -> repository.heldBy(party.id())).orElse(List.of()).stream()
        .filter(l -> l.inForceOn(day, config))
        .sorted(ORDER)
        .map(l -> LegalRelationView.forRepresentative(l, day, config))
        .toList();
  }

  /** The survivor mandate with this id; "not found" if unknown (or another kind of legal representation). */
  @Transactional
  public SurvivorMandateView survivor(UUID id) {
    return repository
        .findByIdOptional(id)
        .filter(l -> l.kind() == LegalKind.SURVIVOR)
        .map(SurvivorMandateView::of)
        .orElseThrow(() -> ProblemException.of(ProblemCode.SURVIVOR_MANDATE_NOT_FOUND));
  }

  /** Survivor mandates proposed at the helpdesk, awaiting a second agent, oldest first (at most 200). */
  @Transactional
  public List<SurvivorMandateView> survivorProposals() {
    return repository.survivorProposals(200).stream().map(SurvivorMandateView::of).toList();
  }

  /** The effective last day of the relation (end date or the day before the 18th birthday). */
  public LocalDate validUntil(LegalRepresentation legal) {
    return legal.effectiveValidUntil(config);
  }

  /**
   * Whether {@code subject} may act for themselves at {@code service} on {@code day}, and if not why and who
   * may act for them there (display names and kinds only).
   */
  @Transactional
  public CapacityAnswer capacity(PartyIdentity subject, Service service, LocalDate day) {
    if (service.allowsSelfServiceUnderRepresentation()
        || subject.subjectType().orElse(null) != SubjectType.BSN) {
      return CapacityAnswer.free();
    }
    List<LegalRepresentation> inForce =
        parties
            .find(subject)
            .map(party -> repository.representing(party.id()))
            .orElse(List.of())
            .stream()
            .filter(l -> l.inForceOn(day, config))
            .toList();
    Optional<LegalKind> reason =
        INCAPACITATING.stream()
            .filter(kind -> kind.incapacitates(service.category()))
            .filter(kind -> inForce.stream().anyMatch(l -> l.kind() == kind))
            .findFirst();
    if (reason.isEmpty()) {
      return CapacityAnswer.free();
    }
    List<CapacityAnswer.Representative> representatives = new ArrayList<>();
    inForce.stream()
        .filter(l -> l.kind() != LegalKind.SURVIVOR)
        .filter(l -> l.offeredAt(service, day, config))
        .sorted(Comparator.comparing(l -> l.kind().ordinal()))
        .map(l -> new CapacityAnswer.Representative(l.representative().displayName(), l.kind().code()))
        .distinct()
        .forEach(representatives::add);
    return new CapacityAnswer(false, reason.get().code(), representatives);
  }
}
