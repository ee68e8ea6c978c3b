package nl.namens.register.portal;

import jakarta.validation.ConstraintViolationException;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.namens.register.problem.FieldPath;
import nl.namens.register.problem.Problem;
import nl.namens.register.problem.ProblemException;
import nl.namens.register.problem.Violation;
import nl.namens.register.validation.DateRule;

/**
 * Turns the lifecycle's problems (English, for the JSON API) into form errors in the user's language,
 * attached to the form control they concern. Unknown texts are shown as they are.
 */
final class Problems {

  private static final Pattern TRIES_LEFT = Pattern.compile("\\((\\d+) tr(?:y|ies) left");
  private static final Pattern MAX_PERIOD = Pattern.compile("more than (\\S+) after");

  private Problems() {}

  /**
   * @param fields which form control a lifecycle field belongs to, by prefix ({@code representative} ->
   *     {@code counterpartId})
   */
  static List<FieldError> errors(ProblemException e, Texts texts, Map<String, String> fields) {
    Problem problem = e.problem();
    if (problem.violations() != null && !problem.violations().isEmpty()) {
      return problem.violations().stream().map(v -> error(v, texts, fields)).toList();
    }
    return List.of(new FieldError(fields.get(""), detail(problem, texts)));
  }

  /** Bean Validation's violations of a domain service's input, as form errors (status 400). */
  static List<FieldError> errors(ConstraintViolationException e, Texts texts, Map<String, String> fields) {
    return e.getConstraintViolations().stream()
        .map(v -> error(new Violation(FieldPath.of(v.getPropertyPath()), v.getMessage()), texts, fields))
        .distinct()
        .toList();
  }

  static int status(ProblemException e) {
    return e.problem().status();
  }

  private static FieldError error(Violation v, Texts texts, Map<String, String> fields) {
    return new FieldError(field(v.field(), fields), message(v.message(), texts));
  }

  private static String field(String field, Map<String, String> fields) {
    String best = null;
    for (String prefix : fields.keySet()) {
      if (!prefix.isEmpty()
          && (field.equals(prefix) || field.startsWith(prefix + ".") || field.startsWith(prefix + "["))
          && (best == null || prefix.length() > best.length())) {
        best = prefix;
      }
    }
    return fields.get(best == null ? "" : best);
  }

  static String message(String message, Texts texts) {
    PortalMessages m = texts.msg();
    String s = message == null ? "" : message;
    Matcher tries = TRIES_LEFT.matcher(s);
    if (tries.find()) {
      return m.err_code_wrong(tries.group(1));
    }
    Matcher period = MAX_PERIOD.matcher(s);
    if (period.find()) {
      return m.err_period_too_long(period.group(1));
    }
    if (s.contains("valid BSN")) {
      return m.err_bsn();
    }
    if (s.contains("valid KvK")) {
      return m.err_kvk();
    }
    if (s.contains("must not be yourself") || s.contains("mandate itself")) {
      return m.err_self();
    }
    if (s.contains("at least one service")) {
      return m.err_services_none();
    }
    if (s.contains("at most") && s.contains("services")) {
      return m.err_services_many();
    }
    if (s.contains("must not be the deceased")) {
      return m.err_survivor_self();
    }
    if (s.contains("verklaring-van-erfrecht for an heir")) {
      return m.err_survivor_heir_evidence();
    }
    if (s.contains("not a service for settling an estate")) {
      return m.err_survivor_not_estate();
    }
    if (s.contains("not a service in the catalogue")) {
      return m.err_service_unknown();
    }
    if (s.contains("retired")) {
      return m.err_service_retired();
    }
    if (DateRule.FOUR_DIGIT_YEAR.equals(s)) {
      return m.err_date_year();
    }
    if (DateRule.TOO_EARLY.equals(s)) {
      return m.err_date_early();
    }
    if (DateRule.IN_THE_FUTURE.equals(s)) {
      return m.err_date_future();
    }
    if (s.contains("before validFrom")) {
      return m.err_until_before_from();
    }
    if (s.contains("before today")) {
      return m.err_from_past();
    }
    if (s.contains("chain mandate")) {
      return m.err_chain();
    }
    if (s.contains("12 letters") || s.contains("12 characters")) {
      return m.err_code_format();
    }
    if (s.contains("has expired")) {
      return m.err_code_expired();
    }
    if (s.contains("all or listed")) {
      return m.err_policy();
    }
    if (s.contains("at least one employee")) {
      return m.err_employees_none();
    }
    if (s.contains("must not be null") || s.contains("must not be blank")) {
      return m.err_required();
    }
    if (s.contains("plain text")) {
      return m.err_text();
    }
    return m.err_other(s);
  }

  private static String detail(Problem problem, Texts texts) {
    PortalMessages m = texts.msg();
    String d = problem.detail() == null ? "" : problem.detail();
    if (problem.status() == 404) {
      return m.error_not_found();
    }
    if (d.contains("one holder at a time")) {
      return m.err_survivor_taken();
    }
    if (d.contains("locked")) {
      return m.err_locked();
    }
    if (d.contains("lapsed")) {
      return m.err_lapsed();
    }
    if (d.contains("overlapping period")) {
      return m.err_overlap();
    }
    if (d.contains("not awaiting")) {
      return m.err_not_awaiting();
    }
    if (d.contains("already ended") || d.contains("can be declined")) {
      return m.err_ended();
    }
    if (d.contains("Only the representative activates")) {
      return m.err_only_representative();
    }
    if (d.contains("Only the principal approves")) {
      return m.err_only_principal();
    }
    if (d.contains("whose approval is asked")) {
      return m.err_decline_other();
    }
    if (d.contains("undo period has ended")) {
      return m.err_undo_period();
    }
    if (d.contains("not registered through the helpdesk")) {
      return m.err_not_helpdesk();
    }
    if (d.contains("Only a company representative")) {
      return m.err_not_company();
    }
    if (problem.status() == 403) {
      return m.error_forbidden();
    }
    return m.err_other(d);
  }
}
