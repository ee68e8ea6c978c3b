package nl.namens.keycloak.broker;

/**
 * Names of the broker's user attributes and user session notes that the identity provider mappers
 * set (see docs/architecture.md, "Broker user model"). Other packages read them through these
 * constants.
 */
public final class BrokerAttributes {

  /** User attribute: {@code BSN} (DigiD), {@code KVK} or {@code RSIN} (eHerkenning). */
  public static final String SUBJECT_TYPE = "namens.subject-type";

  /** User attribute: the BSN of a DigiD user (passed the 11-proef). */
  public static final String BSN = "namens.bsn";

  /** User attribute: the KvK number of the company an eHerkenning user acts for. */
  public static final String KVK = "namens.kvk";

  /** User attribute: the RSIN of the company an eHerkenning user acts for, when eHerkenning names it so. */
  public static final String RSIN = "namens.rsin";

  /** User attribute: the eHerkenning employee's opaque pseudonym. */
  public static final String ACTING_SUBJECT_ID = "namens.acting-subject-id";

  /** User session note: the LoA code of this login ({@code basis} ... {@code hoog}). */
  public static final String LOA_NOTE = "namens.loa";

  /**
   * User session note of an eHerkenning login: the eToegang service authorisations ({@code
   * urn:etoegang:core:ServiceID}) the employee's assertion carries, space-separated; empty when
   * none. The portal client puts it in its tokens as {@code namens_etoegang_service_ids}.
   */
  public static final String ETOEGANG_SERVICE_IDS_NOTE = "namens.etoegang.service-ids";

  /**
   * User session note of an eHerkenning login: the branch (vestigingsnummer) the employee is restricted to
   * ({@code urn:etoegang:1.9:ServiceRestriction:Vestigingsnr}); empty when unrestricted. Carried into the tokens.
   */
  public static final String BRANCH_NOTE = "namens.etoegang.vestigingsnr";

  private BrokerAttributes() {}
}
