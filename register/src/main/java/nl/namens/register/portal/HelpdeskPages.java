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
import nl.namens.register.legal.LegalCommands;
import nl.namens.register.mandate.Actor;
import nl.namens.register.mandate.MandateCommands;
import nl.namens.register.mandate.MandateDetails;
import nl.namens.register.mandate.MandateTerms;
import nl.namens.register.mandate.Registered;
import nl.namens.register.outbox.Outbox;
import nl.namens.register.party.PartyReference;
import nl.namens.register.problem.ProblemException;
import nl.namens.register.service.Catalogue;
import nl.namens.register.service.ServiceView;
import org.jboss.resteasy.reactive.RestForm;

/**
 * {@code /portal/helpdesk}, for the agent the portal's locator checked (realm role {@code namens-helpdesk}):
 * register or revoke a mandate for a caller after an identity check. The agent, the channel and the
 * identity-check reference go into the audit trail; the page shows the letters sent, among them the
 * principal's letter with the undo. Survivor mandates: {@link SurvivorPages}.
 */
final class HelpdeskPages {

  private final String agent;
  private final MandateCommands commands;
  private final LegalCommands legal;
  private final TermsForms terms;
  private final Catalogue catalogue;
  private final Outbox outbox;
  private final Views views;
  private final Clock clock;

  HelpdeskPages(
      String agent,
      MandateCommands commands,
      LegalCommands legal,
      TermsForms forms,
      Catalogue catalogue,
      Outbox outbox,
      Views views,
      Clock clock) {
    this.agent = agent;
    this.commands = commands;
    this.legal = legal;
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
      Registered registered =
          commands.register(
              Actor.helpdesk(caller.get(), agent, check.get()),
              new MandateTerms(
                  caller.get(), representative.get(), null, serviceIds, from.get(), until.get()));
      return views.page(
          headers,
          200,
          "helpdesk-registered",
          "helpdesk",
          Map.of("registered", registered, "letters", outbox.about(registered.mandate().id())));
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
      MandateDetails revoked = commands.revoke(Actor.helpdesk(caller.get(), agent, check.get()), id.get());
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
