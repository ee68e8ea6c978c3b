package nl.namens.register.broker;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import nl.namens.register.service.NewService;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** The broker's catalogue ({@code providers/}, {@code NamensAdminResource#catalogue}). */
@RegisterRestClient(configKey = "broker-admin")
@Path("/admin/realms/{realm}/namens")
interface BrokerCatalogueApi {

  @GET
  @Path("/catalogue")
  @Produces(MediaType.APPLICATION_JSON)
  List<NewService> catalogue(
      @HeaderParam("Authorization") String authorization,
      @HeaderParam("X-Correlation-ID") String correlationId,
      @PathParam("realm") String realm);
}
