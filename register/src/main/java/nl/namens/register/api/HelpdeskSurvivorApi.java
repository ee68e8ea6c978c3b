package nl.namens.register.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import nl.namens.register.Roles;
import nl.namens.register.legal.NewSurvivorMandate;
import nl.namens.register.legal.SurvivorEnding;
import nl.namens.register.legal.SurvivorMandateView;
import nl.namens.register.legal.SurvivorMandates;
import nl.namens.register.problem.ProblemCode;
import nl.namens.register.problem.ProblemException;
import org.jboss.resteasy.reactive.ResponseStatus;

/**
 * The helpdesk channel for survivor mandates: an agent (realm role {@code namens-helpdesk}, token issued to
 * {@code namens-portal}) registers one with its evidence, looks it up, and ends it when the estate is
 * settled or the mandate is revoked. The agent id (from the token) is recorded and audited.
 */
@Path("/api/v1/helpdesk/survivor-mandates")
@RolesAllowed(Roles.HELPDESK)
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public final class HelpdeskSurvivorApi {

  private final SurvivorMandates survivors;
  private final PortalCaller agent;

  HelpdeskSurvivorApi(SurvivorMandates survivors, PortalCaller agent) {
    this.survivors = survivors;
    this.agent = agent;
  }

  /** Registers a survivor mandate: 201 with the view. */
  @POST
  @ResponseStatus(201)
  public SurvivorMandateView register(@NotNull @Valid NewSurvivorMandate body) {
    String agentId = agent.agentId();
    if (body.agentId() != null) {
      throw ProblemException.invalid(ProblemCode.AGENT_ID_NOT_ALLOWED, "agentId");
    }
    return survivors.register(body, agentId);
  }

  @GET
  @Path("/{id}")
  public SurvivorMandateView get(@PathParam("id") UUID id) {
    agent.agentId();
    return survivors.get(id);
  }

  /** Ends the survivor mandate: 200 with status {@code ended}; 404 unknown; 409 already ended. */
  @POST
  @Path("/{id}/end")
  public SurvivorMandateView end(@PathParam("id") UUID id, @NotNull @Valid SurvivorEnding body) {
    return survivors.end(id, body.reason(), agent.agentId());
  }
}
