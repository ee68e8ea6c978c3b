package nl.namens.register.guard;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.jboss.logging.Logger;

/**
 * A production start refuses whatever belongs to the demo: a secret or pepper whose value is
 * published in this repository, the adjustable test clock, the demo data. Production is the {@code
 * prod} launch mode without {@code namens.demo=true} (env {@code NAMENS_DEMO}), which only the
 * devstack launcher sets ({@code ./namens run}, the end-to-end tests, the bench). The refusal names
 * every offending setting, never a value.
 */
@ApplicationScoped
public class ProductionGuard {

  private static final Logger LOG = Logger.getLogger(ProductionGuard.class);

  /** Settings whose value in this repository is a demo value, and that value. */
  static final Map<String, String> DEMO_VALUES =
      Map.of(
          "namens.portal.state-secret", "portal-demo-state-secret-change-me-0123456789",
          "namens.lifecycle.code-pepper", "namens-development-pepper-not-for-production");

  /**
   * SHA-256 of the base64 body of the repository's demo client key ({@code
   * realm-config/src/main/resources/demo-register-client-key.pem}); {@code ProductionGuardTest} recomputes it.
   */
  static final String DEMO_CLIENT_KEY_SHA256 =
      "87fd4e5a01d76cb41ce02c4e0648dd8131c08f299b7a3f80e08e0ecc9bf2f19f";

  void check(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) StartupEvent start, Config config) {
    boolean demo = config.getOptionalValue("namens.demo", Boolean.class).orElse(false);
    if (LaunchMode.current() != LaunchMode.NORMAL) {
      return;
    }
    List<String> offending = offending(config);
    if (demo) {
      if (!offending.isEmpty()) {
        LOG.warnf("DEMO run (namens.demo=true): demo settings in use: %s", String.join(", ", offending));
      }
      return;
    }
    if (!offending.isEmpty()) {
      throw new IllegalStateException(
          "Refusing to start in production: "
              + String.join("; ", offending)
              + ". Give every secret from the environment or a file (docs/security.md, \"Production"
              + " checklist\"); only ./namens run and the tests may use the demo (namens.demo=true).");
    }
  }

  /** Each demo setting in use, as "<name> <why>". */
  static List<String> offending(Config config) {
    List<String> offending = new ArrayList<>();
    DEMO_VALUES.entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(
            e -> {
              Optional<String> value = config.getOptionalValue(e.getKey(), String.class);
              if (value.isEmpty() || value.get().isBlank()) {
                offending.add(e.getKey() + " is not set");
              } else if (value.get().equals(e.getValue())) {
                offending.add(e.getKey() + " holds the published demo value");
              }
            });
    if (config.getOptionalValue("namens.clock.adjustable", Boolean.class).orElse(false)) {
      offending.add("namens.clock.adjustable is true (the test clock)");
    }
    Optional<String> clientKey =
        config.getOptionalValue("namens.client-key", String.class).filter(s -> !s.isBlank());
    if (clientKey.isEmpty()) {
      offending.add("namens.client-key is not set (the portal and the notifier authenticate with it)");
    } else if (DEMO_CLIENT_KEY_SHA256.equals(pemBodySha256(clientKey.get()))) {
      offending.add("namens.client-key holds the published demo key");
    }
    if (config.getOptionalValue("namens.statement.keys", String.class).filter(s -> !s.isBlank()).isEmpty()) {
      offending.add(
          "namens.statement.keys is not set (statements signed with a key generated at start could not be"
              + " verified after a restart)");
    }
    if (config.getOptionalValue("namens.demo-data", String.class).filter(s -> !s.isBlank()).isPresent()) {
      offending.add("namens.demo-data is set (the demo data)");
    }
    return offending;
  }

  /** SHA-256 (hex) of a PEM's base64 body, headers and white space left out. */
  static String pemBodySha256(String pem) {
    String body =
        pem.lines()
            .filter(line -> !line.startsWith("-----") && !line.startsWith("#"))
            .collect(java.util.stream.Collectors.joining())
            .replaceAll("\\s", "");
    try {
      return java.util.HexFormat.of()
          .formatHex(
              java.security.MessageDigest.getInstance("SHA-256")
                  .digest(body.getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
