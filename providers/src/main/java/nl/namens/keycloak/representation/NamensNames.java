package nl.namens.keycloak.representation;

/**
 * Attribute and note names of the contract (docs/architecture.md) used by the representation side.
 */
public final class NamensNames {

  private NamensNames() {}

  /** User attribute: {@code BSN} or {@code KVK}. */
  public static final String USER_SUBJECT_TYPE = "namens.subject-type";

  /** User attribute: the BSN (DigiD users). */
  public static final String USER_BSN = "namens.bsn";

  /** User attribute: the company's KvK number (eHerkenning users). */
  public static final String USER_KVK = "namens.kvk";

  /** The RSIN of an eHerkenning user's company, when eHerkenning names it by RSIN. */
  public static final String USER_RSIN = "namens.rsin";

  /** User session note: the branch an eHerkenning employee is restricted to (empty: none). */
  public static final String USER_SESSION_BRANCH = "namens.etoegang.vestigingsnr";

  /** User attribute: the eHerkenning employee's opaque pseudonym. */
  public static final String USER_ACTING_SUBJECT_ID = "namens.acting-subject-id";

  /** User session note: LoA code of the login. */
  public static final String USER_SESSION_LOA = "namens.loa";

  /** The stored acting-for value of "myself" (see {@link ChoiceLedger}). */
  public static final String SELF = "self";

  /** Client attribute: space-separated service UUIDs. */
  public static final String CLIENT_SERVICES = "namens.services";

  /** Client attribute: {@code true} if the client may receive BSNs. */
  public static final String CLIENT_BSN_ALLOWED = "namens.bsn-allowed";

  /**
   * SAML client attribute: which of its services each {@code AttributeConsumingServiceIndex} of its
   * metadata stands for, e.g. {@code 1=<uuid> 2=<uuid>} (ST-SAML).
   */
  public static final String CLIENT_SAML_SERVICE_INDEXES = "namens.saml.service-indexes";

  /**
   * Authentication session client note: the service a SAML service provider chose by its {@code
   * AttributeConsumingServiceIndex} ({@link #UNKNOWN_SERVICE} when the index names none).
   */
  public static final String NOTE_REQUESTED_SERVICE = "namens.requested-service";

  /** {@link #NOTE_REQUESTED_SERVICE} for an index that names no service of the client. */
  public static final String UNKNOWN_SERVICE = "unknown";
}
