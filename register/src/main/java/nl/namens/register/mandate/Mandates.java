package nl.namens.register.mandate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.namens.register.audit.AuditEntry;
import nl.namens.register.audit.AuditTrail;
import nl.namens.register.party.Parties;
import nl.namens.register.party.Party;
import nl.namens.register.party.PartyIdentity;
import nl.namens.register.problem.ProblemCode;
import nl.namens.register.problem.ProblemException;
import nl.namens.register.service.Catalogue;
import nl.namens.register.service.Service;
import jakarta.enterprise.event.Event;
import org.jboss.logging.Logger;

/** Registers, revokes and looks up mandates. */
@ApplicationScoped
public class Mandates {

  private static final Logger LOG = Logger.getLogger(Mandates.class);

  private final MandateRepository repository;
  private final Parties parties;
  private final Catalogue catalogue;
  private final Clock clock;
  private final AuditTrail audit;
  private final Event<MandateRevoked> revocations;

  Mandates(
      MandateRepository repository,
      Parties parties,
      Catalogue catalogue,
      Clock clock,
      AuditTrail audit,
      Event<MandateRevoked> revocations) {
    this.revocations = revocations;
    this.repository = repository;
    this.parties = parties;
    this.catalogue = catalogue;
    this.clock = clock;
    this.audit = audit;
  }

  /**
   * Registers a mandate. Parties the register does not know yet are registered without a display name.
   * 400 for an unknown or retired service, 409 if an active mandate between the same parties already covers
   * one of the services on an overlapping day.
   */
  @Transactional
  public MandateView create(@Valid @NotNull NewMandate request) {
    Party principal = parties.findOrRegister(request.principal());
    Party representative = parties.findOrRegister(request.representative());
    List<Service> services = services(request.services());
    List<UUID> serviceIds = services.stream().map(Service::id).toList();
    parties.lock(principal);
    MandateStatus status = request.initialStatus();
    if (status == MandateStatus.ACTIVE
        && repository.activeOverlapExists(
            principal, representative, serviceIds, request.validFrom(), request.validUntil())) {
      throw ProblemException.of(
          ProblemCode.MANDATE_OVERLAP,
          "An active mandate between these parties already covers one of these services in an"
              + " overlapping period.");
    }
    Mandate mandate =
        new Mandate(
            principal,
            representative,
            services,
            status,
            request.validFrom(),
            request.validUntil(),
            clock.instant());
    repository.persist(mandate);
    audit.append(mandate.id(), AuditEntry.Who.ADMIN, "create", null, status.code());
    LOG.infof(
        "Mandate %s registered (%s): principal party %s, representative party %s, %d service(s)",
        mandate.id(), status.code(), principal.id(), representative.id(), services.size());
    return MandateView.of(mandate);
  }

  /** Revokes a mandate; 404 if unknown, 409 if already revoked (or otherwise ended). */
  @Transactional
  public MandateView revoke(UUID id) {
    Mandate mandate = repository.findForUpdate(id).orElseThrow(Mandates::unknown);
    if (mandate.status() == MandateStatus.REVOKED) {
      throw ProblemException.of(ProblemCode.MANDATE_ENDED, "The mandate is already revoked.");
    }
    if (!mandate.status().isOpen()) {
      throw ProblemException.of(
          ProblemCode.MANDATE_ENDED, ProblemException.parameter("mandateStatus", mandate.status().code()));
    }
    String before = mandate.status().code();
    mandate.revoke(clock.instant());
    revocations.fire(MandateRevoked.of(mandate));
    audit.append(mandate.id(), AuditEntry.Who.ADMIN, "revoke", before, mandate.status().code());
    LOG.infof("Mandate %s revoked", mandate.id());
    return MandateView.of(mandate);
  }

  /** The mandate; 404 if unknown. */
  @Transactional
  public MandateView get(UUID id) {
    return repository.findByIdOptional(id).map(MandateView::of).orElseThrow(Mandates::unknown);
  }

  /**
   * The mandates that let {@code actor} act for someone for {@code service} on {@code day}; the caller
   * reads them within this transaction.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public List<Mandate> offeredTo(PartyIdentity actor, Service service, LocalDate day) {
    return offeredTo(actor, null, service, day);
  }

  /**
   * As {@link #offeredTo(PartyIdentity, Service, LocalDate)}, for an employee ({@code actingSubjectId}, may
   * be null) of a company actor: mandates whose employee policy is {@code listed} are offered only to the
   * listed employees.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public List<Mandate> offeredTo(
      PartyIdentity actor, String actingSubjectId, Service service, LocalDate day) {
    if (service.retired() || actor.subjectType().isEmpty()) {
      return List.of();
    }
    return repository.activeFor(actor.subjectType().get(), actor.id(), service.id(), day).stream()
        .filter(m -> m.isOffered(service.id(), day))
        .filter(m -> m.allowsEmployee(actingSubjectId))
        .toList();
  }

  /** The first offered mandate for this principal (and, if given, with this id). */
  @Transactional(Transactional.TxType.MANDATORY)
  public Optional<Mandate> offeredTo(
      PartyIdentity actor,
      PartyIdentity principal,
      Service service,
      Optional<UUID> mandateId,
      LocalDate day) {
    return offeredTo(actor, null, principal, service, mandateId, day);
  }

  /** The first offered mandate for this principal, for an employee of a company actor. */
  @Transactional(Transactional.TxType.MANDATORY)
  public Optional<Mandate> offeredTo(
      PartyIdentity actor,
      String actingSubjectId,
      PartyIdentity principal,
      Service service,
      Optional<UUID> mandateId,
      LocalDate day) {
    return offeredTo(actor, actingSubjectId, service, day).stream()
        .filter(m -> principal.subjectType().orElse(null) == m.principal().type())
        .filter(m -> m.principal().identifier().equals(principal.id()))
        .filter(m -> mandateId.map(m.id()::equals).orElse(true))
        .findFirst();
  }

  private List<Service> services(List<UUID> requested) {
    Map<UUID, Service> found =
        catalogue.findAll(new LinkedHashSet<>(requested)).stream()
            .collect(Collectors.toMap(Service::id, Function.identity()));
    List<Service> services = new ArrayList<>();
    for (int i = 0; i < requested.size(); i++) {
      Service service = found.get(requested.get(i));
      if (service == null) {
        throw ProblemException.invalid(ProblemCode.SERVICE_UNKNOWN, "services[" + i + "]");
      }
      if (service.retired()) {
        throw ProblemException.invalid(ProblemCode.SERVICE_RETIRED, "services[" + i + "]");
      }
      if (!services.contains(service)) {
        services.add(service);
      }
    }
    return services;
  }

  private static ProblemException unknown() {
    return ProblemException.of(ProblemCode.MANDATE_NOT_FOUND);
  }
}
