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
import java.util.regex.Pattern;

/** Portal pages without login ({@code /portal/public}): the language switch and the page after logging out. */
@Path("/portal/public")
@PermitAll
@Produces(MediaType.TEXT_HTML)
public class PublicPages {

  /** Only paths inside the portal, so the switch cannot redirect elsewhere. */
  private static final Pattern RETURN_PATH = Pattern.compile("/portal(/[A-Za-z0-9/_-]*)?(\\?[A-Za-z0-9=&_-]*)?");

  private final Views views;

  PublicPages(Views views) {
    this.views = views;
  }

  /** Remembers the chosen language (cookie) and goes back to the page the user was on. */
  @GET
  @Path("/language/{lang}")
  public Response language(@PathParam("lang") String lang, @QueryParam("return") String back) {
    String target = back != null && RETURN_PATH.matcher(back).matches() ? back : "/portal";
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

  @GET
  @Path("/logged-out")
  public Response loggedOut(@Context HttpHeaders headers) {
    return views.publicPage(headers, "logged-out");
  }
}
