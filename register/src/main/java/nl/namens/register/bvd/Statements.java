package nl.namens.register.bvd;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.UUID;
import nl.namens.register.legal.LegalRepresentations;
import nl.namens.register.mandate.Mandates;
import nl.namens.register.problem.ProblemException;
import nl.namens.register.service.Catalogue;
import nl.namens.register.service.Service;

/** Answers the BVD questions for today's date: voluntary mandates first, then legal representations. */
@ApplicationScoped
class Statements {

  private final Mandates mandates;
  private final LegalRepresentations legal;
  private final Catalogue catalogue;
  private final Clock clock;

  Statements(Mandates mandates, LegalRepresentations legal, Catalogue catalogue, Clock clock) {
    this.mandates = mandates;
    this.legal = legal;
    this.catalogue = catalogue;
    this.clock = clock;
  }

  @Transactional
  RepresentationsAnswer representations(RepresentationsRequest request) {
    Service service = service(request.service());
    LocalDate today = today();
    return new RepresentationsAnswer(
        Stream.concat(
                mandates
                    .offeredTo(request.actor(), request.actor().actingSubjectId(), service, today)
                    .stream()
                    .map(m -> Representation.of(m, service)),
                legal.offeredTo(request.actor(), service, today).stream()
                    .map(l -> Representation.of(l, legal.validUntil(l), service)))
            .toList());
  }

  @Transactional
  AuthorizationAnswer authorization(AuthorizationRequest request) {
    Service service = service(request.service());
    LocalDate today = today();
    Optional<UUID> mandateId = Optional.ofNullable(request.mandateId());
    return mandates
        .offeredTo(
            request.actor(),
            request.actor().actingSubjectId(),
            request.principal(),
            service,
            mandateId,
            today)
        .map(m -> Representation.of(m, service))
        .or(
            () ->
                legal
                    .offeredTo(request.actor(), request.principal(), service, mandateId, today)
                    .map(l -> Representation.of(l, legal.validUntil(l), service)))
        .map(AuthorizationAnswer::granted)
        .orElseGet(AuthorizationAnswer::denied);
  }

  private Service service(UUID id) {
    return catalogue
        .find(id)
        .orElseThrow(() -> ProblemException.notFound("No service with this id in the catalogue."));
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }
}
