package nl.namens.register.portal;

import jakarta.validation.ConstraintViolationException;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.namens.identifiers.LevelOfAssurance;
import nl.namens.register.http.Statuses;
import nl.namens.register.problem.ProblemCode;
import nl.namens.register.problem.ProblemException;
import nl.namens.register.problem.Violation;
import nl.namens.register.problem.Violations;

/**
 * The register's refusals as form errors in the user's language: the words are chosen by code ({@link #key}),
 * never by reading the English text. Every code has a key (the compiler checks the switch), and
 * RefusalMessagesTest that both message files have it.
 */
final class RefusalMessages {

  private RefusalMessages() {}

  /** The message key ({@code messages/msg_*.properties}) of each refusal code. */
  static String key(ProblemCode code) {
    return switch (code) {
      case REQUIRED -> "err_required";
      case NOT_PLAIN_TEXT -> "err_text";
      case PARTY_TYPE_INVALID -> "err_choose";
      case BSN_INVALID, SURVIVOR_NEEDS_PERSON -> "err_bsn";
      case KVK_INVALID -> "err_kvk";
      case RSIN_INVALID -> "err_rsin";
      case SELF_MANDATE -> "err_self";
      case CHAIN_NEEDS_COMPANY -> "err_chain";
      case SERVICES_MISSING -> "err_services_none";
      case SERVICES_TOO_MANY -> "err_services_many";
      case SERVICE_UNKNOWN -> "err_service_unknown";
      case SERVICE_RETIRED -> "err_service_retired";
      case SERVICE_NOT_FOR_ESTATE -> "err_survivor_not_estate";
      case DATE_YEAR_INVALID -> "err_date_year";
      case DATE_TOO_EARLY -> "err_date_early";
      case DATE_IN_FUTURE -> "err_date_future";
      case PERIOD_REVERSED -> "err_until_before_from";
      case START_IN_PAST -> "err_from_past";
      case PERIOD_TOO_LONG -> "err_period_too_long";
      case CODE_MALFORMED -> "err_code_format";
      case CODE_WRONG -> "err_code_wrong";
      case CODE_EXPIRED -> "err_code_expired";
      case EMPLOYEE_POLICY_INVALID -> "err_policy";
      case EMPLOYEES_MISSING -> "err_employees_none";
      case HOLDER_IS_DECEASED -> "err_survivor_self";
      case HEIR_NEEDS_INHERITANCE_CERTIFICATE -> "err_survivor_heir_evidence";
      case VALID_FROM_BEFORE_DEATH -> "err_before_death";
      case DEATH_NOT_KNOWN -> "err_death_unknown";
      case PARTY_DECEASED -> "err_party_deceased";
      case NOT_A_PROPOSAL -> "err_not_proposal";
      case OWN_PROPOSAL -> "err_own_proposal";
      case AGENT_IS_PARTY -> "err_agent_party";
      case AGENT_LOA_TOO_LOW -> "error_helpdesk_loa";
      case EMPLOYEE_NOT_AUTHORISED -> "error_employee_not_authorised";
      case PRINCIPAL_UNDER_REPRESENTATION -> "error_principal_under_representation";
      case LOA_TOO_LOW -> "error_loa_too_low";
      case INVALID_REQUEST,
          MALFORMED_REQUEST,
          OUT_OF_RANGE,
          NOT_ALLOWED,
          INVALID_VALUE,
          KIND_INVALID,
          AGENT_ID_NOT_ALLOWED,
          BIRTH_DATE_NOT_PERSON,
          LOA_INVALID,
          IMPORT_FILE_EMPTY,
          IMPORT_FILE_NOT_ARRAY,
          IMPORT_FILE_TOO_MANY_ROWS,
          IMPORT_HEADER_INVALID ->
          "err_invalid";
      case MANDATE_NOT_FOUND -> "error_not_found";
      case SURVIVOR_MANDATE_NOT_FOUND -> "err_survivor_unknown";
      case NOT_FOUND, SERVICE_NOT_FOUND -> "err_not_found";
      case MANDATE_OVERLAP -> "err_overlap";
      case MANDATE_LOCKED -> "err_locked";
      case MANDATE_LAPSED -> "err_lapsed";
      case TOO_MANY_NEW_MANDATES -> "err_too_many_new";
      case NOT_AWAITING_ACTIVATION, NOT_AWAITING_APPROVAL -> "err_not_awaiting";
      case NOT_DECLINABLE, MANDATE_ENDED -> "err_ended";
      case ONLY_REPRESENTATIVE_ACTIVATES -> "err_only_representative";
      case ONLY_PRINCIPAL_APPROVES -> "err_only_principal";
      case ONLY_ASKED_PARTY_DECLINES -> "err_decline_other";
      case NOT_A_HELPDESK_REGISTRATION -> "err_not_helpdesk";
      case UNDO_PERIOD_ENDED -> "err_undo_period";
      case REPRESENTATIVE_NOT_COMPANY -> "err_not_company";
      case SURVIVOR_MANDATE_TAKEN -> "err_survivor_taken";
      case SURVIVOR_MANDATE_ENDED -> "err_survivor_ended";
      case PARTY_EXISTS, SERVICE_EXISTS, CATALOGUE_IN_BROKER, USAGE_PARTIES_MISMATCH, USAGE_SERVICE_MISMATCH ->
          "err_conflict";
      case UNAUTHORIZED,
          FORBIDDEN,
          SERVICE_NOT_OFFERED,
          BSN_NOT_ALLOWED,
          ONLY_PRINCIPAL_UNDOES,
          ONLY_REPRESENTATIVE_CHOOSES_EMPLOYEES,
          TOKEN_NOT_FOR_PORTAL ->
          "error_forbidden";
      case TOKEN_WITHOUT_SUBJECT, TOKEN_ACTING_SUBJECT_INVALID -> "error_no_identity";
      case TOKEN_WITHOUT_AGENT -> "error_helpdesk_only";
      case UNSUPPORTED_MEDIA_TYPE, HTTP, INTERNAL -> "error_generic";
    };
  }

  /** The parameter the code's message shows, if it shows one (its placeholder in the message files). */
  static String parameter(ProblemCode code) {
    return switch (code) {
      case CODE_WRONG -> "attemptsLeft";
      case PERIOD_TOO_LONG -> "maxDuration";
      case TOO_MANY_NEW_MANDATES -> "maxNewPerDay";
      default -> null;
    };
  }

  /** The refusal's words in the user's language. */
  static String message(ProblemCode code, Map<String, Object> parameters, Texts texts) {
    String parameter = parameter(code);
    Object value = parameter == null ? null : parameters.get(parameter);
    return texts.message(key(code), code == ProblemCode.PERIOD_TOO_LONG ? duration(value, texts) : value);
  }

  /**
   * The longest period of a mandate ({@code P5Y} in the refusal) in words a person reads: "5 jaar", "1 year and 6
   * months"; the value as it is if it is no ISO-8601 period.
   */
  static Object duration(Object value, Texts texts) {
    if (value == null) {
      return null;
    }
    Period period;
    try {
      period = Period.parse(value.toString());
    } catch (DateTimeParseException e) {
      return value;
    }
    boolean english = Locales.ENGLISH.getLanguage().equals(texts.language());
    List<String> parts = new ArrayList<>();
    if (period.getYears() != 0) {
      parts.add(period.getYears() + (english ? (period.getYears() == 1 ? " year" : " years") : " jaar"));
    }
    if (period.getMonths() != 0) {
      parts.add(
          period.getMonths()
              + (english
                  ? (period.getMonths() == 1 ? " month" : " months")
                  : (period.getMonths() == 1 ? " maand" : " maanden")));
    }
    if (period.getDays() != 0 || parts.isEmpty()) {
      parts.add(
          period.getDays()
              + (english ? (period.getDays() == 1 ? " day" : " days") : (period.getDays() == 1 ? " dag" : " dagen")));
    }
    String and = english ? " and " : " en ";
    return parts.size() == 1
        ? parts.get(0)
        : String.join(", ", parts.subList(0, parts.size() - 1)) + and + parts.get(parts.size() - 1);
  }

  /**
   * The refusal as form errors: one per refused field, attached to its form control, or one for the form as a
   * whole.
   *
   * @param fields which form control a field of the request belongs to, by prefix ({@code representative} ->
   *     {@code counterpartId}); {@code ""} for the form as a whole
   */
  static List<FieldError> errors(ProblemException e, Texts texts, Map<String, String> fields) {
    if (!e.violations().isEmpty()) {
      return errors(e.violations(), texts, fields);
    }
    return List.of(new FieldError(fields.get(""), message(e.code(), e.parameters(), texts), stepUp(e, texts)));
  }

  /** For a refusal for the login's level: the way up to the level needed (its parameter {@code requiredLoa}). */
  static StepUp stepUp(ProblemException e, Texts texts) {
    if (e.code() != ProblemCode.LOA_TOO_LOW && e.code() != ProblemCode.AGENT_LOA_TOO_LOW) {
      return null;
    }
    Object needed = e.parameters().get("requiredLoa");
    return LevelOfAssurance.fromCode(needed == null ? null : needed.toString())
        .map(level -> StepUp.to(level, texts))
        .orElse(null);
  }

  /** Bean Validation's violations of a domain service's input, as form errors (status 400). */
  static List<FieldError> errors(
      ConstraintViolationException e, Texts texts, Map<String, String> fields) {
    return errors(Violations.of(e), texts, fields);
  }

  /** The page's HTTP status for this refusal. */
  static int status(ProblemException e) {
    return Statuses.of(e.code().kind());
  }

  private static List<FieldError> errors(
      List<Violation> violations, Texts texts, Map<String, String> fields) {
    return violations.stream()
        .map(
            v ->
                new FieldError(field(v.field(), fields), message(v.code(), v.parameters(), texts)))
        .distinct()
        .toList();
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
}
