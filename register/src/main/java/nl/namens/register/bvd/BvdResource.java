package nl.namens.register.bvd;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Optional;
import nl.namens.register.Roles;
import nl.namens.register.statement.AuthorizationAnswer;
import nl.namens.register.statement.RepresentationsAnswer;
import nl.namens.register.statement.Statements;
import nl.namens.register.usage.UsageView;
import nl.namens.register.usage.Usages;
import org.jboss.resteasy.reactive.ResponseStatus;

/**
 * The authorization-statement API (bevoegdheidsverklaringsdienst) the broker calls during login. Identifiers
 * travel in the bodies, so no BSN appears in a URL or access log.
 */
@Path("/bvd/v1")
@RolesAllowed(Roles.BVD)
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public final class BvdResource {

  private final Statements statements;
  private final Usages usages;

  BvdResource(Statements statements, Usages usages) {
    this.statements = statements;
    this.usages = usages;
  }

  /** Every principal the actor may represent now for the service; unknown actor: an empty list. */
  @POST
  @Path("/representations")
  public RepresentationsAnswer representations(@NotNull @Valid RepresentationsRequest request) {
    return statements.representations(
        request.actor(),
        request.actor().actingSubjectId(),
        request.service(),
        request.criteria(),
        request.offset(),
        request.limit());
  }

  /** Whether the actor may act for the principal for the service now. */
  @POST
  @Path("/authorizations")
  public AuthorizationAnswer authorizations(@NotNull @Valid AuthorizationRequest request) {
    return statements.authorization(
        request.actor(),
        request.actor().actingSubjectId(),
        request.principal(),
        request.service(),
        Optional.ofNullable(request.mandateId()));
  }

  /**
   * Records a use of a mandate (time: now): 201. 404 unknown mandate; 409 parties or service not those of
   * the mandate.
   */
  @POST
  @Path("/usages")
  @ResponseStatus(201)
  public UsageView usages(@NotNull @Valid UsageRequest request) {
    return usages.record(
        request.mandateId(),
        request.actor(),
        request.actor().actingSubjectId(),
        request.principal(),
        request.service(),
        request.loa());
  }
}
