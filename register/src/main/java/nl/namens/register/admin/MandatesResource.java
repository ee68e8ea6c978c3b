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
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import nl.namens.register.Roles;
import nl.namens.register.mandate.Actor;
import nl.namens.register.mandate.MandateCommands;
import nl.namens.register.mandate.MandateQueries;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * Mandates, for administrators and test set-up: a channel of the same {@link MandateCommands} as the portal
 * and the helpdesk, acting as {@link Actor#admin()}.
 */
@Path("/admin/v1/mandates")
@RolesAllowed(Roles.ADMIN)
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public final class MandatesResource {

  private final MandateCommands commands;
  private final MandateQueries queries;

  MandatesResource(MandateCommands commands, MandateQueries queries) {
    this.commands = commands;
    this.queries = queries;
  }

  /** Registers a mandate: 201 with {@code Location: /admin/v1/mandates/{id}}. */
  @POST
  public RestResponse<MandateView> create(@NotNull @Valid NewMandate request, UriInfo uri) {
    MandateView mandate =
        MandateView.of(commands.create(Actor.admin(), request.terms(), request.initialStatus()));
    return RestResponse.ResponseBuilder.<MandateView>created(
            uri.getAbsolutePathBuilder().path(mandate.id().toString()).build())
        .entity(mandate)
        .build();
  }

  @GET
  @Path("/{id}")
  public MandateView get(@PathParam("id") UUID id) {
    return MandateView.of(queries.get(Actor.admin(), id));
  }

  /**
   * Revokes a mandate: 200 with status {@code revoked}; both parties get a letter. 404 unknown; 409 already
   * revoked or otherwise ended.
   */
  @POST
  @Path("/{id}/revoke")
  public MandateView revoke(@PathParam("id") UUID id) {
    return MandateView.of(commands.revoke(Actor.admin(), id));
  }
}
