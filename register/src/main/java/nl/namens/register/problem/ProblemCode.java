package nl.namens.register.problem;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every refusal of the register, by code. The code is published as the problem's {@code type} ({@code
 * urn:namens:problem:<code>}, table in docs/architecture.md, "Problems"); the portal chooses its words by
 * code. The English text is the API's violation message (codes about one field) or {@code detail}, with
 * {@code {name}} filled from the parameters, which also travel as extension members.
 */
public enum ProblemCode {

  // --- the request as a whole (set where HTTP is handled) ------------------------------------------------
  /** Bean Validation of a JSON body: one violation per field. */
  INVALID_REQUEST("invalid-request", Kind.INVALID, "The request is not valid."),
  MALFORMED_REQUEST("malformed-request", Kind.MALFORMED, "The request body cannot be read."),
  UNAUTHORIZED(
      "unauthorized", Kind.UNAUTHORIZED, "A valid bearer token issued by the broker realm is required."),
  FORBIDDEN("forbidden", Kind.FORBIDDEN, "The token does not carry the role this API requires."),
  NOT_FOUND("not-found", Kind.NOT_FOUND, "No such resource."),
  SERVICE_NOT_OFFERED(
      "service-not-offered",
      Kind.FORBIDDEN,
      "This client may ask only about the services it offers (namens_services of its token)."),
  BSN_NOT_ALLOWED(
      "bsn-not-allowed",
      Kind.FORBIDDEN,
      "This client may not ask about persons by BSN (namens_bsn_allowed of its token)."),
  UNSUPPORTED_MEDIA_TYPE(
      "unsupported-media-type", Kind.UNSUPPORTED_MEDIA_TYPE, "The body's media type is not one this API reads."),
  /** Any other HTTP status the framework answers (405, 406, ...). */
  HTTP("http", Kind.OTHER, "HTTP error."),
  INTERNAL("internal", Kind.INTERNAL, "The register could not answer; the failure is logged."),

  // --- one field of the request (400; the message is the violation's) -------------------------------------
  REQUIRED("required", Kind.INVALID, "must not be null"),
  /** Bean Validation only: a value outside {@code @Size}, {@code @Min}, {@code @Max}. */
  OUT_OF_RANGE("out-of-range", Kind.INVALID, "is out of range"),
  /** Bean Validation only: a value that is not one of the allowed ones ({@code @Pattern}). */
  NOT_ALLOWED("not-allowed", Kind.INVALID, "is not an allowed value"),
  NOT_PLAIN_TEXT("not-plain-text", Kind.INVALID, "must be plain text: no control characters, no < or >"),
  /** Bean Validation only: any other constraint. */
  INVALID_VALUE("invalid-value", Kind.INVALID, "is not valid"),
  PARTY_TYPE_INVALID("party-type-invalid", Kind.INVALID, "must be one of BSN, KVK, RSIN"),
  BSN_INVALID("bsn-invalid", Kind.INVALID, "is not a valid BSN (nine digits passing the 11-proef)"),
  RSIN_INVALID("rsin-invalid", Kind.INVALID, "is not a valid RSIN (nine digits passing the 11-proef)"),
  KVK_INVALID("kvk-invalid", Kind.INVALID, "is not a valid KvK number (eight digits)"),
  KIND_INVALID("kind-invalid", Kind.INVALID, "must be voluntary or chain"),
  SELF_MANDATE("self-mandate", Kind.INVALID, "must not be yourself (a party cannot mandate itself)"),
  CHAIN_NEEDS_COMPANY(
      "chain-needs-company",
      Kind.INVALID,
      "a chain mandate's representative (the intermediary) must be a company (KVK)"),
  SERVICES_MISSING("services-missing", Kind.INVALID, "must name at least one service"),
  SERVICES_TOO_MANY("services-too-many", Kind.INVALID, "must name at most {max} services"),
  SERVICE_UNKNOWN("service-unknown", Kind.INVALID, "is not a service in the catalogue"),
  SERVICE_RETIRED("service-retired", Kind.INVALID, "is a retired service"),
  SERVICE_NOT_FOR_ESTATE(
      "service-not-for-estate",
      Kind.INVALID,
      "is not a service for settling an estate (settlesEstate is false)"),
  DATE_YEAR_INVALID("date-year-invalid", Kind.INVALID, "must have a year of four digits (yyyy-mm-dd)"),
  DATE_TOO_EARLY("date-too-early", Kind.INVALID, "must not be before 1900-01-01"),
  DATE_IN_FUTURE("date-in-future", Kind.INVALID, "must not be in the future"),
  PERIOD_REVERSED("period-reversed", Kind.INVALID, "must not be before validFrom"),
  START_IN_PAST("start-in-past", Kind.INVALID, "must not be before today"),
  PERIOD_TOO_LONG(
      "period-too-long", Kind.INVALID, "must not be more than {maxDuration} after validFrom"),
  CODE_MALFORMED(
      "code-malformed", Kind.INVALID, "must be 12 letters and digits in the form XXXX-XXXX-XXXX"),
  CODE_WRONG(
      "code-wrong",
      Kind.INVALID,
      "is not the right code ({attemptsLeft} tries left before the mandate locks)"),
  CODE_EXPIRED("code-expired", Kind.INVALID, "has expired"),
  EMPLOYEE_POLICY_INVALID("employee-policy-invalid", Kind.INVALID, "must be all or listed"),
  EMPLOYEES_MISSING("employees-missing", Kind.INVALID, "must name at least one employee"),
  SURVIVOR_NEEDS_PERSON(
      "survivor-needs-person", Kind.INVALID, "must be BSN (a survivor mandate is between persons)"),
  HOLDER_IS_DECEASED("holder-is-deceased", Kind.INVALID, "must not be the deceased"),
  HEIR_NEEDS_INHERITANCE_CERTIFICATE(
      "heir-needs-inheritance-certificate",
      Kind.INVALID,
      "must be verklaring-van-erfrecht for an heir (executele names an executor)"),
  AGENT_ID_NOT_ALLOWED(
      "agent-id-not-allowed", Kind.INVALID, "must not be given: the agent is the token's user"),
  BIRTH_DATE_NOT_PERSON("birth-date-not-person", Kind.INVALID, "is only for a person (BSN)"),
  LOA_INVALID("loa-invalid", Kind.INVALID, "must be one of basis, midden, substantieel, hoog"),
  IMPORT_FILE_EMPTY("import-file-empty", Kind.INVALID, "is empty"),
  IMPORT_FILE_NOT_ARRAY("import-file-not-array", Kind.INVALID, "must be a JSON array of rows"),
  IMPORT_FILE_TOO_MANY_ROWS(
      "import-file-too-many-rows",
      Kind.INVALID,
      "has more than {maxRows} rows (split the feed into several files)"),
  IMPORT_HEADER_INVALID("import-header-invalid", Kind.INVALID, "is not a valid header line"),
  VALID_FROM_BEFORE_DEATH(
      "valid-from-before-death", Kind.INVALID, "must not be before the date of death (BRP deaths feed)"),

  // --- the thing asked for, or its state ------------------------------------------------------------------
  MANDATE_NOT_FOUND("mandate-not-found", Kind.NOT_FOUND, "No mandate with this id."),
  SURVIVOR_MANDATE_NOT_FOUND(
      "survivor-mandate-not-found", Kind.NOT_FOUND, "No survivor mandate with this id."),
  SERVICE_NOT_FOUND(
      "service-not-found", Kind.NOT_FOUND, "No service with this id in the catalogue."),
  MANDATE_OVERLAP(
      "mandate-overlap",
      Kind.CONFLICT,
      "An active or pending mandate between these parties already covers one of these services in an"
          + " overlapping period."),
  MANDATE_LOCKED(
      "mandate-locked",
      Kind.CONFLICT,
      "The mandate is locked after too many wrong codes; register a new mandate."),
  MANDATE_LAPSED("mandate-lapsed", Kind.CONFLICT, "The mandate has lapsed."),
  TOO_MANY_NEW_MANDATES(
      "too-many-new-mandates",
      Kind.TOO_MANY_REQUESTS,
      "You registered or requested {maxNewPerDay} mandates in the last 24 hours; try again later."),
  NOT_AWAITING_ACTIVATION(
      "not-awaiting-activation",
      Kind.CONFLICT,
      "The mandate is not awaiting activation (status {mandateStatus})."),
  NOT_AWAITING_APPROVAL(
      "not-awaiting-approval", Kind.CONFLICT, "The mandate is not awaiting approval (status {mandateStatus})."),
  NOT_DECLINABLE(
      "not-declinable",
      Kind.CONFLICT,
      "Only a pending or requested mandate can be declined (status {mandateStatus})."),
  MANDATE_ENDED("mandate-ended", Kind.CONFLICT, "The mandate has already ended (status {mandateStatus})."),
  ONLY_REPRESENTATIVE_ACTIVATES(
      "only-representative-activates", Kind.FORBIDDEN, "Only the representative activates a mandate."),
  ONLY_PRINCIPAL_APPROVES(
      "only-principal-approves", Kind.FORBIDDEN, "Only the principal approves a requested mandate."),
  ONLY_ASKED_PARTY_DECLINES(
      "only-asked-party-declines",
      Kind.FORBIDDEN,
      "Only the party whose approval is asked can decline; you can revoke it instead."),
  ONLY_PRINCIPAL_UNDOES(
      "only-principal-undoes", Kind.FORBIDDEN, "Only the principal can undo a helpdesk registration."),
  NOT_A_HELPDESK_REGISTRATION(
      "not-a-helpdesk-registration",
      Kind.CONFLICT,
      "The mandate was not registered through the helpdesk."),
  UNDO_PERIOD_ENDED(
      "undo-period-ended", Kind.CONFLICT, "The undo period has ended; revoke the mandate instead."),
  ONLY_REPRESENTATIVE_CHOOSES_EMPLOYEES(
      "only-representative-chooses-employees",
      Kind.FORBIDDEN,
      "Only the representative decides which employees use a mandate."),
  REPRESENTATIVE_NOT_COMPANY(
      "representative-not-company", Kind.CONFLICT, "Only a company representative has employees."),
  SURVIVOR_MANDATE_TAKEN(
      "survivor-mandate-taken",
      Kind.CONFLICT,
      "An active survivor mandate for this estate already covers one of these services; one holder at a"
          + " time: end it first."),
  SURVIVOR_MANDATE_ENDED(
      "survivor-mandate-ended", Kind.CONFLICT, "The survivor mandate has already ended ({endReason})."),
  DEATH_NOT_KNOWN(
      "death-not-known",
      Kind.CONFLICT,
      "The register knows of no death of this person (BRP deaths feed); a survivor mandate waits for it."),
  PARTY_DECEASED(
      "party-deceased", Kind.CONFLICT, "A party of this mandate has died (BRP deaths feed)."),
  NOT_A_PROPOSAL(
      "not-a-proposal",
      Kind.CONFLICT,
      "This is not a proposal awaiting a second agent (status {proposalStatus})."),
  OWN_PROPOSAL(
      "own-proposal",
      Kind.FORBIDDEN,
      "A second, different helpdesk agent must approve this proposal; the agent who proposed it cannot."),
  AGENT_IS_PARTY(
      "agent-is-party",
      Kind.FORBIDDEN,
      "A helpdesk agent does not act in a case they are a party of; another agent must."),
  LOA_TOO_LOW(
      "loa-too-low",
      Kind.FORBIDDEN,
      "Log in at a higher level of assurance for this act: the services involved need it."),
  PRINCIPAL_UNDER_REPRESENTATION(
      "principal-under-representation",
      Kind.FORBIDDEN,
      "You cannot give or approve a mandate for this service: a legal representative (curatele,"
          + " beschermingsbewind or mentorschap) acts for you there."),
  EMPLOYEE_NOT_AUTHORISED(
      "employee-not-authorised",
      Kind.FORBIDDEN,
      "Your company has not authorised you in eHerkenning for this portal (Mijn machtigingen): you may"
          + " look, not change anything for the company."),
  AGENT_LOA_TOO_LOW(
      "agent-loa-too-low",
      Kind.FORBIDDEN,
      "A helpdesk agent must be logged in at level substantieel or higher."),
  PARTY_EXISTS(
      "party-exists", Kind.CONFLICT, "A party with this type and identifier is already registered."),
  SERVICE_EXISTS("service-exists", Kind.CONFLICT, "A service with this id already exists."),
  CATALOGUE_IN_BROKER(
      "catalogue-in-broker",
      Kind.CONFLICT,
      "The service catalogue is managed in the broker's admin console (Namens-dienstencatalogus); the register"
          + " takes it from there."),
  USAGE_PARTIES_MISMATCH(
      "usage-parties-mismatch",
      Kind.CONFLICT,
      "The actor and principal are not the parties of this mandate."),
  USAGE_SERVICE_MISMATCH(
      "usage-service-mismatch", Kind.CONFLICT, "The service is not among the mandate's services."),
  TOKEN_NOT_FOR_PORTAL(
      "token-not-for-portal", Kind.FORBIDDEN, "The token was not issued to the portal client."),
  TOKEN_WITHOUT_SUBJECT(
      "token-without-subject", Kind.FORBIDDEN, "The token does not name a BSN or KvK subject."),
  TOKEN_ACTING_SUBJECT_INVALID(
      "token-acting-subject-invalid",
      Kind.FORBIDDEN,
      "The token's acting subject is not a company employee."),
  TOKEN_WITHOUT_AGENT(
      "token-without-agent", Kind.FORBIDDEN, "The token does not name the helpdesk agent.");

  /** What sort of refusal: decides the HTTP status where HTTP is handled, and the title. */
  public enum Kind {
    INVALID,
    MALFORMED,
    UNAUTHORIZED,
    FORBIDDEN,
    NOT_FOUND,
    CONFLICT,
    TOO_MANY_REQUESTS,
    UNSUPPORTED_MEDIA_TYPE,
    OTHER,
    INTERNAL
  }

  /** The prefix of every problem {@code type}. */
  public static final String TYPE_PREFIX = "urn:namens:problem:";

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)}");

  private final String code;
  private final Kind kind;
  private final String text;

  ProblemCode(String code, Kind kind, String text) {
    this.code = code;
    this.kind = kind;
    this.text = text;
  }

  /** The code, e.g. {@code mandate-locked}. */
  public String code() {
    return code;
  }

  /** {@code urn:namens:problem:<code>}. */
  public String type() {
    return TYPE_PREFIX + code;
  }

  public Kind kind() {
    return kind;
  }

  /** The English text with {@code {name}} replaced by the parameter of that name. */
  public String text(Map<String, Object> parameters) {
    Matcher placeholder = PLACEHOLDER.matcher(text);
    StringBuilder result = new StringBuilder();
    while (placeholder.find()) {
      Object value = parameters.get(placeholder.group(1));
      placeholder.appendReplacement(
          result, Matcher.quoteReplacement(value == null ? placeholder.group() : value.toString()));
    }
    placeholder.appendTail(result);
    return result.toString();
  }

  /** The English text of a code without parameters. */
  public String text() {
    return text(Map.of());
  }
}
