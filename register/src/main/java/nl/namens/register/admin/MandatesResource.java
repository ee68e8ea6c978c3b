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
import nl.namens.register.mandate.MandateView;
import nl.namens.register.mandate.Mandates;
import nl.namens.register.mandate.NewMandate;
import org.jboss.resteasy.reactive.RestResponse;

/** Mandates, for administrators and test set-up. */
@Path("/admin/v1/mandates")
@RolesAllowed(Roles.ADMIN)
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public final class MandatesResource {

  private final Mandates mandates;

  MandatesResource(Mandates mandates) {
    this.mandates = mandates;
  }

  /** Registers a mandate: 201 with {@code Location: /admin/v1/mandates/{id}}. */
  @POST
  public RestResponse<MandateView> create(@NotNull @Valid NewMandate request, UriInfo uri) {
    MandateView mandate = mandates.create(request);
    return RestResponse.ResponseBuilder.<MandateView>created(
            uri.getAbsolutePathBuilder().path(mandate.id().toString()).build())
        .entity(mandate)
        .build();
  }

  @GET
  @Path("/{id}")
  public MandateView get(@PathParam("id") UUID id) {
    return mandates.get(id);
  }

  /** Revokes a mandate: 200 with status {@code revoked}; 404 unknown; 409 already revoked. */
  @POST
  @Path("/{id}/revoke")
  public MandateView revoke(@PathParam("id") UUID id) {
    return mandates.revoke(id);
  }
}
