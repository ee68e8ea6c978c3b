package nl.namens.register.statement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import nl.namens.register.legal.LegalRepresentations;
import nl.namens.register.mandate.MandateQueries;
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

  /** Principal display name (case-insensitive, unnamed last), then the mandate id as text. */
  private static final Comparator<Representation> ORDER =
      Comparator.comparing(
              (Representation r) ->
                  r.principal().displayName() == null
                      ? null
                      : r.principal().displayName().toLowerCase(Locale.ROOT),
              Comparator.nullsLast(Comparator.<String>naturalOrder()))
          .thenComparing(r -> r.mandateId().toString());

  private final MandateQueries mandates;
  private final LegalRepresentations legal;
  private final Catalogue catalogue;
  private final Clock clock;

  Statements(MandateQueries mandates, LegalRepresentations legal, Catalogue catalogue, Clock clock) {
    this.mandates = mandates;
    this.legal = legal;
    this.catalogue = catalogue;
    this.clock = clock;
  }

  /**
   * Voluntary, chain and legal relations together, matching the search, ordered by the principal's display
   * name (case-insensitive; unnamed last) and then the id, so pages are stable; {@code total} counts all
   * matches before paging.
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
    List<Representation> all =
        Stream.concat(
                mandates.offeredTo(actor, actingSubjectId, service, today).stream()
                    .filter(m -> search.matches(m.principal()))
                    .map(m -> Representation.of(m, service)),
                legal.offeredTo(actor, service, today, search).stream()
                    .map(l -> Representation.of(l, legal.validUntil(l), service)))
            .map(r -> withinRange(r, today))
            .sorted(ORDER)
            .toList();
    int from = Math.min(offset == null ? 0 : offset, all.size());
    int to = limit == null ? all.size() : Math.min(all.size(), from + limit);
    return new RepresentationsAnswer(all.subList(from, to), all.size());
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
    return mandates
        .offeredTo(actor, actingSubjectId, principal, service, mandateId, today)
        .map(m -> Representation.of(m, service))
        .or(
            () ->
                legal
                    .offeredTo(actor, principal, service, mandateId, today)
                    .map(l -> Representation.of(l, legal.validUntil(l), service)))
        .map(r -> withinRange(r, today))
        .map(AuthorizationAnswer::granted)
        .orElseGet(AuthorizationAnswer::denied);
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
