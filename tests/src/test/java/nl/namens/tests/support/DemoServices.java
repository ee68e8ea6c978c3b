package nl.namens.tests.support;

/**
 * The demo services of {@code realm-config/demo-data.json} and the test persons of the simulators (who acts
 * for whom: {@code realm-config/src/main/resources/test-logins.md}).
 */
public final class DemoServices {

  public static final String BELASTINGAANGIFTE = "5b1e2c64-0f55-4b8e-9d0a-3a1f2b3c4d01";
  public static final String ZORGDOSSIER = "5b1e2c64-0f55-4b8e-9d0a-3a1f2b3c4d02";
  public static final String AFVALPAS = "5b1e2c64-0f55-4b8e-9d0a-3a1f2b3c4d03";
  /** "Nalatenschap afwikkelen": financial, {@code settlesEstate}. */
  public static final String NALATENSCHAP = "5b1e2c64-0f55-4b8e-9d0a-3a1f2b3c4d04";

  public static final String JAN = "999990019";
  public static final String BEA = "999990020";
  public static final String KARIN = "999990032";
  public static final String PIET = "999990044";
  public static final String CARLA = "999990056";
  public static final String DIRK = "999990068";
  public static final String LOTTE = "999990135";

  /** Parent with authority over Tim (login {@code sanne}). */
  public static final String SANNE = "999990159";
  /** Child, born ten years before the register loaded its demo data. */
  public static final String TIM = "999990160";
  /** Bewindvoerder of Ria (login {@code bart}). */
  public static final String BART = "999990172";
  /** Under beschermingsbewind (login {@code ria}). */
  public static final String RIA = "999990184";
  /** Mentor of Otto (login {@code mira}). */
  public static final String MIRA = "999990196";
  /** Under mentorschap (login {@code otto}). */
  public static final String OTTO = "999990202";
  /** Curator of Wim (login {@code kees}). */
  public static final String KEES = "999990214";
  /** Under curatele (login {@code wim}). */
  public static final String WIM = "999990226";
  /** Executor of Gijs's estate (login {@code noor}). */
  public static final String NOOR = "999990238";
  /** Deceased; his estate is being settled. */
  public static final String GIJS = "999990251";
  /** Professional bewindvoerder without demo relations (login {@code petra}). */
  public static final String PETRA = "999990275";

  /** BSNs that the demo data leaves free for tests (all pass the 11-proef). */
  public static final String FREE_BSN_1 = "999990287";
  public static final String FREE_BSN_2 = "999990299";

  public static final String KVK_CIJFER = "90000001";
  public static final String KVK_DEEG = "90000002";

  private DemoServices() {}
}
