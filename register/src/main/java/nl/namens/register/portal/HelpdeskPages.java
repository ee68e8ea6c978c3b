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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.namens.register.agent.Agent;
import nl.namens.register.legal.LegalCommands;
import nl.namens.register.legal.LegalRepresentations;
import nl.namens.register.mandate.Actor;
import nl.namens.register.mandate.MandateCommands;
import nl.namens.register.mandate.MandateDetails;
import nl.namens.register.mandate.MandateQueries;
import nl.namens.register.mandate.MandateTerms;
import nl.namens.register.outbox.Outbox;
import nl.namens.register.party.PartyReference;
import nl.namens.register.problem.ProblemException;
import nl.namens.register.service.Catalogue;
import nl.namens.register.service.ServiceView;
import org.jboss.resteasy.reactive.RestForm;

/**
 * {@code /portal/helpdesk}, for the agent the portal's locator checked (realm role {@code namens-helpdesk},
 * login at substantieel or higher): propose a mandate for a caller after an identity check (it takes effect
 * when a second agent approves it: {@link ProposalPages}; the code goes to the principal by letter only, never
 * to an agent), or revoke one. The agent, the channel and the identity-check reference go into the audit
 * trail. Survivor mandates: {@link SurvivorPages}.
 */
final class HelpdeskPages {

  private final Agent agent;
  private final MandateCommands commands;
  private final MandateQueries queries;
  private final LegalCommands legal;
  private final LegalRepresentations legalReads;
  private final TermsForms terms;
  private final Catalogue catalogue;
  private final Outbox outbox;
  private final Views views;
  private final Clock clock;

  HelpdeskPages(
      Agent agent,
      MandateCommands commands,
      MandateQueries queries,
      LegalCommands legal,
      LegalRepresentations legalReads,
      TermsForms forms,
      Catalogue catalogue,
      Outbox outbox,
      Views views,
      Clock clock) {
    this.agent = agent;
    this.commands = commands;
    this.queries = queries;
    this.legal = legal;
    this.legalReads = legalReads;
    this.terms = forms;
    this.catalogue = catalogue;
    this.outbox = outbox;
    this.views = views;
    this.clock = clock;
  }

  @GET
  public Response forms(@Context HttpHeaders headers) {
    return forms(headers, 200, MandateForm.empty(LocalDate.now(clock)), List.of(), MandateForm.empty(LocalDate.now(clock)), List.of());
  }

  @POST
  @Path("mandates")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response register(
      @Context HttpHeaders headers,
      @RestForm String callerType,
      @RestForm String callerId,
      @RestForm String identityCheck,
      @RestForm String counterpartType,
      @RestForm String counterpartId,
      @RestForm List<String> services,
      @RestForm String validFrom,
      @RestForm String validUntil) {
    MandateForm form =
        new MandateForm(
            counterpartType, counterpartId, services, validFrom, validUntil, callerType, callerId, identityCheck, null);
    Texts texts = views.texts(headers);
    List<FieldError> errors = new ArrayList<>();
    Optional<PartyReference> caller = form.caller(texts, errors);
    Optional<String> check = form.identityCheck(texts, errors);
    Optional<PartyReference> representative = form.counterpart(texts, errors);
    List<UUID> serviceIds = form.serviceIds(texts, errors);
    Optional<LocalDate> from = form.from(texts, errors);
    Optional<LocalDate> until = form.until(texts, errors);
    MandateForm blank = MandateForm.empty(LocalDate.now(clock));
    if (!errors.isEmpty()) {
      return forms(headers, 400, form, errors, blank, List.of());
    }
    try {
      MandateDetails proposed =
          commands.propose(
              Actor.helpdesk(caller.get(), agent.id(), check.get()),
              new MandateTerms(
                  caller.get(), representative.get(), null, serviceIds, from.get(), until.get()),
              agent);
      return views.page(headers, 200, "helpdesk-proposed", "helpdesk", Map.of("mandate", proposed));
    } catch (ProblemException e) {
      Map<String, String> fields = new HashMap<>();
      fields.put("", "");
      fields.put("actor", "callerId");
      fields.put("representative", "counterpartId");
      fields.put("kind", "counterpartId");
      fields.put("services", "services-0");
      fields.put("validFrom", "validFrom");
      fields.put("validUntil", "validUntil");
      return forms(headers, RefusalMessages.status(e), form, RefusalMessages.errors(e, texts, fields), blank, List.of());
    }
  }

  @POST
  @Path("revocations")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response revoke(
      @Context HttpHeaders headers,
      @RestForm String callerType,
      @RestForm String callerId,
      @RestForm String identityCheck,
      @RestForm String mandateId) {
    MandateForm form = new MandateForm(null, null, null, null, null, callerType, callerId, identityCheck, mandateId);
    Texts texts = views.texts(headers);
    List<FieldError> errors = new ArrayList<>();
    Optional<PartyReference> caller = form.caller(texts, errors);
    Optional<String> check = form.identityCheck(texts, errors);
    Optional<UUID> id = form.mandate(texts, errors);
    MandateForm blank = MandateForm.empty(LocalDate.now(clock));
    if (!errors.isEmpty()) {
      return forms(headers, 400, blank, List.of(), prefixed(form), prefixed(errors));
    }
    try {
      MandateDetails revoked = commands.revoke(Actor.helpdesk(caller.get(), agent.id(), check.get()), id.get());
      return views.page(
          headers,
          200,
          "helpdesk-revoked",
          "helpdesk",
          Map.of("mandate", revoked, "letters", outbox.about(revoked.id())));
    } catch (ProblemException e) {
      Map<String, String> fields = new HashMap<>();
      fields.put("", "");
      fields.put("actor", "callerId");
      return forms(
          headers, RefusalMessages.status(e), blank, List.of(), prefixed(form), prefixed(RefusalMessages.errors(e, texts, fields)));
    }
  }

  private Response forms(
      HttpHeaders headers,
      int status,
      MandateForm register,
      List<FieldError> registerErrors,
      MandateForm revoke,
      List<FieldError> revokeErrors) {
    List<ServiceView> offered = terms.offeredServices();
    List<FieldError> all = new ArrayList<>(registerErrors);
    all.addAll(revokeErrors);
    return views.page(
        headers,
        status,
        "helpdesk",
        "helpdesk",
        Map.of("form", register, "revokeForm", revoke, "services", offered, "errors", all));
  }

  /** Survivor mandates (nabestaandenmachtigingen), for the same agent. */
  @Path("survivor-mandates")
  public SurvivorPages survivorMandates() {
    return new SurvivorPages(agent, legal, catalogue, views, clock);
  }

  /** Proposals awaiting a second agent (four eyes), for the same agent. */
  @Path("proposals")
  public ProposalPages proposals() {
    return new ProposalPages(agent, commands, queries, legal, legalReads, outbox, views);
  }

  /** The revoke form's controls carry the prefix {@code revoke-} (two forms on one page). */
  private static MandateForm prefixed(MandateForm form) {
    return form;
  }

  private static List<FieldError> prefixed(List<FieldError> errors) {
    return errors.stream()
        .map(e -> new FieldError(e.field() == null || e.field().isEmpty() ? "" : "revoke-" + e.field(), e.message()))
        .toList();
  }
}
