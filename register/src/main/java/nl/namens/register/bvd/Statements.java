package nl.namens.register.bvd;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import nl.namens.register.mandate.Mandates;
import nl.namens.register.problem.ProblemException;
import nl.namens.register.service.Catalogue;
import nl.namens.register.service.Service;

/** Answers the BVD questions for today's date. */
@ApplicationScoped
class Statements {

  private final Mandates mandates;
  private final Catalogue catalogue;
  private final Clock clock;

  Statements(Mandates mandates, Catalogue catalogue, Clock clock) {
    this.mandates = mandates;
    this.catalogue = catalogue;
    this.clock = clock;
  }

  @Transactional
  RepresentationsAnswer representations(RepresentationsRequest request) {
    Service service = service(request.service());
    return new RepresentationsAnswer(
        mandates
            .offeredTo(request.actor(), request.actor().actingSubjectId(), service, today()).stream()
            .map(m -> Representation.of(m, service))
            .toList());
  }

  @Transactional
  AuthorizationAnswer authorization(AuthorizationRequest request) {
    Service service = service(request.service());
    return mandates
        .offeredTo(
            request.actor(),
            request.actor().actingSubjectId(),
            request.principal(),
            service,
            Optional.ofNullable(request.mandateId()),
            today())
        .map(m -> AuthorizationAnswer.granted(Representation.of(m, service)))
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
