package nl.namens.keycloak.actingfor;

import jakarta.ws.rs.core.MultivaluedMap;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import nl.namens.keycloak.register.PrincipalSearch;

/**
 * The search form of the acting-for page: reads and checks its three fields. Input that breaks the
 * rules is never sent to the register; the page shows it again with an error per field.
 */
final class SearchForm {

  static final String PARAM_NAME = "searchName";
  static final String PARAM_BIRTH_YEAR = "searchBirthYear";
  static final String PARAM_BSN_PART = "searchBsnPart";

  /** Element ids of the inputs (error summary links point at them). */
  static final String ID_NAME = "namens-acting-for-search-name";

  static final String ID_BIRTH_YEAR = "namens-acting-for-search-birth-year";
  static final String ID_BSN_PART = "namens-acting-for-search-bsn-part";

  static final String MSG_NAME_TOO_LONG = "namensActingForSearchErrorName";
  static final String MSG_NAME_CHARACTERS = "namensActingForSearchErrorNameCharacters";
  static final String MSG_BIRTH_YEAR = "namensActingForSearchErrorBirthYear";
  static final String MSG_BSN_PART = "namensActingForSearchErrorBsnPart";

  static final int MAX_NAME_LENGTH = 100;
  static final int MIN_BIRTH_YEAR = 1900;
  static final int MAX_BIRTH_YEAR = 2100;

  private static final Pattern FOUR_DIGITS = Pattern.compile("[0-9]{4}");
  private static final Pattern BSN_PART = Pattern.compile("[0-9]{3,9}");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  /** The raw values as typed (trimmed), to show again. */
  record Input(String name, String birthYear, String bsnPart) {
    static final Input EMPTY = new Input("", "", "");
  }

  /** An error of one field: the input's element id and the message key. */
  record FieldError(String fieldId, String messageKey) {}

  /**
   * The outcome: {@code search} when the input is valid (may be empty: no criteria), else the
   * errors.
   */
  record Result(Input input, PrincipalSearch search, List<FieldError> errors) {
    Result {
      errors = List.copyOf(errors);
    }

    boolean valid() {
      return errors.isEmpty();
    }
  }

  private SearchForm() {}

  /** True when the post carries any of the search fields. */
  static boolean present(MultivaluedMap<String, String> form) {
    return form.containsKey(PARAM_NAME)
        || form.containsKey(PARAM_BIRTH_YEAR)
        || form.containsKey(PARAM_BSN_PART);
  }

  static Result parse(MultivaluedMap<String, String> form) {
    return parse(
        form.getFirst(PARAM_NAME), form.getFirst(PARAM_BIRTH_YEAR), form.getFirst(PARAM_BSN_PART));
  }

  static Result parse(String rawName, String rawBirthYear, String rawBsnPart) {
    String name = trim(rawName);
    String birthYear = trim(rawBirthYear);
    String bsnPart = SPACES.matcher(trim(rawBsnPart)).replaceAll("");
    Input input = new Input(name, birthYear, bsnPart);
    List<FieldError> errors = new ArrayList<>();
    if (name.codePointCount(0, name.length()) > MAX_NAME_LENGTH) {
      errors.add(new FieldError(ID_NAME, MSG_NAME_TOO_LONG));
    } else if (!plainText(name)) {
      errors.add(new FieldError(ID_NAME, MSG_NAME_CHARACTERS));
    }
    Integer year = null;
    if (!birthYear.isEmpty()) {
      if (FOUR_DIGITS.matcher(birthYear).matches()) {
        year = Integer.parseInt(birthYear);
      }
      if (year == null || year < MIN_BIRTH_YEAR || year > MAX_BIRTH_YEAR) {
        errors.add(new FieldError(ID_BIRTH_YEAR, MSG_BIRTH_YEAR));
        year = null;
      }
    }
    if (!bsnPart.isEmpty() && !BSN_PART.matcher(bsnPart).matches()) {
      errors.add(new FieldError(ID_BSN_PART, MSG_BSN_PART));
    }
    if (!errors.isEmpty()) {
      return new Result(input, null, errors);
    }
    return new Result(input, new PrincipalSearch(name, year, bsnPart), List.of());
  }

  /** The input of a stored search, to show in the form. */
  static Input inputOf(PrincipalSearch search) {
    if (search == null) {
      return Input.EMPTY;
    }
    return new Input(
        search.name() == null ? "" : search.name(),
        search.birthYear() == null ? "" : String.valueOf(search.birthYear()),
        search.bsnPart() == null ? "" : search.bsnPart());
  }

  /**
   * No {@code <}, {@code >}, control or format characters: the register refuses them in a name (its
   * {@code @SafeText}), so the page says so instead of "searching is not possible".
   */
  static boolean plainText(String value) {
    return value
        .codePoints()
        .noneMatch(
            c ->
                c == '<'
                    || c == '>'
                    || Character.isISOControl(c)
                    || Character.getType(c) == Character.FORMAT
                    || Character.getType(c) == Character.LINE_SEPARATOR
                    || Character.getType(c) == Character.PARAGRAPH_SEPARATOR);
  }

  private static String trim(String value) {
    return value == null ? "" : value.strip();
  }
}
