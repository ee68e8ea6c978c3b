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
  private final CatalogueSource source;
  private final CatalogueFeed sync;

  Catalogue(ServiceRepository repository, Clock clock, CatalogueFeed sync) {
    this.repository = repository;
    this.clock = clock;
    this.sync = sync;
    this.source = sync.source();
  }

  /** Where this register's catalogue comes from. */
  public CatalogueSource source() {
    return source;
  }

  /**
   * Adds a service; 409 if its UUID is taken. Only where the register keeps the catalogue itself ({@code
   * namens.catalogue.source=register}); else the broker's catalogue is the one source and this is refused.
   */
  @Transactional
  public Service add(@Valid @NotNull NewService request) {
    if (source != CatalogueSource.REGISTER) {
      throw ProblemException.of(ProblemCode.CATALOGUE_IN_BROKER);
    }
    return insert(request);
  }

  private Service insert(NewService request) {
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

  /**
   * The service with this UUID. One the register does not know yet is asked of the broker's catalogue first (at most
   * every few seconds, see {@link CatalogueFeed#refreshForUnknown}), so a service an administrator just added in the
   * admin console is known at the next login.
   */
  public Optional<Service> find(UUID id) {
    Optional<Service> found = repository.findByIdOptional(id);
    if (found.isEmpty() && id != null && sync.refreshForUnknown()) {
      return repository.findByIdOptional(id);
    }
    return found;
  }

  /**
   * Makes the register's copy equal to {@code entries} (the broker's catalogue, validated here as any input): new
   * services added, changed ones updated, services the source no longer lists retired (never deleted: mandates keep
   * their history). Returns how many rows changed.
   */
  @Transactional
  public int replaceWith(List<NewService> entries) {
    Map<UUID, NewService> wanted = new java.util.LinkedHashMap<>();
    for (NewService entry : entries) {
      wanted.put(entry.id(), entry);
    }
    int changed = 0;
    for (Service existing : repository.listAll()) {
      NewService entry = wanted.remove(existing.id());
      if (entry == null) {
        if (!existing.retired()) {
          existing.takeFrom(
              existing.name(), existing.provider(), existing.category(), existing.minimumLoa(), true,
              existing.allowsSelfServiceUnderRepresentation(), existing.settlesEstate());
          changed++;
        }
      } else if (existing.takeFrom(
          entry.name(),
          entry.provider(),
          Category.fromCode(entry.category()).orElseThrow(),
          LevelOfAssurance.fromCode(entry.minimumLoa()).orElseThrow(),
          Boolean.TRUE.equals(entry.retired()),
          Boolean.TRUE.equals(entry.allowsSelfServiceUnderRepresentation()),
          Boolean.TRUE.equals(entry.settlesEstate()))) {
        changed++;
      }
    }
    for (NewService entry : wanted.values()) {
      insert(entry);
      changed++;
    }
    return changed;
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
