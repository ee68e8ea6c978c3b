package nl.namens.tests.support;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.io.UncheckedIOException;
import java.util.Map;
import nl.namens.devstack.DemoKeys;
import org.keycloak.testframework.server.KeycloakServerConfig;
import org.keycloak.testframework.server.KeycloakServerConfigBuilder;

/** One server for the whole run: Keycloak with the Namens providers and theme, pointed at the test register. */
public final class NamensServerConfig implements KeycloakServerConfig {

  /** Where the broker's BVD client gets its service token: configured, never taken from a request. */
  public static final String TOKEN_URL =
      RealmJson.KEYCLOAK_URL + "/realms/namens/protocol/openid-connect/token";

  /** The broker's demo keys (realm-config's demo-keys.properties) with demo=true. */
  public static final Map<String, String> DEMO_KEYS = demoKeys();

  private static Map<String, String> demoKeys() {
    try (InputStream in = NamensServerConfig.class.getResourceAsStream("/demo-keys.properties")) {
      return DemoKeys.options(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The broker's management interface (health, metrics), the test framework's default port. */
  public static final String MANAGEMENT_URL = "http://localhost:9000";

  /** The broker's log file of an end-to-end run (read by {@code LogScanIT}). */
  public static final Path LOG_FILE =
      Path.of(System.getProperty("namens.repo.root", ".."), "tests", "target", "keycloak-logs", "keycloak.log")
          .toAbsolutePath()
          .normalize();

  @Override
  public KeycloakServerConfigBuilder configure(KeycloakServerConfigBuilder config) {
    // the broker's log also goes to a file, which LogScanIT reads after the suite for BSNs
    config
        .log()
        .handlers(KeycloakServerConfigBuilder.LogHandlers.CONSOLE, KeycloakServerConfigBuilder.LogHandlers.FILE)
        .categoryLevel("nl.namens", "DEBUG");
    config.option("log-file", LOG_FILE.toString());
    config.option("features", "declarative-ui"); // the admin console's catalogue page and client tab (docs/providers.md)
    config.option("metrics-enabled", "true"); // Prometheus at /metrics on the management port (BrokerMetricsIT)
    DEMO_KEYS.forEach((key, value) -> config.spiOption(DemoKeys.SPI, DemoKeys.PROVIDER, key, value));
    return config
        .dependency("nl.namens", "providers")
        .dependency("nl.namens", "simulators")
        .dependency("nl.namens", "themes")
        .spiOption("namens-register", "default", "url", RegisterStack.URL)
        .spiOption("namens-register", "default", "token-url", TOKEN_URL)
        .spiOption("namens-register", "default", "timeout-ms", "1500");
  }
}
