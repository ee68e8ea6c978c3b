package nl.namens.register.usage;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.namens.identifiers.LevelOfAssurance;
import nl.namens.register.legal.LegalRepresentation;
import nl.namens.register.legal.LegalRepresentations;
import nl.namens.register.mandate.Mandate;
import nl.namens.register.mandate.MandateNotices;
import nl.namens.register.mandate.MandateRepository;
import nl.namens.register.party.Parties;
import nl.namens.register.party.PartyIdentity;
import nl.namens.register.problem.ProblemCode;
import nl.namens.register.problem.ProblemException;
import nl.namens.register.service.Catalogue;
import nl.namens.register.service.Service;
import org.jboss.logging.Logger;

/**
 * "Who acted for me": the uses of mandates and legal representations the broker reports, listed for
 * principals and representatives.
 */
@ApplicationScoped
public class Usages implements PanacheRepositoryBase<Usage, Long> {

  private static final Logger LOG = Logger.getLogger(Usages.class);
  private static final int MAX_LIST = 500;

  private final MandateRepository mandates;
  private final LegalRepresentations legal;
  private final Catalogue catalogue;
  private final Parties parties;
  private final MandateNotices notices;
  private final Clock clock;

  Usages(
      MandateRepository mandates,
      LegalRepresentations legal,
      Catalogue catalogue,
      Parties parties,
      MandateNotices notices,
      Clock clock) {
    this.mandates = mandates;
    this.legal = legal;
    this.catalogue = catalogue;
    this.parties = parties;
    this.notices = notices;
    this.clock = clock;
  }

  /**
   * Records a use now of the voluntary mandate or legal representation (survivor mandates included) with
   * this id. 404 unknown id; 409 if actor, principal or service do not belong to it.
   */
  @Transactional
  public UsageView record(
      UUID mandateId,
      PartyIdentity actor,
      String actingSubjectId,
      PartyIdentity principal,
      UUID service,
      String loa) {
    LevelOfAssurance level =
        LevelOfAssurance.fromCode(loa)
            .orElseThrow(
                () -> ProblemException.invalid(ProblemCode.LOA_INVALID, "loa"));
    Optional<Mandate> mandate = mandates.findByIdOptional(mandateId);
    Usage usage =
        mandate.isPresent()
            ? ofMandate(mandate.get(), actor, actingSubjectId, principal, service, level)
            : ofLegal(
                legal.find(mandateId).orElseThrow(() -> ProblemException.of(ProblemCode.MANDATE_NOT_FOUND)),
                actor,
                principal,
                service,
                level);
    persist(usage);
    // the first use of a voluntary mandate: the principal is told by e-mail
    mandate.ifPresent(m -> notices.used(m, usage.service()));
    LOG.debugf("Use of %s %s recorded", usage.kind(), usage.relationId());
    return UsageView.of(usage, true);
  }

  private Usage ofMandate(
      Mandate m,
      PartyIdentity actor,
      String actingSubjectId,
      PartyIdentity principal,
      UUID service,
      LevelOfAssurance level) {
    if (!same(m.representative(), actor) || !same(m.principal(), principal)) {
      throw ProblemException.of(ProblemCode.USAGE_PARTIES_MISMATCH);
    }
    Service s =
        m.services().stream()
            .filter(x -> x.id().equals(service))
            .findFirst()
            .orElseThrow(
                () -> ProblemException.of(ProblemCode.USAGE_SERVICE_MISMATCH));
    return new Usage(
        m, null, m.representative(), actingSubjectId, m.principal(), s, level, clock.instant());
  }

  /** A legal representation: the representative acted for the represented person (no employee). */
  private Usage ofLegal(
      LegalRepresentation l,
      PartyIdentity actor,
      PartyIdentity principal,
      UUID service,
      LevelOfAssurance level) {
    if (!same(l.representative(), actor) || !same(l.represented(), principal)) {
      throw ProblemException.of(
          ProblemCode.USAGE_PARTIES_MISMATCH,
          "The actor and principal are not the parties of this legal representation.");
    }
    Service s =
        catalogue
            .find(service)
            .filter(l::covers)
            .orElseThrow(
                () ->
                    ProblemException.of(
                        ProblemCode.USAGE_SERVICE_MISMATCH,
                        "The service is not within the scope of this legal representation."));
    return new Usage(
        null, l, l.representative(), null, l.represented(), s, level, clock.instant());
  }

  /** Uses of mandates the party gave, newest first: who acted for me. */
  @Transactional
  public List<UsageView> asPrincipal(PartyIdentity party) {
    return parties
        .find(party)
        .map(
            p ->
                find("principal = ?1 order by id desc", p).page(0, MAX_LIST).stream()
                    .map(u -> UsageView.of(u, false))
                    .toList())
        .orElse(List.of());
  }

  /** Uses of mandates the party holds, newest first (with the employee pseudonyms for a company). */
  @Transactional
  public List<UsageView> asRepresentative(PartyIdentity party) {
    return parties
        .find(party)
        .map(
            p ->
                find("actor = ?1 order by id desc", p).page(0, MAX_LIST).stream()
                    .map(u -> UsageView.of(u, true))
                    .toList())
        .orElse(List.of());
  }

  private static boolean same(nl.namens.register.party.Party party, PartyIdentity ref) {
    return party.type().name().equals(ref.type()) && party.identifier().equals(ref.id());
  }
}
