package nl.namens.register.service;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.namens.identifiers.LevelOfAssurance;
import nl.namens.register.problem.ProblemCode;
import nl.namens.register.problem.ProblemException;
import nl.namens.register.problem.UniqueViolation;
import org.jboss.logging.Logger;

/** The service catalogue (dienstencatalogus). */
@ApplicationScoped
public class Catalogue {

  private static final Logger LOG = Logger.getLogger(Catalogue.class);

  private final ServiceRepository repository;
  private final Clock clock;

  Catalogue(ServiceRepository repository, Clock clock) {
    this.repository = repository;
    this.clock = clock;
  }

  /** Adds a service; 409 if its UUID is taken. */
  @Transactional
  public Service add(@Valid @NotNull NewService request) {
    if (repository.findByIdOptional(request.id()).isPresent()) {
      throw duplicate();
    }
    Service service =
        new Service(
            request.id(),
            request.name(),
            request.provider(),
            Category.fromCode(request.category()).orElseThrow(),
            LevelOfAssurance.fromCode(request.minimumLoa()).orElseThrow(),
            Boolean.TRUE.equals(request.retired()),
            Boolean.TRUE.equals(request.allowsSelfServiceUnderRepresentation()),
            Boolean.TRUE.equals(request.settlesEstate()),
            clock.instant());
    try {
      repository.persistAndFlush(service);
    } catch (PersistenceException e) {
      if (UniqueViolation.isCauseOf(e)) {
        throw duplicate();
      }
      throw e;
    }
    LOG.infof("Service %s added", service.id());
    return service;
  }

  public Optional<Service> find(UUID id) {
    return repository.findByIdOptional(id);
  }

  public List<Service> findAll(Collection<UUID> ids) {
    return repository.list("id in ?1", ids);
  }

  /** The whole catalogue, by name. */
  public List<Service> all() {
    return repository.listAll(Sort.by("name").and("id"));
  }

  public boolean isEmpty() {
    return repository.count() == 0;
  }

  private static ProblemException duplicate() {
    return ProblemException.of(ProblemCode.SERVICE_EXISTS);
  }
}
