package nl.namens.register.legal;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.regex.Pattern;
import nl.namens.register.problem.ProblemCode;
import nl.namens.register.problem.ProblemException;
import org.jboss.logging.Logger;

/**
 * Imports a batch file of a feed: CSV ({@link CsvImportFile}) or a JSON array of rows ({@link
 * JsonImportFile}), then the same per-row policy as the JSON API ({@link LegalImports}). A file that cannot
 * be read as a whole (not UTF-8, not CSV/JSON, empty, a wrong header, more than {@value
 * ImportBatch#MAX_ROWS} rows) is refused as a problem before any row is applied. See docs/legal-imports.md.
 */
@ApplicationScoped
public class LegalImportFiles {

  /** How a batch file is written. */
  public enum Format {
    /** RFC 4180, UTF-8, a header line of ImportRow field names. */
    CSV,
    /** A JSON array of ImportRow objects. */
    JSON
  }

  private static final Logger LOG = Logger.getLogger(LegalImportFiles.class);

  /** What an unknown column or field may look like to be named in a problem (so never a BSN or a name). */
  private static final Pattern NAMEABLE = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,49}");

  private final LegalImports imports;
  private final ObjectMapper mapper;

  LegalImportFiles(LegalImports imports, ObjectMapper mapper) {
    this.imports = imports;
    this.mapper = mapper;
  }

  /** Reads the whole file (a problem if it cannot be read as a whole), then applies row by row. */
  public ImportReport run(LegalSource source, Format format, byte[] file) {
    byte[] content = file == null ? new byte[0] : file;
    List<BatchRow> rows =
        format == Format.JSON
            ? JsonImportFile.read(mapper, content)
            : CsvImportFile.read(source, content);
    LOG.debugf(
        "Legal import file (%s, %s, %d bytes): %d rows read",
        source.code(), format, content.length, rows.size());
    return imports.run(source, rows);
  }

  /** The file as a whole has more rows than one batch may have. */
  static ProblemException tooManyRows() {
    return ProblemException.invalid(
        ProblemCode.IMPORT_FILE_TOO_MANY_ROWS,
        "file",
        ProblemException.parameter("maxRows", ImportBatch.MAX_ROWS));
  }

  /** {@code name} if it may be repeated back (it looks like a field name), else its 1-based position. */
  static String nameOrPosition(String name, int position) {
    return NAMEABLE.matcher(name).matches() ? name : "at position " + position;
  }
}
