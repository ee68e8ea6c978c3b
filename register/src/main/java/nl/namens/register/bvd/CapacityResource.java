package nl.namens.register.bvd;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.LocalDate;
import nl.namens.register.Roles;
import nl.namens.register.legal.CapacityAnswer;
import nl.namens.register.legal.LegalRepresentations;
import nl.namens.register.problem.ProblemCode;
import nl.namens.register.problem.ProblemException;
import nl.namens.register.service.Catalogue;

/**
 * BVD: may the logged-in person act for themselves at this service, or does curatele, bewind or mentorschap
 * stop them (for the broker's incapacity page)? 404 for an unknown service.
 */
@Path("/bvd/v1/capacity")
@RolesAllowed(Roles.BVD)
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public final class CapacityResource {

  private final LegalRepresentations legal;
  private final Catalogue catalogue;
  private final Clock clock;

  CapacityResource(LegalRepresentations legal, Catalogue catalogue, Clock clock) {
    this.legal = legal;
    this.catalogue = catalogue;
    this.clock = clock;
  }

  @POST
  public CapacityAnswer capacity(@NotNull @Valid CapacityRequest request) {
    return legal.capacity(
        request.subject(),
        catalogue
            .find(request.service())
            .orElseThrow(() -> ProblemException.of(ProblemCode.SERVICE_NOT_FOUND)),
        LocalDate.now(clock));
  }
}
