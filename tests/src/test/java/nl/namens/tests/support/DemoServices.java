package nl.namens.tests.support;

/** The demo services of {@code realm-config/demo-data.json} and the test persons of the simulators. */
public final class DemoServices {

  public static final String BELASTINGAANGIFTE = "5b1e2c64-0f55-4b8e-9d0a-3a1f2b3c4d01";
  public static final String ZORGDOSSIER = "5b1e2c64-0f55-4b8e-9d0a-3a1f2b3c4d02";
  public static final String AFVALPAS = "5b1e2c64-0f55-4b8e-9d0a-3a1f2b3c4d03";

  public static final String JAN = "999990019";
  public static final String BEA = "999990020";
  public static final String KARIN = "999990032";
  public static final String PIET = "999990044";
  public static final String CARLA = "999990056";
  public static final String DIRK = "999990068";
  public static final String LOTTE = "999990135";

  public static final String KVK_CIJFER = "90000001";
  public static final String KVK_DEEG = "90000002";

  private DemoServices() {}
}
