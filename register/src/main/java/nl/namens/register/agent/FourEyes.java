package nl.namens.register.agent;

import nl.namens.identifiers.LevelOfAssurance;
import nl.namens.register.party.Party;
import nl.namens.register.party.PartyReference;
import nl.namens.register.problem.ProblemCode;
import nl.namens.register.problem.ProblemException;

/**
 * The four-eyes rule of the helpdesk (docs/security.md, row 16): an agent acts only after a login of at least
 * {@code substantieel}; never in a case they are a party of; and a proposal (a helpdesk registration of a
 * mandate, a survivor mandate) takes effect only when a second, different agent approves it. Every refusal is
 * a {@link ProblemException}; the callers check before they change anything.
 */
public final class FourEyes {

  /** The lowest level of assurance of an agent's login. */
  public static final LevelOfAssurance MINIMUM_LOA = LevelOfAssurance.SUBSTANTIEEL;

  private FourEyes() {}

  /** Refuses an agent whose login is below {@link #MINIMUM_LOA} or says no level at all (fail closed). */
  public static void requireAssurance(Agent agent) {
    if (agent.loa() == null || !agent.loa().satisfies(MINIMUM_LOA)) {
      throw ProblemException.of(
          ProblemCode.AGENT_LOA_TOO_LOW, ProblemException.parameter("requiredLoa", MINIMUM_LOA.code()));
    }
  }

  /** Refuses an agent who is one of {@code parties} (their own case, or a relative's they are part of). */
  public static void requireNotAParty(Agent agent, PartyReference... parties) {
    if (agent.self() == null) {
      return;
    }
    for (PartyReference party : parties) {
      if (party != null && agent.self().sameParty(party)) {
        throw ProblemException.of(ProblemCode.AGENT_IS_PARTY);
      }
    }
  }

  /** As above, for parties the register holds. */
  public static void requireNotAParty(Agent agent, Party... parties) {
    if (agent.self() == null) {
      return;
    }
    for (Party party : parties) {
      if (party != null
          && party.type().name().equals(agent.self().type())
          && party.identifier().equals(agent.self().id())) {
        throw ProblemException.of(ProblemCode.AGENT_IS_PARTY);
      }
    }
  }

  /** Refuses the agent who proposed it: a proposal needs a second, different agent. */
  public static void requireSecondAgent(Agent agent, String proposedBy) {
    if (agent.id().equals(proposedBy)) {
      throw ProblemException.of(ProblemCode.OWN_PROPOSAL);
    }
  }

}
