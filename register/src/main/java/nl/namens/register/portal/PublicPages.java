package nl.namens.register.portal;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/**
 * Portal pages without login ({@code /portal/public}): the language switch, the page after a failed login and
 * the page after logging out.
 */
@Path("/portal/public")
@PermitAll
@Produces(MediaType.TEXT_HTML)
public class PublicPages {

  private final Views views;

  PublicPages(Views views) {
    this.views = views;
  }

  /** Remembers the chosen language (cookie) and goes back to the page the user was on. */
  @GET
  @Path("/language/{lang}")
  public Response language(@PathParam("lang") String lang, @QueryParam("return") String back) {
    String target = StepUp.insidePortal(back);
    Response.ResponseBuilder answer = Response.seeOther(URI.create(target));
    if (Locales.SUPPORTED.contains(lang)) {
      answer.cookie(
          new NewCookie.Builder(Locales.COOKIE)
              .value(lang)
              .path("/portal")
              .maxAge(365 * 24 * 3600)
              .sameSite(NewCookie.SameSite.LAX)
              .httpOnly(true)
              .build());
    }
    return answer.build();
  }

  /**
   * Where the portal's login lands when the broker answers with an error instead of a login
   * ({@code quarkus.oidc.portal.authentication.error-path}), typically {@code unmet_authentication_requirements}
   * after a step-up the person could not reach: nothing changed, and the way back.
   */
  @GET
  @Path("/login-error")
  public Response loginError(@Context HttpHeaders headers) {
    return views.publicPage(headers, "login-error");
  }

  @GET
  @Path("/logged-out")
  public Response loggedOut(@Context HttpHeaders headers) {
    return views.publicPage(headers, "logged-out");
  }
}
