package nl.namens.register.legal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import nl.namens.register.Roles;

/**
 * The system API through which the authoritative registers' feeds reach the register: a batch as JSON, or
 * a batch file (CSV or a JSON array, docs/legal-imports.md). 200 with an {@link ImportReport} also when rows
 * were rejected (the good rows are kept).
 */
@Path("/admin/v1/legal/imports")
@RolesAllowed(Roles.ADMIN)
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public final class LegalImportsResource {

  private final LegalImports imports;
  private final LegalImportFiles files;

  LegalImportsResource(LegalImports imports, LegalImportFiles files) {
    this.imports = imports;
    this.files = files;
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

  /** A batch file of the BRP-like feed: the body is the file, {@code text/csv} or JSON. */
  @POST
  @Path("/brp/files")
  @Consumes({LegalImportFiles.TEXT_CSV, MediaType.APPLICATION_JSON})
  public ImportReport brpFile(@Context HttpHeaders headers, byte[] file) {
    return files.run(LegalSource.BRP, headers.getMediaType(), file);
  }

  /** A batch file of the court-register feed: the body is the file, {@code text/csv} or JSON. */
  @POST
  @Path("/court/files")
  @Consumes({LegalImportFiles.TEXT_CSV, MediaType.APPLICATION_JSON})
  public ImportReport courtFile(@Context HttpHeaders headers, byte[] file) {
    return files.run(LegalSource.COURT, headers.getMediaType(), file);
  }
}
