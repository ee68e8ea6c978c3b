package nl.namens.keycloak.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.Set;

/**
 * The broker's own metrics, in Keycloak's Micrometer registry (Prometheus at {@code /metrics} on the management
 * port when {@code metrics-enabled}); never an identifier as a tag, only bounded vocabularies.
 *
 * <table>
 *   <caption>Meters</caption>
 *   <tr><th>name (Prometheus)</th><th>tags</th><th>counts</th></tr>
 *   <tr><td>{@code namens_acting_for_choices_total}</td><td>{@code kind} (self, voluntary, chain, …, other),
 *       {@code outcome} (chosen, refused, incapable)</td><td>choices on the acting-for page</td></tr>
 *   <tr><td>{@code namens_loa_step_ups_total}</td><td>{@code idp}</td><td>logins sent back to DigiD/eHerkenning
 *       for a higher level</td></tr>
 *   <tr><td>{@code namens_representation_refusals_total}</td><td>{@code at} (code, refresh, tokens, userinfo,
 *       introspection)</td><td>tokens refused because the representation no longer holds</td></tr>
 *   <tr><td>{@code namens_bvd_requests_seconds}</td><td>{@code call} (bvd, token), {@code outcome} (2xx, 4xx, 5xx,
 *       no_answer)</td><td>latency of the broker's calls to the register (histogram)</td></tr>
 * </table>
 */
public final class NamensMetrics {

  static final Set<String> KINDS =
      Set.of(
          "self", "voluntary", "chain", "parental-authority", "curatele", "bewind", "mentorschap", "survivor");
  static final Set<String> IDPS = Set.of("digid", "eherkenning");

  private static volatile MeterRegistry registry = Metrics.globalRegistry;

  private NamensMetrics() {}

  /** For the unit tests: record into {@code testRegistry} instead of Keycloak's. */
  static void useRegistry(MeterRegistry testRegistry) {
    registry = testRegistry;
  }

  /** An acting-for choice: {@code kind} of the relation chosen (or {@code self}), {@code outcome}. */
  public static void choice(String kind, String outcome) {
    Counter.builder("namens.acting_for.choices")
        .description("Choices on the acting-for page by kind and outcome")
        .tag("kind", KINDS.contains(kind) ? kind : "other")
        .tag("outcome", outcome)
        .register(registry)
        .increment();
  }

  /** A login sent back to its identity provider for a higher level of assurance. */
  public static void stepUp(String identityProvider) {
    Counter.builder("namens.loa.step_ups")
        .description("Step-ups of the level of assurance at an identity provider")
        .tag("idp", IDPS.contains(identityProvider) ? identityProvider : "other")
        .register(registry)
        .increment();
  }

  /** Tokens refused at {@code at} because the representation no longer holds (or cannot be verified). */
  public static void refusal(String at) {
    Counter.builder("namens.representation.refusals")
        .description("Tokens refused because the chosen representation does not hold")
        .tag("at", at)
        .register(registry)
        .increment();
  }

  /** One call of the broker to the register: {@code status} the HTTP status, 0 when there was no answer. */
  public static void bvdCall(String call, int status, Duration took) {
    Timer.builder("namens.bvd.requests")
        .description("Latency of the broker's calls to the register")
        .tag("call", call)
        .tag("outcome", status <= 0 ? "no_answer" : (status / 100) + "xx")
        .publishPercentileHistogram()
        .register(registry)
        .record(took);
  }
}
