package nl.namens.register.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jboss.logging.MDC;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The id the register sends on its own calls to the broker (telling it of a revocation). */
class CorrelationIdsCurrentTest {

  private static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

  @AfterEach
  void clear() {
    MDC.remove(CorrelationIds.MDC_KEY);
  }

  @Test
  void theRequestsIdWhileARequestRuns() {
    MDC.put(CorrelationIds.MDC_KEY, "broker-abc.1");
    assertEquals("broker-abc.1", CorrelationIds.current());
  }

  @Test
  void aFreshIdWhereNoRequestRunsOrTheValueIsNotAPlainToken() {
    String first = CorrelationIds.current();
    assertTrue(first.matches(UUID), first);
    assertNotEquals(first, CorrelationIds.current());
    MDC.put(CorrelationIds.MDC_KEY, "a b\nc");
    assertTrue(CorrelationIds.current().matches(UUID));
  }
}
