package nl.namens.register.portal;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nl.namens.register.agent.Agent;
import nl.namens.register.legal.LegalCommands;
import nl.namens.register.legal.LegalRepresentations;
import nl.namens.register.mandate.Actor;
import nl.namens.register.mandate.MandateCommands;
import nl.namens.register.mandate.MandateDetails;
import nl.namens.register.mandate.MandateQueries;
import nl.namens.register.outbox.Outbox;
import nl.namens.register.party.Parties;
import nl.namens.register.service.Catalogue;
import nl.namens.register.usage.Usages;

/**
 * "Mijn machtigingen" ({@code /portal}): the logged-in party's own pages (overview, who acted for me, my
 * letters), and the way to each family of pages, which checks once what they need: the forms to give
 * ({@code mandates}) and request ({@code requests}) a mandate, one mandate ({@code mandates/{id}}, a party of
 * it only), the helpdesk ({@code helpdesk}, agents only). Server-side Qute pages; every form carries the CSRF
 * token; errors are pages in the user's language that keep the input.
 */
@Path("/portal")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class PortalResource {

  private final MandateCommands commands;
  private final MandateQueries queries;
  private final LegalRepresentations legal;
  private final LegalCommands legalCommands;
  private final Catalogue catalogue;
  private final Usages usages;
  private final Outbox outbox;
  private final Parties parties;
  private final jakarta.validation.Validator validator;
  private final PortalUser user;
  private final Views views;
  private final Clock clock;

  PortalResource(
      MandateCommands commands,
      MandateQueries queries,
      LegalRepresentations legal,
      LegalCommands legalCommands,
      Catalogue catalogue,
      Usages usages,
      Outbox outbox,
      Parties parties,
      jakarta.validation.Validator validator,
      PortalUser user,
      Views views,
      Clock clock) {
    this.commands = commands;
    this.queries = queries;
    this.legal = legal;
    this.legalCommands = legalCommands;
    this.catalogue = catalogue;
    this.usages = usages;
    this.outbox = outbox;
    this.parties = parties;
    this.validator = validator;
    this.user = user;
    this.views = views;
    this.clock = clock;
  }

  // --- my pages ------------------------------------------------------------------------------------------

  @GET
  public Response overview(@Context HttpHeaders headers) {
    Actor me = user.actor();
    LocalDate today = LocalDate.now(clock);
    List<MandateDetails> given = queries.given(me);
    List<MandateDetails> held = queries.held(me);
    List<MandateDetails> ended =
        Stream.concat(given.stream(), held.stream())
            .filter(PortalExtensions::isEnded)
            .sorted(
                Comparator.comparing(
                    MandateDetails::updatedAt, Comparator.nullsLast(Comparator.reverseOrder())))
            .toList();
    Map<String, Object> data = new HashMap<>();
    data.put("pending", queries.pending(me));
    data.put("given", given.stream().filter(PortalResource::isRunning).toList());
    data.put("held", held.stream().filter(PortalResource::isRunning).toList());
    data.put("ended", ended);
    data.put("legalRepresentedBy", legal.representedBy(me.party(), today));
    data.put("legalRepresenting", legal.representing(me.party(), today));
    data.put("readOnly", me.readOnly());
    return views.page(headers, 200, "overview", "overview", data);
  }

  /** The login callback's path; reached directly (already logged in), it shows the overview. */
  @GET
  @Path("login")
  public Response login() {
    return Response.seeOther(URI.create("/portal")).build();
  }

  /** Who acted for me; my own uses. */
  @GET
  @Path("usages")
  public Response usages(@Context HttpHeaders headers) {
    Actor me = user.actor();
    return views.page(
        headers,
        200,
        "usages",
        "usages",
        Map.of(
            "asPrincipal",
            usages.asPrincipal(me.party()),
            "asRepresentative",
            usages.asRepresentative(me.party())));
  }

  /** My letters (the outbox). */
  @GET
  @Path("post")
  public Response post(@Context HttpHeaders headers) {
    Actor me = user.actor();
    return views.page(
        headers,
        200,
        "post",
        "post",
        Map.of("letters", parties.find(me.party()).map(outbox::to).orElse(List.of())));
  }

  // --- the families of pages -----------------------------------------------------------------------------

  /** Give a mandate, and one mandate. */
  @Path("mandates")
  public MandatePages mandates() {
    return new MandatePages(commands, queries, forms(), user, views, clock);
  }

  /** Ask for a mandate. */
  @Path("requests")
  public RequestPages requests() {
    return new RequestPages(commands, forms(), user, views, clock);
  }

  /** My e-mail address for notifications. */
  @Path("email")
  public EmailPages email() {
    return new EmailPages(parties, validator, user, views);
  }

  /** The helpdesk's pages, for agents only (realm role {@code namens-helpdesk}). */
  @Path("helpdesk")
  public HelpdeskPages helpdesk() {
    Agent agent = user.agent();
    return new HelpdeskPages(
        agent, commands, queries, legalCommands, legal, forms(), catalogue, outbox, views, clock);
  }

  private TermsForms forms() {
    return new TermsForms(catalogue, views);
  }

  /** Active and not expired (a mandate yet to start included): the overview's "given" and "held". */
  private static boolean isRunning(MandateDetails m) {
    return "active".equals(m.status()) && !PortalExtensions.isEnded(m);
  }
}
