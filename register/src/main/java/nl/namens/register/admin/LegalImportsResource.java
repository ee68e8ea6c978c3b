package nl.namens.register.admin;

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
import java.nio.charset.StandardCharsets;
import nl.namens.register.Roles;
import nl.namens.register.death.DeathBatch;
import nl.namens.register.death.Deaths;
import nl.namens.register.legal.ImportBatch;
import nl.namens.register.legal.ImportReport;
import nl.namens.register.legal.LegalImportFiles;
import nl.namens.register.legal.LegalImports;
import nl.namens.register.legal.LegalSource;
import nl.namens.register.problem.ProblemCode;
import nl.namens.register.problem.ProblemException;

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

  static final String TEXT_CSV = "text/csv";

  private final LegalImports imports;
  private final LegalImportFiles files;
  private final Deaths deaths;

  LegalImportsResource(LegalImports imports, LegalImportFiles files, Deaths deaths) {
    this.imports = imports;
    this.files = files;
    this.deaths = deaths;
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

  /**
   * Deaths (BRP feed): {@code {"rows": [{"externalId", "bsn", "dateOfDeath"}]}}. Each applied death records
   * the date on the party and ends the person's open voluntary mandates (docs/legal-representation.md).
   */
  @POST
  @Path("/brp-deaths")
  public ImportReport brpDeaths(@NotNull @Valid DeathBatch batch) {
    return deaths.run(batch);
  }

  /** A batch file of the BRP-like feed: the body is the file, {@code text/csv} or JSON. */
  @POST
  @Path("/brp/files")
  @Consumes({TEXT_CSV, MediaType.APPLICATION_JSON})
  public ImportReport brpFile(@Context HttpHeaders headers, byte[] file) {
    return files.run(LegalSource.BRP, format(headers.getMediaType()), file);
  }

  /** A batch file of the court-register feed: the body is the file, {@code text/csv} or JSON. */
  @POST
  @Path("/court/files")
  @Consumes({TEXT_CSV, MediaType.APPLICATION_JSON})
  public ImportReport courtFile(@Context HttpHeaders headers, byte[] file) {
    return files.run(LegalSource.COURT, format(headers.getMediaType()), file);
  }

  /** JSON, or CSV in UTF-8 (the only charset a CSV batch file may declare). */
  private static LegalImportFiles.Format format(MediaType type) {
    if (type != null && MediaType.APPLICATION_JSON_TYPE.isCompatible(type)) {
      return LegalImportFiles.Format.JSON;
    }
    String charset = type == null ? null : type.getParameters().get(MediaType.CHARSET_PARAMETER);
    if (charset != null && !StandardCharsets.UTF_8.name().equalsIgnoreCase(charset.strip())) {
      throw ProblemException.of(
          ProblemCode.UNSUPPORTED_MEDIA_TYPE, "A CSV batch file must be UTF-8 (charset=utf-8).");
    }
    return LegalImportFiles.Format.CSV;
  }
}
