package nl.namens.register.statement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.namens.identifiers.SubjectType;
import nl.namens.register.legal.LegalConfig;
import nl.namens.register.legal.LegalRepresentation;
import nl.namens.register.legal.LegalRepresentations;
import nl.namens.register.mandate.Mandate;
import nl.namens.register.mandate.MandateQueries;
import nl.namens.register.party.Parties;
import nl.namens.register.party.PartyIdentity;
import nl.namens.register.party.PartySearch;
import nl.namens.register.problem.ProblemCode;
import nl.namens.register.problem.ProblemException;
import nl.namens.register.service.Catalogue;
import nl.namens.register.service.Service;
import org.jboss.logging.Logger;

/**
 * Answers the authorization-statement questions (bevoegdheidsverklaring) for today's date, over voluntary and
 * chain mandates and legal representations together.
 */
@ApplicationScoped
public class Statements {

  private static final Logger LOG = Logger.getLogger(Statements.class);

  private final OfferQueries offers;
  private final MandateQueries mandates;
  private final LegalRepresentations legal;
  private final Parties parties;
  private final Catalogue catalogue;
  private final LegalConfig legalConfig;
  private final Clock clock;

  Statements(
      OfferQueries offers,
      MandateQueries mandates,
      LegalRepresentations legal,
      Parties parties,
      Catalogue catalogue,
      LegalConfig legalConfig,
      Clock clock) {
    this.offers = offers;
    this.mandates = mandates;
    this.legal = legal;
    this.parties = parties;
    this.catalogue = catalogue;
    this.legalConfig = legalConfig;
    this.clock = clock;
  }

  /**
   * Voluntary, chain and legal relations together, matching the search, ordered by the principal's display
   * name (case-insensitive; unnamed last) and then the id, so pages are stable; {@code total} counts all
   * matches before paging. Filtering, ordering, paging and counting are SQL ({@link OfferQueries}); only the
   * page's relations are loaded.
   */
  @Transactional
  public RepresentationsAnswer representations(
      PartyIdentity actor,
      String actingSubjectId,
      UUID serviceId,
      PartySearch search,
      Integer offset,
      Integer limit) {
    Service service = service(serviceId);
    LocalDate today = today();
    Optional<OfferQueries.Question> question = question(actor, actingSubjectId, service, today);
    if (question.isEmpty()) {
      return new RepresentationsAnswer(List.of(), 0);
    }
    List<OfferQueries.Found> page =
        offers.page(question.get(), search, offset == null ? 0 : offset, limit);
    long total = offers.count(question.get(), search);
    return new RepresentationsAnswer(representations(page, service, today), Math.toIntExact(total));
  }

  /**
   * Whether the actor (an employee {@code actingSubjectId} of a company actor, may be null) may act for the
   * principal at the service now, through the relation {@code mandateId} if given.
   */
  @Transactional
  public AuthorizationAnswer authorization(
      PartyIdentity actor,
      String actingSubjectId,
      PartyIdentity principal,
      UUID serviceId,
      Optional<UUID> mandateId) {
    Service service = service(serviceId);
    LocalDate today = today();
    return question(actor, actingSubjectId, service, today)
        .flatMap(
            q ->
                parties
                    .find(principal)
                    .flatMap(p -> offers.first(q, p.id(), mandateId.orElse(null))))
        .map(found -> representations(List.of(found), service, today))
        .filter(list -> !list.isEmpty())
        .map(list -> AuthorizationAnswer.granted(list.get(0)))
        .orElseGet(AuthorizationAnswer::denied);
  }

  /** The question for a known actor at a service in use; none when nothing can be offered. */
  private Optional<OfferQueries.Question> question(
      PartyIdentity actor, String actingSubjectId, Service service, LocalDate today) {
    if (service.retired()) {
      return Optional.empty();
    }
    boolean bsn = actor.subjectType().orElse(null) == SubjectType.BSN;
    return parties
        .find(actor)
        .map(
            party ->
                new OfferQueries.Question(
                    party.id(),
                    actingSubjectId,
                    service,
                    today,
                    bsn,
                    legalConfig.adultAge(),
                    legalConfig.careParentUntilAge()));
  }

  /** The found relations as the BVD shows them, in the order found (loaded in two queries). */
  private List<Representation> representations(
      List<OfferQueries.Found> found, Service service, LocalDate today) {
    Map<UUID, Mandate> byMandate =
        mandates.byIds(found.stream().filter(f -> !f.legal()).map(OfferQueries.Found::id).toList());
    Map<UUID, LegalRepresentation> byLegal =
        legal.byIds(found.stream().filter(OfferQueries.Found::legal).map(OfferQueries.Found::id).toList());
    List<Representation> list = new ArrayList<>(found.size());
    for (OfferQueries.Found f : found) {
      Representation r =
          f.legal()
              ? Optional.ofNullable(byLegal.get(f.id()))
                  .map(l -> Representation.of(l, legal.validUntil(l), service, today))
                  .orElse(null)
              : Optional.ofNullable(byMandate.get(f.id()))
                  .map(m -> Representation.of(m, service))
                  .orElse(null);
      if (r != null) {
        list.add(withinRange(r, today));
      }
    }
    return list;
  }

  /**
   * Defense in depth: the entrances refuse dates outside the register's range (DateRule), but a record
   * stored before they did is answered with its dates brought inside it, and logged by its id so that it
   * can be corrected at its source.
   */
  private static Representation withinRange(Representation representation, LocalDate today) {
    Representation sane = representation.withinRange(today);
    if (sane != representation) {
      LOG.warnf(
          "Relation %s holds a date outside the register's range; answered within it (correct the record)",
          representation.mandateId());
    }
    return sane;
  }

  private Service service(UUID id) {
    return catalogue
        .find(id)
        .orElseThrow(() -> ProblemException.of(ProblemCode.SERVICE_NOT_FOUND));
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }
}
