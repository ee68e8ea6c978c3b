package nl.namens.tests.support;

import org.keycloak.testframework.server.KeycloakServerConfig;
import org.keycloak.testframework.server.KeycloakServerConfigBuilder;

/** One server for the whole run: Keycloak with the Namens providers and theme, pointed at the test register. */
public final class NamensServerConfig implements KeycloakServerConfig {

  /** Where the broker's BVD client gets its service token: configured, never taken from a request. */
  public static final String TOKEN_URL =
      RealmJson.KEYCLOAK_URL + "/realms/namens/protocol/openid-connect/token";

  @Override
  public KeycloakServerConfigBuilder configure(KeycloakServerConfigBuilder config) {
    config.log().categoryLevel("nl.namens", "DEBUG");
    return config
        .dependency("nl.namens", "providers")
        .dependency("nl.namens", "simulators")
        .dependency("nl.namens", "themes")
        .spiOption("namens-register", "default", "url", RegisterStack.URL)
        .spiOption("namens-register", "default", "token-url", TOKEN_URL)
        .spiOption("namens-register", "default", "timeout-ms", "1500");
  }
}
