package nl.namens.register.portal;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import nl.namens.register.mandate.Actor;
import nl.namens.register.mandate.EmployeePolicy;
import nl.namens.register.mandate.MandateCommands;
import nl.namens.register.mandate.MandateDetails;
import nl.namens.register.mandate.MandateQueries;
import nl.namens.register.problem.ProblemException;
import org.jboss.resteasy.reactive.RestForm;

/**
 * {@code /portal/mandates/{id}}: one mandate the user is a party of ({@link MandatePages} checked that): its
 * facts and history, and the steps on it (activate, approve, decline, revoke, undo, employees). A step goes
 * back to this page with a notice, or shows it again with the refusal explained.
 */
final class MandatePage {

  private static final List<String> NOTICES =
      List.of("activated", "approved", "declined", "revoked", "undone", "employees");

  private final MandateDetails mandate;
  private final Actor me;
  private final MandateCommands commands;
  private final MandateQueries queries;
  private final PortalUser user;
  private final Views views;
  private final Clock clock;

  MandatePage(
      MandateDetails mandate,
      Actor me,
      MandateCommands commands,
      MandateQueries queries,
      PortalUser user,
      Views views,
      Clock clock) {
    this.mandate = mandate;
    this.me = me;
    this.commands = commands;
    this.queries = queries;
    this.user = user;
    this.views = views;
    this.clock = clock;
  }

  @GET
  public Response show(@Context HttpHeaders headers, @QueryParam("done") String done) {
    String notice = done != null && NOTICES.contains(done) ? notice(views.texts(headers), done) : null;
    return page(headers, 200, mandate, notice, List.of());
  }

  @POST
  @Path("activate")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response activate(@Context HttpHeaders headers, @RestForm String code) {
    return step(headers, "activated", id -> commands.activate(me, id, code == null ? "" : code), "code");
  }

  @POST
  @Path("approve")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response approve(@Context HttpHeaders headers, @RestForm String code) {
    return step(headers, "approved", id -> commands.approve(me, id, code == null ? "" : code), "code");
  }

  @POST
  @Path("decline")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response decline(@Context HttpHeaders headers) {
    return step(headers, "declined", id -> commands.decline(me, id), null);
  }

  /** Asks before revoking. */
  @GET
  @Path("revoke")
  public Response revokeConfirmation(@Context HttpHeaders headers) {
    return views.page(headers, 200, "revoke", "overview", Map.of("mandate", mandate));
  }

  @POST
  @Path("revoke")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response revoke(@Context HttpHeaders headers) {
    return step(headers, "revoked", id -> commands.revoke(me, id), null);
  }

  @POST
  @Path("undo")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response undo(@Context HttpHeaders headers) {
    return step(headers, "undone", id -> commands.undo(me, id), null);
  }

  /** A company (representative) chooses which employees may use a mandate it holds. */
  @POST
  @Path("employees")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response employees(
      @Context HttpHeaders headers, @RestForm String policy, @RestForm String employees) {
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
      return again(headers, 400, errors);
    }
    try {
      commands.setEmployees(me, mandate.id(), new EmployeePolicy(policy, ids));
      return done("employees");
    } catch (ProblemException e) {
      Map<String, String> fields = new HashMap<>();
      fields.put("", "");
      fields.put("policy", "policy-all");
      fields.put("actingSubjectIds", "employees");
      return again(headers, RefusalMessages.status(e), RefusalMessages.errors(e, texts, fields));
    }
  }

  /**
   * One step on the mandate: back to its page with a notice, or the page again with the refusal (on the
   * form control {@code field}, else the page as a whole).
   */
  private Response step(HttpHeaders headers, String outcome, Consumer<UUID> operation, String field) {
    try {
      operation.accept(mandate.id());
      return done(outcome);
    } catch (ProblemException e) {
      Map<String, String> fields = new HashMap<>();
      fields.put("", "");
      if (field != null) {
        fields.put(field, field);
      }
      return again(
          headers, RefusalMessages.status(e), RefusalMessages.errors(e, views.texts(headers), fields));
    }
  }

  /** The page after a refused step: the mandate as it is now (a wrong code counts). */
  private Response again(HttpHeaders headers, int status, List<FieldError> errors) {
    try {
      return page(headers, status, queries.get(me, mandate.id()), null, errors);
    } catch (ProblemException e) {
      throw PortalError.refused(e);
    }
  }

  private Response page(
      HttpHeaders headers, int status, MandateDetails shown, String notice, List<FieldError> errors) {
    Map<String, Object> data = new HashMap<>();
    data.put("mandate", shown);
    data.put("history", queries.history(me, shown.id()));
    data.put("errors", errors);
    data.put("notice", notice == null ? "" : notice);
    boolean employeesForm =
        MandateDetails.REPRESENTATIVE.equals(shown.role())
            && user.isCompany()
            && PortalExtensions.isOpen(shown)
            && shown.employeePolicy() != null;
    data.put("employeesForm", employeesForm);
    data.put(
        "employees",
        employeesForm ? queries.employees(me, shown.id()) : new EmployeePolicy("all", List.of()));
    boolean undoable =
        MandateDetails.PRINCIPAL.equals(shown.role())
            && shown.undoUntil() != null
            && shown.undoUntil().isAfter(clock.instant())
            && PortalExtensions.isOpen(shown);
    data.put("undoable", undoable);
    return views.page(headers, status, "mandate", "overview", data);
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

  private Response done(String what) {
    return Response.seeOther(URI.create("/portal/mandates/" + mandate.id() + "?done=" + what)).build();
  }
}
