package nl.namens.register.usage;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import nl.namens.identifiers.LevelOfAssurance;
import nl.namens.register.mandate.Mandate;
import nl.namens.register.mandate.MandateRepository;
import nl.namens.register.party.Parties;
import nl.namens.register.party.PartyIdentity;
import nl.namens.register.problem.ProblemException;
import nl.namens.register.service.Service;
import org.jboss.logging.Logger;

/** "Who acted for me": the uses of mandates the broker reports, listed for principals and representatives. */
@ApplicationScoped
public class Usages implements PanacheRepositoryBase<Usage, Long> {

  private static final Logger LOG = Logger.getLogger(Usages.class);
  private static final int MAX_LIST = 500;

  private final MandateRepository mandates;
  private final Parties parties;
  private final Clock clock;

  Usages(MandateRepository mandates, Parties parties, Clock clock) {
    this.mandates = mandates;
    this.parties = parties;
    this.clock = clock;
  }

  /**
   * Records a use of the mandate now. 404 unknown mandate; 409 if actor, principal or service do not belong
   * to the mandate.
   */
  @Transactional
  public UsageView record(
      UUID mandateId,
      PartyIdentity actor,
      String actingSubjectId,
      PartyIdentity principal,
      UUID service,
      String loa) {
    Mandate m =
        mandates
            .findByIdOptional(mandateId)
            .orElseThrow(() -> ProblemException.notFound("No mandate with this id."));
    if (!same(m.representative(), actor) || !same(m.principal(), principal)) {
      throw ProblemException.conflict("The actor and principal are not the parties of this mandate.");
    }
    Service s =
        m.services().stream()
            .filter(x -> x.id().equals(service))
            .findFirst()
            .orElseThrow(
                () -> ProblemException.conflict("The service is not among the mandate's services."));
    LevelOfAssurance level =
        LevelOfAssurance.fromCode(loa)
            .orElseThrow(
                () -> ProblemException.invalid("loa", "must be one of basis, midden, substantieel, hoog"));
    Usage usage =
        new Usage(m, m.representative(), actingSubjectId, m.principal(), s, level, clock.instant());
    persist(usage);
    LOG.debugf("Use of mandate %s recorded", m.id());
    return UsageView.of(usage, true);
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
