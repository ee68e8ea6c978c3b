package nl.namens.register.legal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import nl.namens.register.Roles;

/**
 * The system API through which the authoritative registers' feeds reach the register. 200 with an
 * {@link ImportReport} also when rows were rejected (the good rows are kept).
 */
@Path("/admin/v1/legal/imports")
@RolesAllowed(Roles.ADMIN)
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public final class LegalImportsResource {

  private final LegalImports imports;

  LegalImportsResource(LegalImports imports) {
    this.imports = imports;
  }

  /** Parental authority and guardianship over minors (BRP-like feed). */
  @POST
  @Path("/brp")
  public ImportReport brp(@NotNull @Valid ImportBatch batch) {
    return imports.run(LegalSource.BRP, batch);
  }

  /** Curatele, beschermingsbewind and mentorschap (court-register feed). */
  @POST
  @Path("/court")
  public ImportReport court(@NotNull @Valid ImportBatch batch) {
    return imports.run(LegalSource.COURT, batch);
  }
}
