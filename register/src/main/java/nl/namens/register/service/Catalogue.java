package nl.namens.register.service;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
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

  /**
   * The requested services, in order and without repeats, each in the catalogue and not retired; else the
   * first that is not, as a refusal of {@code services[i]}.
   */
  @Transactional
  public List<Service> requireOffered(List<UUID> requested) {
    return require(requested, false);
  }

  /** As {@link #requireOffered}, and each a service for settling an estate ({@code settlesEstate}). */
  @Transactional
  public List<Service> requireOfferedForEstates(List<UUID> requested) {
    return require(requested, true);
  }

  private List<Service> require(List<UUID> requested, boolean forEstates) {
    for (int i = 0; i < requested.size(); i++) {
      if (requested.get(i) == null) {
        throw ProblemException.invalid(ProblemCode.REQUIRED, "services[" + i + "]");
      }
    }
    Map<UUID, Service> found =
        findAll(new LinkedHashSet<>(requested)).stream()
            .collect(Collectors.toMap(Service::id, Function.identity()));
    List<Service> services = new ArrayList<>();
    for (int i = 0; i < requested.size(); i++) {
      Service service = found.get(requested.get(i));
      String field = "services[" + i + "]";
      if (service == null) {
        throw ProblemException.invalid(ProblemCode.SERVICE_UNKNOWN, field);
      }
      if (service.retired()) {
        throw ProblemException.invalid(ProblemCode.SERVICE_RETIRED, field);
      }
      if (forEstates && !service.settlesEstate()) {
        throw ProblemException.invalid(ProblemCode.SERVICE_NOT_FOR_ESTATE, field);
      }
      if (!services.contains(service)) {
        services.add(service);
      }
    }
    return services;
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
