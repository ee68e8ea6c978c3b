package nl.namens.register.mandate;

import java.util.Objects;
import nl.namens.identifiers.LevelOfAssurance;
import nl.namens.register.party.PartyReference;

/**
 * Who acts on a mandate: the party (type + id), the channel, for the helpdesk the agent id and the
 * identity-check reference, and for a company (eHerkenning) the employee's pseudonym ({@code
 * ActingSubjectID}, may be null). {@code readOnly}: an employee whose eHerkenning login carries no
 * authorisation for the portal service (eToegang {@code ServiceID}, {@link PortalServiceAuthorisation})
 * may look, never change anything for the company. {@code loa}: the level of assurance of an online
 * login ({@code acr}; null when the token says none): an online act needs at least the highest minimum of
 * the services involved.
 */
public record Actor(
    PartyReference party,
    Channel channel,
    String agentId,
    String identityCheck,
    String actingSubjectId,
    boolean readOnly,
    LevelOfAssurance loa) {

  public Actor {
    Objects.requireNonNull(channel, "channel");
    if ((channel == Channel.ADMIN) != (party == null)) {
      throw new IllegalArgumentException("an administrator acts for no party, everyone else for one");
    }
    if (channel == Channel.HELPDESK
        && (agentId == null || agentId.isBlank() || identityCheck == null || identityCheck.isBlank())) {
      throw new IllegalArgumentException("a helpdesk actor needs an agent id and an identity check");
    }
  }

  /** The party itself, logged in. */
  public static Actor online(PartyReference party) {
    return new Actor(party, Channel.ONLINE, null, null, null, false, null);
  }

  /**
   * An employee (pseudonym {@code actingSubjectId}) of a company, logged in with eHerkenning; {@code
   * authorised} when the login carries the portal's service authorisation (else read-only).
   */
  public static Actor employee(PartyReference company, String actingSubjectId, boolean authorised) {
    return new Actor(company, Channel.ONLINE, null, null, actingSubjectId, !authorised, null);
  }

  /** A helpdesk agent acting for a caller after an identity check. */
  public static Actor helpdesk(PartyReference caller, String agentId, String identityCheck) {
    return new Actor(caller, Channel.HELPDESK, agentId, identityCheck, null, false, null);
  }

  /** An administrator (the admin API) or the demo-data loader: no party of the mandate. */
  public static Actor admin() {
    return new Actor(null, Channel.ADMIN, null, null, null, false, null);
  }

  /** This actor, logged in at {@code level} (the token's {@code acr}; null: unknown). */
  public Actor atLevel(LevelOfAssurance level) {
    return new Actor(party, channel, agentId, identityCheck, actingSubjectId, readOnly, level);
  }

  /** Without identifiers, so a logged actor shows no BSN. */
  @Override
  public String toString() {
    return "Actor[" + (party == null ? "-" : party.type()) + ", " + channel.code() + "]";
  }
}
