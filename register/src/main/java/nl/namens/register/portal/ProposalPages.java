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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import nl.namens.register.agent.Agent;
import nl.namens.register.legal.LegalCommands;
import nl.namens.register.legal.LegalRepresentations;
import nl.namens.register.legal.SurvivorMandateView;
import nl.namens.register.mandate.MandateCommands;
import nl.namens.register.mandate.MandateDetails;
import nl.namens.register.mandate.MandateQueries;
import nl.namens.register.outbox.Outbox;
import nl.namens.register.problem.ProblemException;

/**
 * {@code /portal/helpdesk/proposals}, for the agent {@link HelpdeskPages} checked: the proposals awaiting a
 * second agent (four eyes), mandates and survivor mandates, each to approve or decline. The agent who
 * proposed one, or an agent who is a party of it, is refused with the list again and the reason; nothing
 * changes. An approved mandate's activation code goes to the principal by letter: the agent sees which
 * letters went out, never their text.
 */
final class ProposalPages {

  private final Agent agent;
  private final MandateCommands commands;
  private final MandateQueries queries;
  private final LegalCommands legal;
  private final LegalRepresentations legalReads;
  private final Outbox outbox;
  private final Views views;

  ProposalPages(
      Agent agent,
      MandateCommands commands,
      MandateQueries queries,
      LegalCommands legal,
      LegalRepresentations legalReads,
      Outbox outbox,
      Views views) {
    this.agent = agent;
    this.commands = commands;
    this.queries = queries;
    this.legal = legal;
    this.legalReads = legalReads;
    this.outbox = outbox;
    this.views = views;
  }

  @GET
  public Response list(@Context HttpHeaders headers) {
    return list(headers, 200, List.of(), null);
  }

  @POST
  @Path("mandates/{id}/approve")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response approveMandate(@Context HttpHeaders headers, @PathParam("id") String id) {
    return act(
        headers,
        () -> {
          MandateDetails approved = commands.approveProposal(uuid(id), agent);
          return views.page(
              headers,
              200,
              "helpdesk-approved",
              "helpdesk",
              Map.of("mandate", approved, "letters", outbox.about(approved.id())));
        });
  }

  @POST
  @Path("mandates/{id}/decline")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response declineMandate(@Context HttpHeaders headers, @PathParam("id") String id) {
    return act(
        headers,
        () -> {
          commands.declineProposal(uuid(id), agent);
          return list(headers, 200, List.of(), views.texts(headers).message("proposal_declined", null));
        });
  }

  @POST
  @Path("survivor-mandates/{id}/approve")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response approveSurvivor(@Context HttpHeaders headers, @PathParam("id") String id) {
    return act(
        headers,
        () -> {
          SurvivorMandateView approved = legal.approveSurvivor(uuid(id), agent);
          return views.page(
              headers, 200, "helpdesk-survivor-approved", "helpdesk", Map.of("survivor", approved));
        });
  }

  @POST
  @Path("survivor-mandates/{id}/decline")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response declineSurvivor(@Context HttpHeaders headers, @PathParam("id") String id) {
    return act(
        headers,
        () -> {
          legal.declineSurvivor(uuid(id), agent);
          return list(headers, 200, List.of(), views.texts(headers).message("proposal_declined", null));
        });
  }

  /** Runs the act; a refusal is the list again with its reason, in the refusal's status. */
  private Response act(HttpHeaders headers, Supplier<Response> act) {
    try {
      return act.get();
    } catch (ProblemException e) {
      Texts texts = views.texts(headers);
      return list(headers, RefusalMessages.status(e), RefusalMessages.errors(e, texts, Map.of("", "")), null);
    }
  }

  private Response list(HttpHeaders headers, int status, List<FieldError> errors, String notice) {
    Map<String, Object> data = new HashMap<>();
    data.put("mandates", queries.proposals());
    data.put("survivors", legalReads.survivorProposals());
    data.put("agent", agent.id());
    data.put("errors", errors);
    data.put("notice", notice);
    return views.page(headers, status, "helpdesk-proposals", "helpdesk", data);
  }

  /** A malformed id is an unknown proposal. */
  private static UUID uuid(String id) {
    try {
      return UUID.fromString(id);
    } catch (IllegalArgumentException e) {
      throw ProblemException.of(nl.namens.register.problem.ProblemCode.NOT_FOUND);
    }
  }
}
