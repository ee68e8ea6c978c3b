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
}
