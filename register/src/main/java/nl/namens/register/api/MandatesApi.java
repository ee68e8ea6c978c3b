package nl.namens.register.api;

import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import nl.namens.register.mandate.Actor;
import nl.namens.register.mandate.EmployeePolicy;
import nl.namens.register.mandate.HistoryEntry;
import nl.namens.register.mandate.MandateCommands;
import nl.namens.register.mandate.MandateDetails;
import nl.namens.register.mandate.MandateQueries;
import nl.namens.register.mandate.MandateTerms;
import nl.namens.register.mandate.Registered;
import nl.namens.register.problem.ProblemCode;
import nl.namens.register.problem.ProblemException;
import org.jboss.resteasy.reactive.ResponseStatus;

/**
 * The logged-in party's mandates ({@code /api/v1/mandates}): bearer token of the broker realm issued to
 * {@code namens-portal}. A mandate the caller is neither principal nor representative of answers 404.
 */
@Path("/api/v1/mandates")
@Authenticated
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public final class MandatesApi {

  private final MandateCommands commands;
  private final MandateQueries queries;
  private final PortalCaller caller;

  MandatesApi(MandateCommands commands, MandateQueries queries, PortalCaller caller) {
    this.commands = commands;
    this.queries = queries;
    this.caller = caller;
  }

  /** Mandates I gave (I am the principal). */
  @GET
  @Path("/given")
  public List<MandateDetails> given() {
    return queries.given(caller.actor());
  }

  /** Mandates I hold (I am the representative). */
  @GET
  @Path("/held")
  public List<MandateDetails> held() {
    return queries.held(caller.actor());
  }

  /** Pending and requested mandates I am a party of; {@code awaiting} says whose turn it is. */
  @GET
  @Path("/pending")
  public List<MandateDetails> pending() {
    return queries.pending(caller.actor());
  }

  @GET
  @Path("/{id}")
  public MandateDetails get(@PathParam("id") UUID id) {
    return queries.get(caller.actor(), id);
  }

  /** I (principal) register a mandate: 201 {@code {"mandate": ..., "activationCode": "XXXX-XXXX-XXXX"}}. */
  @POST
  @ResponseStatus(201)
  public Registered register(@NotNull @Valid MandateTermsBody body) {
    if (body.representative() == null) {
      throw ProblemException.invalid(ProblemCode.REQUIRED, "representative");
    }
    Actor me = caller.actor();
    return commands.register(
        me,
        new MandateTerms(
            me.party(),
            body.representative(),
            body.kind(),
            body.services(),
            body.validFrom(),
            body.validUntil()));
  }

  /** I (representative) ask the principal for a mandate: 201, status {@code requested}. */
  @POST
  @Path("/requests")
  @ResponseStatus(201)
  public MandateDetails request(@NotNull @Valid MandateTermsBody body) {
    if (body.principal() == null) {
      throw ProblemException.invalid(ProblemCode.REQUIRED, "principal");
    }
    Actor me = caller.actor();
    return commands.request(
        me,
        new MandateTerms(
            body.principal(),
            me.party(),
            body.kind(),
            body.services(),
            body.validFrom(),
            body.validUntil()));
  }

  @POST
  @Path("/{id}/activate")
  public MandateDetails activate(@PathParam("id") UUID id, @NotNull @Valid CodeBody body) {
    return commands.activate(caller.actor(), id, body.code());
  }

  @POST
  @Path("/{id}/approve")
  public MandateDetails approve(@PathParam("id") UUID id, @NotNull @Valid CodeBody body) {
    return commands.approve(caller.actor(), id, body.code());
  }

  @POST
  @Path("/{id}/decline")
  public MandateDetails decline(@PathParam("id") UUID id) {
    return commands.decline(caller.actor(), id);
  }

  @POST
  @Path("/{id}/revoke")
  public MandateDetails revoke(@PathParam("id") UUID id) {
    return commands.revoke(caller.actor(), id);
  }

  @POST
  @Path("/{id}/undo")
  public MandateDetails undo(@PathParam("id") UUID id) {
    return commands.undo(caller.actor(), id);
  }

  @GET
  @Path("/{id}/history")
  public List<HistoryEntry> history(@PathParam("id") UUID id) {
    return queries.history(caller.actor(), id);
  }

  /** Which of my company's employees may use a mandate it holds. */
  @GET
  @Path("/{id}/employees")
  public EmployeePolicy employees(@PathParam("id") UUID id) {
    return queries.employees(caller.actor(), id);
  }

  @PUT
  @Path("/{id}/employees")
  public EmployeePolicy setEmployees(@PathParam("id") UUID id, @NotNull @Valid EmployeesBody body) {
    return commands.setEmployees(
        caller.actor(), id, new EmployeePolicy(body.policy(), body.actingSubjectIds()));
  }
}
