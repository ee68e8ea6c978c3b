package nl.namens.register.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import nl.namens.register.Roles;
import nl.namens.register.agent.Agent;
import nl.namens.register.mandate.Actor;
import nl.namens.register.mandate.MandateCommands;
import nl.namens.register.mandate.MandateDetails;
import nl.namens.register.mandate.MandateTerms;
import org.jboss.resteasy.reactive.ResponseStatus;

/**
 * The helpdesk channel: an agent (realm role {@code namens-helpdesk}, token issued to {@code namens-portal},
 * login at substantieel or higher) proposes a mandate for a caller after an identity check, whose reference
 * is recorded in the audit trail with the agent's id and channel {@code helpdesk}; a second, different agent
 * approves or declines the proposal (four eyes). One agent may revoke.
 */
@Path("/api/v1/helpdesk/mandates")
@RolesAllowed(Roles.HELPDESK)
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public final class HelpdeskApi {

  private final MandateCommands commands;
  private final PortalCaller agent;

  HelpdeskApi(MandateCommands commands, PortalCaller agent) {
    this.commands = commands;
    this.agent = agent;
  }

  /**
   * The caller (principal) registers a mandate: 201 with the mandate, status {@code proposed}. No code: it is
   * made when a second agent approves ({@code POST /{id}/approve}) and goes to the principal by letter only.
   */
  @POST
  @ResponseStatus(201)
  public MandateDetails register(@NotNull @Valid HelpdeskBody.Register body) {
    Agent me = agent.agent();
    return commands.propose(
        Actor.helpdesk(body.caller(), me.id(), body.identityCheck()),
        new MandateTerms(
            body.caller(),
            body.representative(),
            body.kind(),
            body.services(),
            body.validFrom(),
            body.validUntil()),
        me);
  }

  /**
   * A second, different agent approves a proposal: 200 with the mandate, status {@code pending} (no code: the
   * principal gets it by letter). 403 for the agent who proposed it or an agent who is a party; 409 when it
   * is not a proposal (any more).
   */
  @POST
  @Path("/{id}/approve")
  @Consumes(MediaType.WILDCARD)
  public MandateDetails approve(@PathParam("id") UUID id) {
    return commands.approveProposal(id, agent.agent());
  }

  /** An agent declines a proposal: 200 with the mandate, status {@code declined}. */
  @POST
  @Path("/{id}/decline")
  @Consumes(MediaType.WILDCARD)
  public MandateDetails decline(@PathParam("id") UUID id) {
    return commands.declineProposal(id, agent.agent());
  }

  /** The caller (either party) revokes a mandate. */
  @POST
  @Path("/{id}/revoke")
  public MandateDetails revoke(@PathParam("id") UUID id, @NotNull @Valid HelpdeskBody.Revoke body) {
    return commands.revoke(Actor.helpdesk(body.caller(), agent.agentId(), body.identityCheck()), id);
  }
}
