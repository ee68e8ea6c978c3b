package nl.namens.keycloak.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class NamensMetricsTest {

  private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

  @BeforeEach
  void record() {
    NamensMetrics.useRegistry(registry);
  }

  @AfterEach
  void restore() {
    NamensMetrics.useRegistry(Metrics.globalRegistry);
  }

  @Test
  void choicesAreCountedByKindAndOutcomeWithABoundedVocabulary() {
    NamensMetrics.choice("voluntary", "chosen");
    NamensMetrics.choice("voluntary", "chosen");
    NamensMetrics.choice("self", "chosen");
    NamensMetrics.choice("999990019", "chosen"); // never a value from outside as a tag

    assertEquals(2.0, registry.get("namens.acting_for.choices").tags("kind", "voluntary", "outcome", "chosen").counter().count());
    assertEquals(1.0, registry.get("namens.acting_for.choices").tags("kind", "self").counter().count());
    assertEquals(1.0, registry.get("namens.acting_for.choices").tags("kind", "other").counter().count());
  }

  @Test
  void bvdCallsAreTimedByOutcome() {
    NamensMetrics.bvdCall("bvd", 200, Duration.ofMillis(12));
    NamensMetrics.bvdCall("bvd", 0, Duration.ofMillis(1500));

    assertEquals(1, registry.get("namens.bvd.requests").tags("call", "bvd", "outcome", "2xx").timer().count());
    assertEquals(1, registry.get("namens.bvd.requests").tags("outcome", "no_answer").timer().count());
  }

  @Test
  void refusalsAndStepUpsAreCounted() {
    NamensMetrics.refusal("refresh");
    NamensMetrics.stepUp("digid");
    NamensMetrics.stepUp("elsewhere");

    assertEquals(1.0, registry.get("namens.representation.refusals").tags("at", "refresh").counter().count());
    assertEquals(1.0, registry.get("namens.loa.step_ups").tags("idp", "digid").counter().count());
    assertEquals(1.0, registry.get("namens.loa.step_ups").tags("idp", "other").counter().count());
  }
}
