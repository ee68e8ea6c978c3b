package nl.namens.register.legal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import nl.namens.register.problem.ProblemCode;
import nl.namens.register.problem.ProblemException;

/**
 * Reads a JSON batch file into batch rows: a JSON array of ImportRow objects (the API's {@code rows},
 * without the wrapper), UTF-8. A fault of the file as a whole (not JSON, not an array, empty, too many rows)
 * is thrown as a {@link ProblemException}; an element that cannot be read as a row (not an object, an
 * unknown field, a field of the wrong JSON type) becomes an unreadable {@link BatchRow} with the line it
 * starts on.
 */
final class JsonImportFile {

  private JsonImportFile() {}

  /** The rows of {@code file}, or a problem for the whole file; applies nothing. */
  static List<BatchRow> read(ObjectMapper mapper, byte[] file) {
    try (JsonParser parser = mapper.createParser(file)) {
      JsonToken first = parser.nextToken();
      if (first == null) {
        throw ProblemException.invalid(
            ProblemCode.IMPORT_FILE_EMPTY, "file", "is empty (expected a JSON array of rows)");
      }
      if (first != JsonToken.START_ARRAY) {
        throw ProblemException.invalid(ProblemCode.IMPORT_FILE_NOT_ARRAY, "file");
      }
      List<BatchRow> rows = new ArrayList<>();
      while (parser.nextToken() != JsonToken.END_ARRAY) {
        if (rows.size() == ImportBatch.MAX_ROWS) {
          throw LegalImportFiles.tooManyRows();
        }
        int line = parser.currentTokenLocation().getLineNr();
        JsonNode element = parser.readValueAsTree();
        rows.add(row(mapper, rows.size(), line, element));
      }
      if (parser.nextToken() != null) {
        throw ProblemException.of(
            ProblemCode.MALFORMED_REQUEST,
            "The file is not valid JSON: there is content after the array (line "
                + parser.currentTokenLocation().getLineNr()
                + ").");
      }
      return rows;
    } catch (JsonProcessingException e) {
      // Jackson's message may quote the offending characters: only the line is reported.
      throw ProblemException.of(
          ProblemCode.MALFORMED_REQUEST,
          e.getLocation() == null
              ? "The file is not valid JSON."
              : "The file is not valid JSON (the first error is on line "
                  + e.getLocation().getLineNr()
                  + ").");
    } catch (IOException e) {
      throw ProblemException.of(ProblemCode.MALFORMED_REQUEST, "The file cannot be read as JSON.");
    }
  }

  private static BatchRow row(ObjectMapper mapper, int index, int line, JsonNode element) {
    if (element == null || !element.isObject()) {
      return BatchRow.unreadable(index, line, null, "row is not a JSON object");
    }
    JsonNode id = element.get("externalId");
    String externalId = id != null && id.isTextual() ? id.textValue() : null;
    for (Iterator<String> names = element.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!ImportRow.FIELDS.contains(name)) {
        String named = LegalImportFiles.nameOrPosition(name, fieldPosition(element, name));
        return BatchRow.unreadable(index, line, externalId, "has an unknown field " + named);
      }
    }
    try {
      return BatchRow.of(index, line, mapper.treeToValue(element, ImportRow.class));
    } catch (JsonProcessingException | IllegalArgumentException e) {
      String field = field(e);
      return BatchRow.unreadable(
          index,
          line,
          externalId,
          "terminated".equals(field)
              ? "terminated must be true or false"
              : field + " has the wrong JSON type");
    }
  }

  private static int fieldPosition(JsonNode element, String name) {
    int position = 1;
    for (Iterator<String> names = element.fieldNames(); names.hasNext(); position++) {
      if (names.next().equals(name)) {
        return position;
      }
    }
    return position;
  }

  private static String field(Exception e) {
    if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
      String name = mapping.getPath().get(0).getFieldName();
      if (name != null && ImportRow.FIELDS.contains(name)) {
        return name;
      }
    }
    return "a field";
  }
}
