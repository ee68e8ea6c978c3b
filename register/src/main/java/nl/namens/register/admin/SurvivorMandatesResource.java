package nl.namens.register.admin;

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
import nl.namens.register.legal.LegalCommands;
import nl.namens.register.legal.LegalRepresentations;
import nl.namens.register.legal.NewSurvivorMandate;
import nl.namens.register.legal.SurvivorEnding;
import nl.namens.register.legal.SurvivorMandateView;
import org.jboss.resteasy.reactive.ResponseStatus;

/**
 * Survivor mandates for administrators and test set-up: the helpdesk's body plus an optional {@code agentId}
 * (default {@value #DEFAULT_AGENT}), through the same {@link LegalCommands} as the helpdesk.
 */
@Path("/admin/v1/survivor-mandates")
@RolesAllowed(Roles.ADMIN)
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public final class SurvivorMandatesResource {

  static final String DEFAULT_AGENT = "admin";

  private final LegalCommands commands;
  private final LegalRepresentations legal;

  SurvivorMandatesResource(LegalCommands commands, LegalRepresentations legal) {
    this.commands = commands;
    this.legal = legal;
  }

  @POST
  @ResponseStatus(201)
  public SurvivorMandateView register(@NotNull @Valid NewSurvivorMandate body) {
    String agentId =
        body.agentId() == null || body.agentId().isBlank() ? DEFAULT_AGENT : body.agentId().strip();
    return commands.registerSurvivor(body, agentId);
  }

  @GET
  @Path("/{id}")
  public SurvivorMandateView get(@PathParam("id") UUID id) {
    return legal.survivor(id);
  }

  @POST
  @Path("/{id}/end")
  public SurvivorMandateView end(@PathParam("id") UUID id, @NotNull @Valid SurvivorEnding body) {
    return commands.endSurvivor(id, body.reason(), DEFAULT_AGENT);
  }
}
