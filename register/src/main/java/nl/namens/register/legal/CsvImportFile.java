package nl.namens.register.legal;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.namens.register.problem.ProblemCode;
import nl.namens.register.problem.ProblemException;

/**
 * Reads a CSV batch file into batch rows with Jackson's CSV parser: RFC 4180 (separator {@code ,}, quote
 * {@code "}, a quote inside a quoted cell doubled, line breaks inside quoted cells allowed), UTF-8 (a leading
 * byte order mark is ignored), blank lines skipped. The first record is the header: ImportRow field names,
 * in any order, each at most once, optional ones may be left out. An empty cell is an absent field.
 *
 * <p>A fault of the file as a whole is thrown as a {@link ProblemException}; a record that cannot be read as
 * a row (another number of cells than the header, {@code terminated} not {@code true}/{@code false}) becomes
 * an unreadable {@link BatchRow}, rejected by {@link LegalImports} like any other bad row.
 */
final class CsvImportFile {

  private static final char BYTE_ORDER_MARK = '\uFEFF';

  private static final CsvMapper CSV =
      CsvMapper.builder().enable(CsvParser.Feature.SKIP_EMPTY_LINES).build();

  /** No columns: every record is read as an array of cells, the header included. */
  private static final CsvSchema RECORDS =
      CsvSchema.emptySchema().withColumnSeparator(',').withQuoteChar('"').withoutEscapeChar();

  private static final Set<String> ALWAYS_REQUIRED =
      Set.of("externalId", "representedBsn", "representativeBsn");
  private static final Set<String> BRP_REQUIRED = Set.of("childBirthDate");
  private static final Set<String> COURT_REQUIRED = Set.of("kind", "court", "decisionDate", "decisionId");

  private final CsvParser parser;
  /** The line the record being read starts on (0 until its first cell is read). */
  private int recordLine;
  /** The line the last complete record ended on. */
  private int lastLine;

  private CsvImportFile(CsvParser parser) {
    this.parser = parser;
  }

  /** The rows of {@code file}, or a problem for the whole file; applies nothing. */
  static List<BatchRow> read(LegalSource source, byte[] file) {
    CsvImportFile reader = null;
    try (CsvParser parser = (CsvParser) CSV.getFactory().createParser(utf8(file))) {
      parser.setSchema(RECORDS);
      reader = new CsvImportFile(parser);
      return reader.rows(source);
    } catch (CharacterCodingException e) {
      throw ProblemException.of(ProblemCode.MALFORMED_REQUEST, "The file is not UTF-8 text.");
    } catch (IOException e) {
      // Jackson's message may quote the offending characters: only the line is reported.
      throw ProblemException.of(
          ProblemCode.MALFORMED_REQUEST,
          "The file is not valid CSV (RFC 4180) in the record starting at line "
              + (reader == null ? 1 : reader.faultLine())
              + ": a quote is not closed, or a quoted cell is followed by other characters.");
    }
  }

  /** Strict UTF-8 (a bad byte sequence is an error, not a replacement character), without a leading BOM. */
  private static Reader utf8(byte[] file) throws IOException {
    PushbackReader text =
        new PushbackReader(
            new InputStreamReader(
                new ByteArrayInputStream(file),
                StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)));
    int first = text.read();
    if (first != -1 && first != BYTE_ORDER_MARK) {
      text.unread(first);
    }
    return text;
  }

  private List<BatchRow> rows(LegalSource source) throws IOException {
    List<String> header = next();
    if (header == null) {
      throw ProblemException.invalid(
          ProblemCode.IMPORT_FILE_EMPTY, "file", "is empty (the first line must be the header)");
    }
    Map<String, Integer> columns = columns(source, header);
    List<BatchRow> rows = new ArrayList<>();
    for (List<String> cells = next(); cells != null; cells = next()) {
      if (rows.size() == ImportBatch.MAX_ROWS) {
        throw LegalImportFiles.tooManyRows();
      }
      rows.add(row(rows.size(), recordLine, cells, columns));
    }
    return rows;
  }

  /** The cells of the next record, or null at the end of the file. */
  private List<String> next() throws IOException {
    recordLine = 0;
    JsonToken token = parser.nextToken();
    if (token == null) {
      return null;
    }
    if (token != JsonToken.START_ARRAY) {
      throw new IOException("unexpected CSV token");
    }
    List<String> cells = new ArrayList<>();
    for (token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
      if (token == null) {
        throw new IOException("unexpected end of CSV");
      }
      if (recordLine == 0) {
        recordLine = parser.currentTokenLocation().getLineNr();
      }
      cells.add(parser.getText());
    }
    lastLine = parser.currentTokenLocation().getLineNr();
    return cells;
  }

  private int faultLine() {
    return recordLine > 0 ? recordLine : lastLine + 1;
  }

  /** Column name -> position; throws for an empty, unknown, repeated or missing required column. */
  private static Map<String, Integer> columns(LegalSource source, List<String> header) {
    if (header.size() == 1 && header.get(0).contains(";")) {
      throw ProblemException.invalid(
          ProblemCode.IMPORT_HEADER_INVALID, "header", "must separate its columns with ',' (RFC 4180), not ';'");
    }
    Map<String, Integer> columns = new HashMap<>();
    for (int i = 0; i < header.size(); i++) {
      String name = header.get(i).strip();
      if (name.isEmpty()) {
        throw ProblemException.invalid(
            ProblemCode.IMPORT_HEADER_INVALID, "header", "has no name for column " + (i + 1));
      }
      if (!ImportRow.FIELDS.contains(name)) {
        throw ProblemException.invalid(
            ProblemCode.IMPORT_HEADER_INVALID,
            "header",
            "has an unknown column "
                + LegalImportFiles.nameOrPosition(name, i + 1)
                + " (the columns are the ImportRow field names; is the header line missing?)");
      }
      if (columns.put(name, i) != null) {
        throw ProblemException.invalid(
            ProblemCode.IMPORT_HEADER_INVALID, "header", "has the column " + name + " more than once");
      }
    }
    List<String> missing =
        ImportRow.FIELDS.stream()
            .filter(field -> required(source, field) && !columns.containsKey(field))
            .toList();
    if (!missing.isEmpty()) {
      throw ProblemException.invalid(
          ProblemCode.IMPORT_HEADER_INVALID,
          "header",
          (missing.size() == 1 ? "lacks the required column " : "lacks the required columns ")
              + String.join(", ", missing));
    }
    return columns;
  }

  private static boolean required(LegalSource source, String field) {
    return ALWAYS_REQUIRED.contains(field)
        || (source == LegalSource.BRP ? BRP_REQUIRED : COURT_REQUIRED).contains(field);
  }

  private static BatchRow row(
      int index, int line, List<String> cells, Map<String, Integer> columns) {
    if (cells.size() != columns.size()) {
      // The cells are out of step with the header: no cell can be trusted to be the external id.
      return BatchRow.unreadable(
          index,
          line,
          null,
          "has " + cells.size() + " cells where the header has " + columns.size() + " columns");
    }
    Map<String, String> cell = new HashMap<>();
    columns.forEach(
        (name, position) -> {
          String value = cells.get(position);
          if (!value.isBlank()) {
            cell.put(name, value);
          }
        });
    Boolean terminated = null;
    String flag = cell.get("terminated");
    if (flag != null) {
      if (flag.strip().equalsIgnoreCase("true")) {
        terminated = Boolean.TRUE;
      } else if (flag.strip().equalsIgnoreCase("false")) {
        terminated = Boolean.FALSE;
      } else {
        return BatchRow.unreadable(
            index, line, cell.get("externalId"), "terminated must be true or false");
      }
    }
    return BatchRow.of(
        index,
        line,
        new ImportRow(
            cell.get("externalId"),
            cell.get("kind"),
            cell.get("representedBsn"),
            cell.get("representedName"),
            cell.get("representedBirthDate"),
            cell.get("representativeBsn"),
            cell.get("representativeName"),
            cell.get("childBirthDate"),
            cell.get("court"),
            cell.get("decisionDate"),
            cell.get("decisionId"),
            cell.get("validFrom"),
            cell.get("validUntil"),
            terminated));
  }
}
