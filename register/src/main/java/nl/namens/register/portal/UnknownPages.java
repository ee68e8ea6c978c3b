package nl.namens.register.portal;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import nl.namens.register.problem.ProblemCode;
import nl.namens.register.problem.ProblemException;

/**
 * Any other address under {@code /portal}: the portal's readable "this does not exist" page in the person's language
 * (status 404), never the APIs' problem+json. Every page of the portal has a longer literal path and wins; the
 * stylesheets under {@code /portal/assets/} are left to the static resources.
 */
@Path("/portal")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public final class UnknownPages {

  @GET
  @Path("{unknown: (?!assets/).+}")
  public String unknown() {
    throw PortalError.refused(ProblemException.of(ProblemCode.NOT_FOUND));
  }
}
