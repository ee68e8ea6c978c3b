package nl.namens.register.mandate;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;
import nl.namens.register.party.Parties;
import nl.namens.register.party.Party;
import nl.namens.register.problem.ProblemCode;
import nl.namens.register.problem.ProblemException;

/**
 * Finds the mandate an actor may act on: a party only the mandates it is principal or representative of
 * (anything else is "not found", exactly as an unknown id), an administrator any.
 */
@ApplicationScoped
class MandateLocator {

  /** The mandate, the actor's party ({@code null} for an administrator) and its role in the mandate. */
  record Located(Mandate mandate, Party party, String role) {}

  private final MandateRepository mandates;
  private final Parties parties;

  MandateLocator(MandateRepository mandates, Parties parties) {
    this.mandates = mandates;
    this.parties = parties;
  }

  /** The mandate with its row locked ({@code SELECT ... FOR UPDATE}) until the transaction ends. */
  Located forUpdate(Actor actor, UUID mandateId) {
    return located(actor, mandates.findForUpdate(mandateId));
  }

  Located forReading(Actor actor, UUID mandateId) {
    return located(actor, mandates.findByIdOptional(mandateId));
  }

  private Located located(Actor actor, Optional<Mandate> found) {
    if (actor.channel() == Channel.ADMIN) {
      return new Located(found.orElseThrow(MandateLocator::unknown), null, null);
    }
    Party party = parties.find(actor.party()).orElseThrow(MandateLocator::unknown);
    Mandate m = found.orElseThrow(MandateLocator::unknown);
    if (party.id().equals(m.principal().id())) {
      return new Located(m, party, MandateDetails.PRINCIPAL);
    }
    if (party.id().equals(m.representative().id())) {
      return new Located(m, party, MandateDetails.REPRESENTATIVE);
    }
    throw unknown();
  }

  static ProblemException unknown() {
    return ProblemException.of(ProblemCode.MANDATE_NOT_FOUND);
  }
}
