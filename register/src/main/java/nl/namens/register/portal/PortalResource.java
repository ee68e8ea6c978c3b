package nl.namens.register.portal;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.stream.Stream;
import nl.namens.register.legal.LegalRepresentations;
import nl.namens.register.mandate.Actor;
import nl.namens.register.mandate.EmployeePolicy;
import nl.namens.register.mandate.HistoryEntry;
import nl.namens.register.mandate.MandateCommands;
import nl.namens.register.mandate.MandateDetails;
import nl.namens.register.mandate.MandateQueries;
import nl.namens.register.mandate.MandateTerms;
import nl.namens.register.mandate.Registered;
import nl.namens.register.outbox.Outbox;
import nl.namens.register.party.Parties;
import nl.namens.register.party.PartyReference;
import nl.namens.register.problem.ProblemException;
import nl.namens.register.service.Catalogue;
import nl.namens.register.service.ServiceView;
import nl.namens.register.usage.Usages;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * "Mijn machtigingen": the logged-in party's mandates, the register / request / activate / approve / decline
 * / revoke / undo forms, the history, who acted for me, and the letters. Server-side pages (Qute); every form
 * carries the CSRF token; errors are pages in the user's language that keep the input.
 */
@Path("/portal")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class PortalResource {

  private static final Logger LOG = Logger.getLogger(PortalResource.class);
  private static final List<String> NOTICES =
      List.of("activated", "approved", "declined", "revoked", "undone", "employees");

  private final MandateCommands commands;
  private final MandateQueries queries;
  private final Catalogue catalogue;
  private final Usages usages;
  private final Outbox outbox;
  private final Parties parties;
  private final PortalUser user;
  private final Views views;
  private final Clock clock;
  private final LegalRepresentations legal;

  PortalResource(
      MandateCommands commands,
      MandateQueries queries,
      Catalogue catalogue,
      Usages usages,
      Outbox outbox,
      Parties parties,
      PortalUser user,
      Views views,
      Clock clock,
      LegalRepresentations legal) {
    this.commands = commands;
    this.queries = queries;
    this.catalogue = catalogue;
    this.usages = usages;
    this.outbox = outbox;
    this.parties = parties;
    this.user = user;
    this.views = views;
    this.clock = clock;
    this.legal = legal;
  }

  // --- overview ------------------------------------------------------------------------------------------

  @GET
  public Response overview(@Context HttpHeaders headers) {
    Actor me = user.actor();
    List<MandateDetails> given = queries.given(me);
    List<MandateDetails> held = queries.held(me);
    List<MandateDetails> pending = queries.pending(me);
    List<MandateDetails> ended =
        Stream.concat(given.stream(), held.stream())
            .filter(PortalExtensions::isEnded)
            .sorted(Comparator.comparing(MandateDetails::updatedAt, Comparator.nullsLast(Comparator.reverseOrder())))
            .toList();
    Map<String, Object> data = new HashMap<>();
    data.put("pending", pending);
    data.put("given", given.stream().filter(m -> "active".equals(m.status()) && !PortalExtensions.isEnded(m)).toList());
    data.put("held", held.stream().filter(m -> "active".equals(m.status()) && !PortalExtensions.isEnded(m)).toList());
    data.put("ended", ended);
    data.put("legalRepresentedBy", legal.representedBy(me.party(), today()));
    data.put("legalRepresenting", legal.representing(me.party(), today()));
    return views.page(headers, 200, "overview", "overview", data);
  }

  /** The login callback's path; reached directly (already logged in), it shows the overview. */
  @GET
  @Path("/login")
  public Response login() {
    return Response.seeOther(URI.create("/portal")).build();
  }

  // --- register (principal) and request (representative) ------------------------------------------------

  @GET
  @Path("/mandates/new")
  public Response registerForm(@Context HttpHeaders headers) {
    user.actor();
    return form(headers, 200, "register", MandateForm.empty(today()), List.of());
  }

  @POST
  @Path("/mandates")
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
        new MandateForm(counterpartType, counterpartId, services, validFrom, validUntil, null, null, null, null);
    return submitTerms(
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

  @GET
  @Path("/requests/new")
  public Response requestForm(@Context HttpHeaders headers) {
    user.actor();
    return form(headers, 200, "request", MandateForm.empty(today()), List.of());
  }

  @POST
  @Path("/requests")
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
        new MandateForm(counterpartType, counterpartId, services, validFrom, validUntil, null, null, null, null);
    return submitTerms(
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

  /** A lifecycle step on the terms of a mandate form (the other party, services, period). */
  private interface TermsStep {
    Response apply(PartyReference counterpart, List<UUID> services, LocalDate from, LocalDate until);
  }

  /**
   * Reads the terms of {@code form}; on input errors shows the form again (400, nothing stored), else runs
   * {@code step}, showing the form with the register's problem mapped to its fields when it refuses.
   *
   * @param counterpartField the API field of the other party ({@code representative} or {@code principal})
   */
  private Response submitTerms(
      HttpHeaders headers, MandateForm form, String view, String counterpartField, TermsStep step) {
    Texts texts = views.texts(headers);
    List<FieldError> errors = new ArrayList<>();
    Optional<PartyReference> counterpart = form.counterpart(texts, errors);
    List<UUID> serviceIds = form.serviceIds(texts, errors);
    Optional<LocalDate> from = form.from(texts, errors);
    Optional<LocalDate> until = form.until(texts, errors);
    if (!errors.isEmpty()) {
      return form(headers, 400, view, form, errors);
    }
    try {
      return step.apply(counterpart.get(), serviceIds, from.get(), until.get());
    } catch (ProblemException e) {
      return form(headers, RefusalMessages.status(e), view, form, RefusalMessages.errors(e, texts, termFields(counterpartField)));
    }
  }

  // --- one mandate ---------------------------------------------------------------------------------------

  @GET
  @Path("/mandates/{id}")
  public Response mandate(
      @Context HttpHeaders headers, @PathParam("id") String id, @QueryParam("done") String done) {
    Texts texts = views.texts(headers);
    String notice = done != null && NOTICES.contains(done) ? notice(texts, done) : null;
    return detail(headers, 200, mandateId(id), notice, List.of());
  }

  @POST
  @Path("/mandates/{id}/activate")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response activate(@Context HttpHeaders headers, @PathParam("id") String id, @RestForm String code) {
    return step(
        headers,
        id,
        "activated",
        m -> commands.activate(user.actor(), m, code == null ? "" : code),
        this::codeErrors);
  }

  @POST
  @Path("/mandates/{id}/approve")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response approve(@Context HttpHeaders headers, @PathParam("id") String id, @RestForm String code) {
    return step(
        headers,
        id,
        "approved",
        m -> commands.approve(user.actor(), m, code == null ? "" : code),
        this::codeErrors);
  }

  @POST
  @Path("/mandates/{id}/decline")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response decline(@Context HttpHeaders headers, @PathParam("id") String id) {
    return step(headers, id, "declined", m -> commands.decline(user.actor(), m), this::generalErrors);
  }

  @GET
  @Path("/mandates/{id}/revoke")
  public Response revokeConfirmation(@Context HttpHeaders headers, @PathParam("id") String id) {
    MandateDetails mandate = queries.get(user.actor(), mandateId(id));
    return views.page(headers, 200, "revoke", "overview", Map.of("mandate", mandate));
  }

  @POST
  @Path("/mandates/{id}/revoke")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response revoke(@Context HttpHeaders headers, @PathParam("id") String id) {
    return step(headers, id, "revoked", m -> commands.revoke(user.actor(), m), this::generalErrors);
  }

  @POST
  @Path("/mandates/{id}/undo")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response undo(@Context HttpHeaders headers, @PathParam("id") String id) {
    return step(headers, id, "undone", m -> commands.undo(user.actor(), m), this::generalErrors);
  }

  /** A company (representative) chooses which employees may use a mandate it holds. */
  @POST
  @Path("/mandates/{id}/employees")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response employees(
      @Context HttpHeaders headers,
      @PathParam("id") String id,
      @RestForm String policy,
      @RestForm String employees) {
    UUID mandateId = mandateId(id);
    Texts texts = views.texts(headers);
    List<String> ids =
        employees == null
            ? List.of()
            : Arrays.stream(employees.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    List<FieldError> errors = new ArrayList<>();
    for (String employee : ids) {
      if (employee.length() > 128 || !PlainText.isPlain(employee)) {
        errors.add(new FieldError("employees", texts.msg().err_text()));
        break;
      }
    }
    if (ids.size() > 200) {
      errors.add(new FieldError("employees", texts.msg().err_too_long("200")));
    }
    if (!errors.isEmpty()) {
      return detail(headers, 400, mandateId, null, errors);
    }
    try {
      commands.setEmployees(user.actor(), mandateId, new EmployeePolicy(policy, ids));
      return done(mandateId, "employees");
    } catch (ProblemException e) {
      Map<String, String> fields = new HashMap<>();
      fields.put("", "");
      fields.put("policy", "policy-all");
      fields.put("actingSubjectIds", "employees");
      return detail(headers, RefusalMessages.status(e), mandateId, null, RefusalMessages.errors(e, texts, fields));
    }
  }

  // --- who acted for me, letters -----------------------------------------------------------------------

  @GET
  @Path("/usages")
  public Response usages(@Context HttpHeaders headers) {
    Actor me = user.actor();
    return views.page(
        headers,
        200,
        "usages",
        "usages",
        Map.of("asPrincipal", usages.asPrincipal(me.party()), "asRepresentative", usages.asRepresentative(me.party())));
  }

  @GET
  @Path("/post")
  public Response post(@Context HttpHeaders headers) {
    Actor me = user.actor();
    return views.page(
        headers, 200, "post", "post", Map.of("letters", parties.find(me.party()).map(outbox::to).orElse(List.of())));
  }

  // --- errors as pages -----------------------------------------------------------------------------------

  @ServerExceptionMapper
  Response portalError(PortalError e, HttpHeaders headers) {
    return ErrorPages.of(views, headers, e);
  }

  @ServerExceptionMapper
  Response problem(ProblemException e, HttpHeaders headers) {
    return ErrorPages.of(views, headers, e);
  }

  // --- helpers -------------------------------------------------------------------------------------------

  private Response form(HttpHeaders headers, int status, String template, MandateForm form, List<FieldError> errors) {
    List<ServiceView> offered = catalogue.all().stream().filter(s -> !s.retired()).map(ServiceView::of).toList();
    return views.page(
        headers, status, template, template, Map.of("form", form, "services", offered, "errors", errors));
  }

  /**
   * One step on a mandate (activate, approve, decline, revoke, undo): back to the mandate page with a notice,
   * or the same page with the refusal explained.
   */
  private Response step(
      HttpHeaders headers,
      String id,
      String outcome,
      Consumer<UUID> operation,
      BiFunction<ProblemException, HttpHeaders, List<FieldError>> errors) {
    UUID mandateId = mandateId(id);
    try {
      operation.accept(mandateId);
      return done(mandateId, outcome);
    } catch (ProblemException e) {
      return detail(headers, RefusalMessages.status(e), mandateId, null, errors.apply(e, headers));
    }
  }

  private Response detail(
      HttpHeaders headers, int status, UUID mandateId, String notice, List<FieldError> errors) {
    Actor me = user.actor();
    MandateDetails mandate = queries.get(me, mandateId);
    List<HistoryEntry> history = queries.history(me, mandateId);
    Map<String, Object> data = new HashMap<>();
    data.put("mandate", mandate);
    data.put("history", history);
    data.put("errors", errors);
    data.put("notice", notice == null ? "" : notice);
    boolean employeesForm =
        MandateDetails.REPRESENTATIVE.equals(mandate.role())
            && user.isCompany()
            && PortalExtensions.isOpen(mandate)
            && mandate.employeePolicy() != null;
    data.put("employeesForm", employeesForm);
    data.put(
        "employees",
        employeesForm ? queries.employees(me, mandateId) : new EmployeePolicy("all", List.of()));
    boolean undoable =
        MandateDetails.PRINCIPAL.equals(mandate.role())
            && mandate.undoUntil() != null
            && mandate.undoUntil().isAfter(clock.instant())
            && PortalExtensions.isOpen(mandate);
    data.put("undoable", undoable);
    return views.page(headers, status, "mandate", "overview", data);
  }

  private List<FieldError> codeErrors(ProblemException e, HttpHeaders headers) {
    Map<String, String> fields = new HashMap<>();
    fields.put("", "");
    fields.put("code", "code");
    return RefusalMessages.errors(e, views.texts(headers), fields);
  }

  private List<FieldError> generalErrors(ProblemException e, HttpHeaders headers) {
    return RefusalMessages.errors(e, views.texts(headers), Map.of("", ""));
  }

  private static Map<String, String> termFields(String counterpart) {
    Map<String, String> fields = new HashMap<>();
    fields.put("", "");
    fields.put(counterpart, "counterpartId");
    fields.put("kind", "counterpartId");
    fields.put("services", "services-0");
    fields.put("validFrom", "validFrom");
    fields.put("validUntil", "validUntil");
    return fields;
  }

  private static String notice(Texts texts, String done) {
    PortalMessages m = texts.msg();
    return switch (done) {
      case "activated" -> m.done_activated();
      case "approved" -> m.done_approved();
      case "declined" -> m.done_declined();
      case "revoked" -> m.done_revoked();
      case "undone" -> m.done_undone();
      default -> m.done_employees();
    };
  }

  private static Response done(UUID mandateId, String what) {
    return Response.seeOther(URI.create("/portal/mandates/" + mandateId + "?done=" + what)).build();
  }

  static UUID mandateId(String id) {
    try {
      return UUID.fromString(id);
    } catch (IllegalArgumentException | NullPointerException e) {
      throw PortalError.notFound();
    }
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }
}
