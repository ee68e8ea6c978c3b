package nl.namens.register.portal;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.namens.register.mandate.Actor;
import nl.namens.register.mandate.MandateCommands;
import nl.namens.register.mandate.MandateDetails;
import nl.namens.register.mandate.MandateQueries;
import nl.namens.register.mandate.MandateTerms;
import nl.namens.register.mandate.Registered;
import nl.namens.register.problem.ProblemException;
import org.jboss.resteasy.reactive.RestForm;

/**
 * {@code /portal/mandates}: give a mandate (the principal registers it: the activation code, shown once), and
 * the way to one mandate, which checks once that the user is a party of it ({@link MandatePage}).
 */
final class MandatePages {

  private final MandateCommands commands;
  private final MandateQueries queries;
  private final TermsForms forms;
  private final PortalUser user;
  private final Views views;
  private final Clock clock;

  MandatePages(
      MandateCommands commands,
      MandateQueries queries,
      TermsForms forms,
      PortalUser user,
      Views views,
      Clock clock) {
    this.commands = commands;
    this.queries = queries;
    this.forms = forms;
    this.user = user;
    this.views = views;
    this.clock = clock;
  }

  @GET
  @Path("new")
  public Response registerForm(@Context HttpHeaders headers) {
    user.actor();
    return forms.form(headers, 200, "register", MandateForm.empty(LocalDate.now(clock)), List.of());
  }

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response register(
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
        "register",
        "representative",
        (representative, serviceIds, from, until) -> {
          Registered registered =
              commands.register(
                  me, new MandateTerms(me.party(), representative, null, serviceIds, from, until));
          return views.page(headers, 200, "registered", "register", Map.of("registered", registered));
        });
  }

  /** One mandate of the user's; any other id is "not found", exactly as an unknown one. */
  @Path("{id}")
  public MandatePage mandate(@PathParam("id") String id) {
    Actor me = user.actor();
    try {
      MandateDetails mandate = queries.get(me, mandateId(id));
      return new MandatePage(mandate, me, commands, queries, user, views, clock);
    } catch (ProblemException e) {
      throw PortalError.refused(e);
    }
  }

  static UUID mandateId(String id) {
    try {
      return UUID.fromString(id);
    } catch (IllegalArgumentException | NullPointerException e) {
      throw PortalError.notFound();
    }
  }
}
