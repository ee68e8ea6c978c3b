package nl.namens.register.portal;

import io.quarkus.oidc.OidcSession;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.util.Optional;
import nl.namens.identifiers.LevelOfAssurance;

/**
 * Step-up in the portal ({@code /portal/step-up}): an act that needs a higher level of assurance than the
 * login has offers a form (CSRF-checked POST) that ends the portal's own session, not the broker's, and sends
 * the user through a new login at the broker that asks the level with {@code acr_values} ({@link
 * StepUpRedirect}); the broker steps up at DigiD or eHerkenning, or refuses with its own page and the standard
 * error ({@code unmet_authentication_requirements}, shown by {@link PublicPages#loginError}). Back here, the
 * login's level is checked again: the user returns to the page they were on only at the level asked for.
 */
@Path("/portal/step-up")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class StepUpPages {

  static final String PATH = "/portal/step-up";

  private final PortalUser user;
  private final OidcSession session;
  private final Views views;

  StepUpPages(PortalUser user, OidcSession session, Views views) {
    this.user = user;
    this.session = session;
    this.views = views;
  }

  /** Logs in again at {@code level} unless the login already has it; then back to {@code return}. */
  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response start(@FormParam("level") String level, @FormParam("return") String back) {
    String target = StepUp.insidePortal(back);
    Optional<LevelOfAssurance> needed = LevelOfAssurance.fromCode(level);
    if (needed.isEmpty() || user.reaches(needed.get())) {
      return Response.seeOther(UriBuilder.fromUri(target).build()).build();
    }
    session.logout().await().indefinitely();
    return Response.seeOther(
            UriBuilder.fromPath(PATH)
                .queryParam("level", needed.get().code())
                .queryParam("return", target)
                .build())
        .build();
  }

  /**
   * Where the new login comes back: to {@code return} at the level asked for; below it (the broker refused,
   * or the page was opened by hand) a page that says so and offers the step-up again, never a loop.
   */
  @GET
  public Response done(
      @Context HttpHeaders headers, @QueryParam("level") String level, @QueryParam("return") String back) {
    String target = StepUp.insidePortal(back);
    Optional<LevelOfAssurance> needed = LevelOfAssurance.fromCode(level);
    if (needed.isEmpty() || user.reaches(needed.get())) {
      return Response.seeOther(UriBuilder.fromUri(target).build()).build();
    }
    Texts texts = views.texts(headers);
    StepUp up = StepUp.to(needed.get(), texts).returningTo(target);
    return views.error(
        headers, 403, new FieldError(null, texts.msg().step_up_not_reached(up.levelName()), up), true);
  }
}
