package nl.namens.register.portal;

import jakarta.validation.ConstraintViolationException;
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
import nl.namens.register.legal.NewSurvivorMandate;
import nl.namens.register.legal.SurvivorMandateView;
import nl.namens.register.problem.ProblemCode;
import nl.namens.register.problem.ProblemException;
import nl.namens.register.service.Catalogue;
import nl.namens.register.service.ServiceView;
import org.jboss.resteasy.reactive.RestForm;

/**
 * {@code /portal/helpdesk/survivor-mandates}, for the agent {@link HelpdeskPages} checked: propose a survivor
 * mandate (nabestaandenmachtiging) for an heir or executor with the notary's evidence (active once a second
 * agent approves it, {@link ProposalPages}; only when the BRP reported the death), and end it when the
 * estate is settled or the mandate is revoked. Through the same {@link LegalCommands} as {@code
 * /api/v1/helpdesk/survivor-mandates}: its rules, its audit with the agent, its conflict on a second holder.
 */
final class SurvivorPages {

  private final Agent agent;
  private final LegalCommands survivors;
  private final Catalogue catalogue;
  private final Views views;
  private final Clock clock;

  SurvivorPages(Agent agent, LegalCommands survivors, Catalogue catalogue, Views views, Clock clock) {
    this.agent = agent;
    this.survivors = survivors;
    this.catalogue = catalogue;
    this.views = views;
    this.clock = clock;
  }

  // --- register ---------------------------------------------------------------------------------------------

  @GET
  @Path("new")
  public Response registerForm(@Context HttpHeaders headers) {
    return registerForm(headers, 200, SurvivorForm.empty(LocalDate.now(clock)), List.of(), estateServices());
  }

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response register(
      @Context HttpHeaders headers,
      @RestForm String deceased,
      @RestForm String holder,
      @RestForm String role,
      @RestForm String evidenceType,
      @RestForm String evidenceReference,
      @RestForm List<String> services,
      @RestForm String validFrom) {
    SurvivorForm form =
        new SurvivorForm(deceased, holder, role, evidenceType, evidenceReference, services, validFrom);
    Texts texts = views.texts(headers);
    List<ServiceView> offered = estateServices();
    String servicesField = SurvivorForm.servicesField(offered.stream().map(ServiceView::id).toList());
    List<FieldError> errors = new ArrayList<>();
    Optional<NewSurvivorMandate> request = form.request(texts, errors, servicesField);
    if (request.isEmpty()) {
      return registerForm(headers, 400, form, errors, offered);
    }
    try {
      SurvivorMandateView registered = survivors.proposeSurvivor(request.get(), agent);
      return views.page(headers, 200, "helpdesk-survivor-registered", "helpdesk", Map.of("survivor", registered));
    } catch (ProblemException e) {
      Map<String, String> fields = new HashMap<>(SurvivorForm.fields(servicesField));
      if (e.code() == ProblemCode.DEATH_NOT_KNOWN) {
        fields.put("", SurvivorForm.DECEASED); // the death belongs to the deceased's field
      }
      return registerForm(headers, RefusalMessages.status(e), form, RefusalMessages.errors(e, texts, fields), offered);
    } catch (ConstraintViolationException e) {
      return registerForm(headers, 400, form, RefusalMessages.errors(e, texts, SurvivorForm.fields(servicesField)), offered);
    }
  }

  // --- end --------------------------------------------------------------------------------------------------

  @GET
  @Path("end")
  public Response endForm(@Context HttpHeaders headers) {
    return endForm(headers, 200, SurvivorEndForm.empty(), List.of());
  }

  @POST
  @Path("end")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response end(
      @Context HttpHeaders headers, @RestForm String survivorMandateId, @RestForm String reason) {
    SurvivorEndForm form = new SurvivorEndForm(survivorMandateId, reason);
    Texts texts = views.texts(headers);
    List<FieldError> errors = new ArrayList<>();
    Optional<UUID> id = form.id(texts, errors);
    Optional<String> why = form.reason(texts, errors);
    if (!errors.isEmpty()) {
      return endForm(headers, 400, form, errors);
    }
    try {
      SurvivorMandateView ended = survivors.endSurvivor(id.get(), why.get(), agent.id());
      return views.page(headers, 200, "helpdesk-survivor-ended", "helpdesk", Map.of("survivor", ended));
    } catch (ProblemException e) {
      // An unknown id belongs to the id field; every other refusal to the form as a whole.
      Map<String, String> fields =
          e.code() == ProblemCode.SURVIVOR_MANDATE_NOT_FOUND
              ? Map.of("", SurvivorEndForm.ID)
              : Map.of("", "");
      FieldError error = RefusalMessages.errors(e, texts, fields).get(0);
      return endForm(headers, RefusalMessages.status(e), form, List.of(error));
    }
  }

  /** The catalogue's services for settling an estate ({@code settlesEstate}, not retired), by name. */
  private List<ServiceView> estateServices() {
    return catalogue.all().stream().filter(s -> !s.retired() && s.settlesEstate()).map(ServiceView::of).toList();
  }

  private Response registerForm(
      HttpHeaders headers, int status, SurvivorForm form, List<FieldError> errors, List<ServiceView> offered) {
    String servicesField = SurvivorForm.servicesField(offered.stream().map(ServiceView::id).toList());
    return views.page(
        headers,
        status,
        "helpdesk-survivor",
        "helpdesk",
        Map.of("form", form, "services", offered, "servicesField", servicesField, "errors", errors));
  }

  private Response endForm(HttpHeaders headers, int status, SurvivorEndForm form, List<FieldError> errors) {
    return views.page(headers, status, "helpdesk-survivor-end", "helpdesk", Map.of("form", form, "errors", errors));
  }
}
