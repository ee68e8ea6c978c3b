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
import nl.namens.register.mandate.Actor;
import nl.namens.register.mandate.MandateCommands;
import nl.namens.register.mandate.MandateDetails;
import nl.namens.register.mandate.MandateTerms;
import nl.namens.register.mandate.Registered;
import org.jboss.resteasy.reactive.ResponseStatus;

/**
 * The helpdesk channel: an agent (realm role {@code namens-helpdesk}, token issued to {@code namens-portal})
 * registers or revokes a mandate for a caller after an identity check, whose reference is recorded in the
 * audit trail with the agent's id and channel {@code helpdesk}.
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
   * The caller (principal) registers a mandate: 201 with the activation code; the caller also gets a letter
   * with the code and how to undo the registration.
   */
  @POST
  @ResponseStatus(201)
  public Registered register(@NotNull @Valid HelpdeskBody.Register body) {
    return commands.register(
        Actor.helpdesk(body.caller(), agent.agentId(), body.identityCheck()),
        new MandateTerms(
            body.caller(),
            body.representative(),
            body.kind(),
            body.services(),
            body.validFrom(),
            body.validUntil()));
  }

  /** The caller (either party) revokes a mandate. */
  @POST
  @Path("/{id}/revoke")
  public MandateDetails revoke(@PathParam("id") UUID id, @NotNull @Valid HelpdeskBody.Revoke body) {
    return commands.revoke(Actor.helpdesk(body.caller(), agent.agentId(), body.identityCheck()), id);
  }
}
