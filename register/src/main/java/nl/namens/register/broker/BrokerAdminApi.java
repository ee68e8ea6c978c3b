package nl.namens.register.broker;

import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** The broker's admin extension ({@code providers/}, package {@code nl.namens.keycloak.admin}). */
@RegisterRestClient(configKey = "broker-admin")
@Path("/admin/realms/{realm}/namens")
interface BrokerAdminApi {

  @POST
  @Path("/mandates/{mandateId}/revoked")
  @jakarta.ws.rs.Consumes(MediaType.APPLICATION_JSON)
  @jakarta.ws.rs.Produces(MediaType.APPLICATION_JSON)
  Response mandateRevoked(
      @HeaderParam("Authorization") String authorization,
      @HeaderParam("X-Correlation-ID") String correlationId,
      @PathParam("realm") String realm,
      @PathParam("mandateId") String mandateId,
      Map<String, Object> body);
}
