package nl.namens.keycloak.broker;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import nl.namens.identifiers.LevelOfAssurance;
import nl.namens.identifiers.SubjectType;
import nl.namens.keycloak.register.Party;
import org.keycloak.dom.saml.v2.assertion.AssertionType;

/**
 * An employee who logged in with eHerkenning for a company: the company ({@code urn:etoegang:core:LegalSubjectID}:
 * its KvK number, or its RSIN when the NameQualifier says so), the employee's pseudonym ({@code
 * urn:etoegang:core:ActingSubjectID}), the LoA (the assurance class in {@code AuthnContextClassRef}, else the
 * attribute {@code urn:etoegang:core:LevelOfAssurance}) and a branch restriction ({@code
 * urn:etoegang:1.9:ServiceRestriction:Vestigingsnr}: the employee may act for that branch only), which is carried
 * into the tokens, never dropped: a malformed one refuses the login.
 */
final class EherkenningSubject implements BrokeredSubject {

  static final String LEGAL_SUBJECT_ID = "urn:etoegang:core:LegalSubjectID";
  static final String ACTING_SUBJECT_ID = "urn:etoegang:core:ActingSubjectID";
  static final String LEVEL_OF_ASSURANCE = "urn:etoegang:core:LevelOfAssurance";

  /** eToegang's assurance classes ({@code urn:etoegang:core:assurance-class:loa3}). */
  static final String ASSURANCE_CLASS_PREFIX = "urn:etoegang:core:assurance-class:";
  static final String SERVICE_ID = "urn:etoegang:core:ServiceID";

  /** An eToegang service id: {@code urn:etoegang:DV:<20-digit OIN>:services:<number>}. */
  static final Pattern SERVICE_ID_FORMAT =
      Pattern.compile("urn:etoegang:DV:[0-9]{20}:services:[0-9]{1,6}");

  /** At most this many service authorisations are kept from one assertion. */
  static final int MAX_SERVICE_IDS = 50;

  /**
   * The NameQualifier of a KvK number, any eToegang version (e.g.
   * urn:etoegang:1.9:EntityConcernedID:KvKnr).
   */
  private static final Pattern KVK_QUALIFIER =
      Pattern.compile("urn:etoegang:[0-9.]+:EntityConcernedID:KvKnr");

  /** The NameQualifier of an RSIN, any eToegang version. */
  private static final Pattern RSIN_QUALIFIER = Pattern.compile("urn:etoegang:[0-9.]+:EntityConcernedID:RSIN");

  /** eToegang's branch restriction, any version ({@code urn:etoegang:1.9:ServiceRestriction:Vestigingsnr}). */
  static final String BRANCH_RESTRICTION = "urn:etoegang:1.9:ServiceRestriction:Vestigingsnr";

  private static final Pattern BRANCH_RESTRICTION_NAME =
      Pattern.compile("urn:etoegang:[0-9.]+:ServiceRestriction:Vestigingsnr");

  /** A vestigingsnummer: twelve digits. */
  private static final Pattern BRANCH_NUMBER = Pattern.compile("[0-9]{12}");

  static final int ACTING_SUBJECT_ID_MAX_LENGTH = 256;

  /** Printable ASCII, no control characters. */
  private static final Pattern PRINTABLE = Pattern.compile("[\\x20-\\x7E]+");

  private final Party company;
  private final String actingSubjectId;
  private final LevelOfAssurance loa;
  private final List<String> serviceIds;
  private final String branch;

  private EherkenningSubject(
      Party company, String actingSubjectId, LevelOfAssurance loa, List<String> serviceIds, String branch) {
    this.company = company;
    this.actingSubjectId = actingSubjectId;
    this.loa = loa;
    this.serviceIds = serviceIds;
    this.branch = branch;
  }

  /**
   * Reads and validates an eHerkenning assertion.
   *
   * @throws org.keycloak.broker.provider.IdentityBrokerException with a message code when it is not
   *     acceptable
   */
  /**
   * The assurance class: eToegang carries it in {@code AuthnContextClassRef}; an assertion with a class ref that
   * is no assurance class (e.g. {@code unspecified}) or none at all falls back to the attribute {@value
   * #LEVEL_OF_ASSURANCE} that older eHerkenning brokers send. Null when neither says one.
   */
  static String assuranceClass(AssertionType assertion) {
    String classRef = SamlAssertions.authnContextClassRef(assertion);
    if (classRef != null && classRef.trim().startsWith(ASSURANCE_CLASS_PREFIX)) {
      return classRef.trim();
    }
    List<SamlAssertions.AttributeValue> values = SamlAssertions.attributeValues(assertion, LEVEL_OF_ASSURANCE);
    return values.isEmpty() ? null : values.get(0).value();
  }

  static EherkenningSubject from(AssertionType assertion, LevelOfAssurance minimum) {
    Party company = company(SamlAssertions.attributeValues(assertion, LEGAL_SUBJECT_ID));
    String actingSubjectId =
        actingSubjectId(SamlAssertions.attributeValues(assertion, ACTING_SUBJECT_ID));
    LevelOfAssurance loa = BrokeredLoa.fromEherkenning(assuranceClass(assertion));
    return new EherkenningSubject(
        company,
        actingSubjectId,
        BrokeredLoa.requireAtLeast(loa, minimum),
        serviceIds(SamlAssertions.attributeValues(assertion, SERVICE_ID)),
        branch(SamlAssertions.attributeValuesMatching(assertion, BRANCH_RESTRICTION_NAME)));
  }

  /**
   * The branch restriction: none, or exactly one twelve-digit vestigingsnummer. Anything else (several, malformed)
   * refuses the login: dropping a restriction would widen what the employee may do.
   */
  static String branch(List<SamlAssertions.AttributeValue> values) {
    List<String> distinct =
        values.stream()
            .map(SamlAssertions.AttributeValue::value)
            .map(v -> v == null ? "" : v.trim())
            .distinct()
            .toList();
    if (distinct.isEmpty()) {
      return null;
    }
    if (distinct.size() > 1 || !BRANCH_NUMBER.matcher(distinct.get(0)).matches()) {
      throw Refusals.refuse(
          Refusals.EHERKENNING_BRANCH_INVALID, "eHerkenning branch restriction is not one 12-digit vestigingsnummer");
    }
    return distinct.get(0);
  }

  /**
   * The employee's service authorisations: distinct values of the eToegang ServiceID format (others
   * are dropped, never refused: they authorise nothing), at most {@value #MAX_SERVICE_IDS}.
   */
  static List<String> serviceIds(List<SamlAssertions.AttributeValue> values) {
    return values.stream()
        .map(SamlAssertions.AttributeValue::value)
        .filter(v -> v != null && SERVICE_ID_FORMAT.matcher(v.trim()).matches())
        .map(String::trim)
        .distinct()
        .limit(MAX_SERVICE_IDS)
        .toList();
  }

  List<String> serviceIds() {
    return serviceIds;
  }

  @Override
  public Map<String, String> sessionNotes() {
    return Map.of(
        BrokerAttributes.LOA_NOTE,
        loa.code(),
        BrokerAttributes.ETOEGANG_SERVICE_IDS_NOTE,
        String.join(" ", serviceIds),
        BrokerAttributes.BRANCH_NOTE,
        branch == null ? "" : branch);
  }

  /**
   * The company: one LegalSubjectID value, a KvK number (NameQualifier {@code …:EntityConcernedID:KvKnr}, or none)
   * or an RSIN ({@code …:EntityConcernedID:RSIN}, nine digits passing the 11-proef); any other qualifier or a
   * value that fails its check refuses the login.
   */
  static Party company(List<SamlAssertions.AttributeValue> values) {
    String value =
        single(values, Refusals.EHERKENNING_KVK_MISSING, Refusals.EHERKENNING_KVK_INVALID, "KvK");
    boolean rsin = false;
    for (SamlAssertions.AttributeValue v : values) {
      String qualifier = v.nameQualifier();
      if (qualifier != null && RSIN_QUALIFIER.matcher(qualifier).matches()) {
        rsin = true;
      } else if (qualifier != null && !KVK_QUALIFIER.matcher(qualifier).matches()) {
        throw Refusals.refuse(
            Refusals.EHERKENNING_KVK_INVALID,
            "eHerkenning LegalSubjectID is neither a KvK number nor an RSIN: " + qualifier);
      }
    }
    SubjectType type = rsin ? SubjectType.RSIN : SubjectType.KVK;
    if (!type.isValid(value)) {
      throw Refusals.refuse(
          Refusals.EHERKENNING_KVK_INVALID,
          "eHerkenning LegalSubjectID is not a valid " + (rsin ? "RSIN" : "KvK number (8 digits)"));
    }
    return new Party(type, value);
  }

  static String actingSubjectId(List<SamlAssertions.AttributeValue> values) {
    String value =
        single(
            values,
            Refusals.EHERKENNING_ACTING_SUBJECT_MISSING,
            Refusals.EHERKENNING_ACTING_SUBJECT_INVALID,
            "ActingSubjectID");
    if (value.length() > ACTING_SUBJECT_ID_MAX_LENGTH || !PRINTABLE.matcher(value).matches()) {
      throw Refusals.refuse(
          Refusals.EHERKENNING_ACTING_SUBJECT_INVALID,
          "eHerkenning ActingSubjectID is longer than "
              + ACTING_SUBJECT_ID_MAX_LENGTH
              + " characters or not printable ASCII");
    }
    return value;
  }

  /** Exactly one non-blank value (repeats of the same value are accepted), trimmed. */
  private static String single(
      List<SamlAssertions.AttributeValue> values,
      String missingKey,
      String invalidKey,
      String what) {
    List<String> distinct =
        values.stream()
            .map(SamlAssertions.AttributeValue::value)
            .filter(v -> v != null && !v.isBlank())
            .map(String::trim)
            .distinct()
            .toList();
    if (distinct.isEmpty()) {
      throw Refusals.refuse(missingKey, "eHerkenning " + what + " is missing");
    }
    if (distinct.size() > 1) {
      throw Refusals.refuse(invalidKey, "eHerkenning " + what + " has more than one value");
    }
    return distinct.get(0);
  }

  Party company() {
    return company;
  }

  String branch() {
    return branch;
  }

  String actingSubjectId() {
    return actingSubjectId;
  }

  @Override
  public String username() {
    return Usernames.eherkenning(company.id(), actingSubjectId);
  }

  @Override
  public Map<String, String> userAttributes() {
    return Map.of(
        BrokerAttributes.SUBJECT_TYPE, company.type().name(),
        company.type() == SubjectType.RSIN ? BrokerAttributes.RSIN : BrokerAttributes.KVK, company.id(),
        BrokerAttributes.ACTING_SUBJECT_ID, actingSubjectId);
  }

  @Override
  public LevelOfAssurance loa() {
    return loa;
  }

  @Override
  public String toString() {
    return "EherkenningSubject[username=" + username() + ", loa=" + loa.code() + "]";
  }
}
