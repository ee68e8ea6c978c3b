package nl.namens.register.clock;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** Starts the register with the adjustable test clock on ({@code namens.clock.adjustable=true}). */
public final class AdjustableClockProfile implements QuarkusTestProfile {

  @Override
  public Map<String, String> getConfigOverrides() {
    return Map.of("namens.clock.adjustable", "true");
  }
}
