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
import nl.namens.register.mandate.EmployeePolicy;
import nl.namens.register.mandate.HistoryEntry;
import nl.namens.register.mandate.Lifecycle;
import nl.namens.register.mandate.MandateDetails;
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

  private final Lifecycle lifecycle;
  private final PortalCaller caller;

  MandatesApi(Lifecycle lifecycle, PortalCaller caller) {
    this.lifecycle = lifecycle;
    this.caller = caller;
  }

  /** Mandates I gave (I am the principal). */
  @GET
  @Path("/given")
  public List<MandateDetails> given() {
    return lifecycle.given(caller.actor());
  }

  /** Mandates I hold (I am the representative). */
  @GET
  @Path("/held")
  public List<MandateDetails> held() {
    return lifecycle.held(caller.actor());
  }

  /** Pending and requested mandates I am a party of; {@code awaiting} says whose turn it is. */
  @GET
  @Path("/pending")
  public List<MandateDetails> pending() {
    return lifecycle.pending(caller.actor());
  }

  @GET
  @Path("/{id}")
  public MandateDetails get(@PathParam("id") UUID id) {
    return lifecycle.get(caller.actor(), id);
  }

  /** I (principal) register a mandate: 201 {@code {"mandate": ..., "activationCode": "XXXX-XXXX-XXXX"}}. */
  @POST
  @ResponseStatus(201)
  public Registered register(@NotNull @Valid MandateTermsBody body) {
    if (body.representative() == null) {
      throw ProblemException.invalid(ProblemCode.REQUIRED, "representative");
    }
    return lifecycle.register(
        caller.actor(),
        body.representative(),
        body.services(),
        body.validFrom(),
        body.validUntil(),
        body.kind());
  }

  /** I (representative) ask the principal for a mandate: 201, status {@code requested}. */
  @POST
  @Path("/requests")
  @ResponseStatus(201)
  public MandateDetails request(@NotNull @Valid MandateTermsBody body) {
    if (body.principal() == null) {
      throw ProblemException.invalid(ProblemCode.REQUIRED, "principal");
    }
    return lifecycle.request(
        caller.actor(),
        body.principal(),
        body.services(),
        body.validFrom(),
        body.validUntil(),
        body.kind());
  }

  @POST
  @Path("/{id}/activate")
  public MandateDetails activate(@PathParam("id") UUID id, @NotNull @Valid CodeBody body) {
    return lifecycle.activate(caller.actor(), id, body.code());
  }

  @POST
  @Path("/{id}/approve")
  public MandateDetails approve(@PathParam("id") UUID id, @NotNull @Valid CodeBody body) {
    return lifecycle.approve(caller.actor(), id, body.code());
  }

  @POST
  @Path("/{id}/decline")
  public MandateDetails decline(@PathParam("id") UUID id) {
    return lifecycle.decline(caller.actor(), id);
  }

  @POST
  @Path("/{id}/revoke")
  public MandateDetails revoke(@PathParam("id") UUID id) {
    return lifecycle.revoke(caller.actor(), id);
  }

  @POST
  @Path("/{id}/undo")
  public MandateDetails undo(@PathParam("id") UUID id) {
    return lifecycle.undo(caller.actor(), id);
  }

  @GET
  @Path("/{id}/history")
  public List<HistoryEntry> history(@PathParam("id") UUID id) {
    return lifecycle.history(caller.actor(), id);
  }

  /** Which of my company's employees may use a mandate it holds. */
  @GET
  @Path("/{id}/employees")
  public EmployeePolicy employees(@PathParam("id") UUID id) {
    return lifecycle.employees(caller.actor(), id);
  }

  @PUT
  @Path("/{id}/employees")
  public EmployeePolicy setEmployees(@PathParam("id") UUID id, @NotNull @Valid EmployeesBody body) {
    return lifecycle.setEmployees(
        caller.actor(),
        id,
        new EmployeePolicy(
            body.policy(), body.actingSubjectIds() == null ? List.of() : body.actingSubjectIds()));
  }
}
