package nl.namens.register.legal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.namens.identifiers.SubjectType;
import nl.namens.register.mandate.MandateRevoked;
import nl.namens.register.party.Parties;
import nl.namens.register.party.Party;
import nl.namens.register.problem.ProblemCode;
import nl.namens.register.problem.ProblemException;
import nl.namens.register.service.Catalogue;
import nl.namens.register.service.Service;
import org.jboss.logging.Logger;

/**
 * Survivor mandates (nabestaandenmachtigingen): registered at the helpdesk (or by an administrator, or the
 * demo-data loader) with their evidence, ended when the estate is settled or the mandate is revoked. One
 * holder at a time per estate and service: registering locks the deceased's party row, so two concurrent
 * registrations for the same estate are serialised and the second sees the first.
 */
@ApplicationScoped
public class SurvivorMandates {

  private static final Logger LOG = Logger.getLogger(SurvivorMandates.class);

  private final LegalRepresentationRepository repository;
  private final Parties parties;
  private final Catalogue catalogue;
  private final Clock clock;
  private final Event<MandateRevoked> endings;

  SurvivorMandates(
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
   * Registers a survivor mandate for {@code agentId}. 400 when a party is not a BSN, the holder is the
   * deceased, an heir's evidence is not a verklaring van erfrecht, or a service is unknown, retired or not
   * marked {@code settlesEstate}; 409 when an active survivor mandate for this estate already names one of
   * the services.
   */
  @Transactional
  public SurvivorMandateView register(@Valid @NotNull NewSurvivorMandate request, String agentId) {
    requirePerson("deceased", request.deceased().type());
    requirePerson("holder", request.holder().type());
    if (request.holder().sameParty(request.deceased())) {
      throw ProblemException.invalid(ProblemCode.HOLDER_IS_DECEASED, "holder");
    }
    SurvivorRole role = SurvivorRole.fromCode(request.role()).orElseThrow();
    if (role == SurvivorRole.HEIR && !"verklaring-van-erfrecht".equals(request.evidence().type())) {
      throw ProblemException.invalid(ProblemCode.HEIR_NEEDS_INHERITANCE_CERTIFICATE, "evidence.type");
    }
    List<Service> services = estateServices(request.services());
    Instant now = clock.instant();
    LocalDate validFrom =
        request.validFrom() == null ? LocalDate.ofInstant(now, clock.getZone()) : request.validFrom();
    Party deceased = parties.findOrRegister(request.deceased());
    Party holder = parties.findOrRegister(request.holder());
    parties.lock(deceased);
    if (repository.activeSurvivorCovers(deceased.id(), services.stream().map(Service::id).toList())) {
      throw ProblemException.of(ProblemCode.SURVIVOR_MANDATE_TAKEN);
    }
    LegalRepresentation legal =
        LegalRepresentation.survivor(
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
    audit(legal, "created", agentId, null, now);
    LOG.infof(
        "Survivor mandate %s registered by agent %s: estate of party %s, holder party %s, %d service(s)",
        legal.id(), agentId, deceased.id(), holder.id(), services.size());
    return SurvivorMandateView.of(legal);
  }

  /**
   * Ends a survivor mandate ({@code settled} or {@code revoked}); 404 unknown, 409 already ended. The
   * broker is told (after the commit) to end the holder's sessions under it.
   */
  @Transactional
  public SurvivorMandateView end(UUID id, String reason, String agentId) {
    LegalRepresentation legal =
        repository
            .findForUpdate(id)
            .filter(l -> l.kind() == LegalKind.SURVIVOR)
            .orElseThrow(SurvivorMandates::unknown);
    if (!LegalRepresentation.ACTIVE.equals(legal.status())) {
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

  /** The survivor mandate; 404 if unknown (or another kind of legal representation). */
  @Transactional
  public SurvivorMandateView get(UUID id) {
    return repository
        .findByIdOptional(id)
        .filter(l -> l.kind() == LegalKind.SURVIVOR)
        .map(SurvivorMandateView::of)
        .orElseThrow(SurvivorMandates::unknown);
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

  /** The named services, each existing, not retired and marked {@code settlesEstate} (else 400). */
  private List<Service> estateServices(List<UUID> requested) {
    Map<UUID, Service> found =
        catalogue.findAll(new LinkedHashSet<>(requested)).stream()
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
      if (!service.settlesEstate()) {
        throw ProblemException.invalid(ProblemCode.SERVICE_NOT_FOR_ESTATE, field);
      }
      if (!services.contains(service)) {
        services.add(service);
      }
    }
    return services;
  }

  private static ProblemException unknown() {
    return ProblemException.of(ProblemCode.SURVIVOR_MANDATE_NOT_FOUND);
  }
}
