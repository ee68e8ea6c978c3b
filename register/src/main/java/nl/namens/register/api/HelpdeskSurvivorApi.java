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
import nl.namens.register.agent.Agent;
import nl.namens.register.legal.LegalCommands;
import nl.namens.register.legal.LegalRepresentations;
import nl.namens.register.legal.NewSurvivorMandate;
import nl.namens.register.legal.SurvivorEnding;
import nl.namens.register.legal.SurvivorMandateView;
import nl.namens.register.problem.ProblemCode;
import nl.namens.register.problem.ProblemException;
import org.jboss.resteasy.reactive.ResponseStatus;

/**
 * The helpdesk channel for survivor mandates: an agent (realm role {@code namens-helpdesk}, token issued to
 * {@code namens-portal}, login at substantieel or higher) proposes one with its evidence, a second, different
 * agent approves or declines it (four eyes); an agent looks it up and ends it when the estate is settled or
 * the mandate is revoked. The agent id (from the token) is recorded and audited.
 */
@Path("/api/v1/helpdesk/survivor-mandates")
@RolesAllowed(Roles.HELPDESK)
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public final class HelpdeskSurvivorApi {

  private final LegalCommands commands;
  private final LegalRepresentations legal;
  private final PortalCaller agent;

  HelpdeskSurvivorApi(LegalCommands commands, LegalRepresentations legal, PortalCaller agent) {
    this.commands = commands;
    this.legal = legal;
    this.agent = agent;
  }

  /**
   * Proposes a survivor mandate: 201 with the view, status {@code proposed}; it takes effect when a second,
   * different agent approves it. 409 {@code death-not-known} when the BRP deaths feed has not reported the
   * death; 400 {@code valid-from-before-death}.
   */
  @POST
  @ResponseStatus(201)
  public SurvivorMandateView register(@NotNull @Valid NewSurvivorMandate body) {
    Agent me = agent.agent();
    if (body.agentId() != null) {
      throw ProblemException.invalid(ProblemCode.AGENT_ID_NOT_ALLOWED, "agentId");
    }
    return commands.proposeSurvivor(body, me);
  }

  /** A second, different agent approves a proposal: 200, status {@code active}; 403 own proposal or a party. */
  @POST
  @Path("/{id}/approve")
  @Consumes(MediaType.WILDCARD)
  public SurvivorMandateView approve(@PathParam("id") UUID id) {
    return commands.approveSurvivor(id, agent.agent());
  }

  /** An agent declines a proposal: 200, status {@code ended}, end reason {@code declined}. */
  @POST
  @Path("/{id}/decline")
  @Consumes(MediaType.WILDCARD)
  public SurvivorMandateView decline(@PathParam("id") UUID id) {
    return commands.declineSurvivor(id, agent.agent());
  }

  @GET
  @Path("/{id}")
  public SurvivorMandateView get(@PathParam("id") UUID id) {
    agent.agentId();
    return legal.survivor(id);
  }

  /** Ends the survivor mandate: 200 with status {@code ended}; 404 unknown; 409 already ended. */
  @POST
  @Path("/{id}/end")
  public SurvivorMandateView end(@PathParam("id") UUID id, @NotNull @Valid SurvivorEnding body) {
    return commands.endSurvivor(id, body.reason(), agent.agentId());
  }
}
