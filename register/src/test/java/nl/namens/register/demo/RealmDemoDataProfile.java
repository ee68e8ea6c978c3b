package nl.namens.register.demo;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** Starts the register with the realm's demo data ({@code realm-config}), as {@code ./namens run} does. */
public final class RealmDemoDataProfile implements QuarkusTestProfile {

  static final String FILE = "../realm-config/src/main/resources/demo-data.json";

  @Override
  public Map<String, String> getConfigOverrides() {
    // the catalogue as ./namens run has it: the broker's, here read from the same realm export
    return Map.of(
        "namens.demo-data", FILE,
        "namens.catalogue.source", "realm-file",
        "namens.catalogue.realm-file", "../realm-config/src/main/resources/realms/namens-realm.json");
  }
}
