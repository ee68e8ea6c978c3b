package nl.namens.register.portal;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.namens.register.mandate.Actor;
import nl.namens.register.mandate.MandateCommands;
import nl.namens.register.mandate.MandateDetails;
import nl.namens.register.mandate.MandateTerms;
import org.jboss.resteasy.reactive.RestForm;

/**
 * {@code /portal/requests}: ask someone for a mandate (the representative requests it; the principal gets the
 * approval code by letter).
 */
final class RequestPages {

  private final MandateCommands commands;
  private final TermsForms forms;
  private final PortalUser user;
  private final Views views;
  private final Clock clock;

  RequestPages(MandateCommands commands, TermsForms forms, PortalUser user, Views views, Clock clock) {
    this.commands = commands;
    this.forms = forms;
    this.user = user;
    this.views = views;
    this.clock = clock;
  }

  @GET
  @Path("new")
  public Response requestForm(@Context HttpHeaders headers) {
    user.actor();
    return forms.form(headers, 200, "request", MandateForm.empty(LocalDate.now(clock)), List.of());
  }

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response request(
      @Context HttpHeaders headers,
      @RestForm String counterpartType,
      @RestForm String counterpartId,
      @RestForm List<String> services,
      @RestForm String validFrom,
      @RestForm String validUntil) {
    Actor me = user.actor();
    MandateForm form =
        new MandateForm(
            counterpartType, counterpartId, services, validFrom, validUntil, null, null, null, null);
    return forms.submit(
        headers,
        form,
        "request",
        "principal",
        (principal, serviceIds, from, until) -> {
          MandateDetails requested =
              commands.request(
                  me, new MandateTerms(principal, me.party(), null, serviceIds, from, until));
          return views.page(headers, 200, "requested", "request", Map.of("mandate", requested));
        });
  }
}
