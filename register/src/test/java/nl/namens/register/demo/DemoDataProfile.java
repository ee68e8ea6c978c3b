package nl.namens.register.demo;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** Starts the register with {@code namens.demo-data} pointing at a small demo file. */
public final class DemoDataProfile implements QuarkusTestProfile {

  static final String FILE = "src/test/resources/demo/demo-data.json";

  @Override
  public Map<String, String> getConfigOverrides() {
    return Map.of("namens.demo-data", FILE);
  }
}
