package nl.namens.register.admin;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import nl.namens.register.Roles;
import nl.namens.register.service.Catalogue;
import nl.namens.register.service.NewService;
import nl.namens.register.service.ServiceView;
import org.jboss.resteasy.reactive.ResponseStatus;

/** The service catalogue, for administrators. */
@Path("/admin/v1/services")
@RolesAllowed(Roles.ADMIN)
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public final class ServicesResource {

  private final Catalogue catalogue;

  ServicesResource(Catalogue catalogue) {
    this.catalogue = catalogue;
  }

  /** Adds a service; 409 if its id is taken. */
  @POST
  @ResponseStatus(201)
  public ServiceView add(@NotNull @Valid NewService request) {
    return ServiceView.of(catalogue.add(request));
  }

  /** The whole catalogue, by name. */
  @GET
  public List<ServiceView> list() {
    return catalogue.all().stream().map(ServiceView::of).toList();
  }
}
