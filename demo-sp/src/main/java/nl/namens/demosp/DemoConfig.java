package nl.namens.demosp;

import java.net.URI;

/**
 * Settings, each read from a system property, else an environment variable, else a default.
 *
 * <table>
 *   <caption>Settings</caption>
 *   <tr><th>system property</th><th>environment</th><th>default</th></tr>
 *   <tr><td>namens.kc.url</td><td>NAMENS_KC_URL</td><td>http://localhost:8180</td></tr>
 *   <tr><td>namens.realm</td><td>NAMENS_REALM</td><td>namens</td></tr>
 *   <tr><td>namens.demo-sp.port</td><td>NAMENS_DEMO_SP_PORT</td><td>8380</td></tr>
 *   <tr><td>namens.demo-sp.url</td><td>NAMENS_DEMO_SP_URL</td><td>http://localhost:&lt;port&gt;</td></tr>
 * </table>
 */
record DemoConfig(String keycloakUrl, String realm, int port, String publicUrl) {

  static DemoConfig fromEnvironment() {
    String keycloakUrl =
        stripSlash(setting("namens.kc.url", "NAMENS_KC_URL", "http://localhost:8180"));
    String realm = setting("namens.realm", "NAMENS_REALM", "namens");
    int port = Integer.parseInt(setting("namens.demo-sp.port", "NAMENS_DEMO_SP_PORT", "8380"));
    String publicUrl =
        stripSlash(setting("namens.demo-sp.url", "NAMENS_DEMO_SP_URL", "http://localhost:" + port));
    return new DemoConfig(keycloakUrl, realm, port, publicUrl);
  }

  /** {@code <keycloakUrl>/realms/<realm>} */
  String issuer() {
    return keycloakUrl + "/realms/" + realm;
  }

  /** The origin of Keycloak, for the Content-Security-Policy. */
  String keycloakOrigin() {
    URI uri = URI.create(keycloakUrl);
    return uri.getScheme() + "://" + uri.getAuthority();
  }

  URI callbackUri(DemoService service) {
    return URI.create(publicUrl + "/" + service.clientId() + "/callback");
  }

  URI loggedOutUri(DemoService service) {
    return URI.create(publicUrl + "/" + service.clientId() + "/logged-out");
  }

  private static String setting(String property, String environment, String fallback) {
    String value = System.getProperty(property);
    if (value == null || value.isBlank()) {
      value = System.getenv(environment);
    }
    return value == null || value.isBlank() ? fallback : value.trim();
  }

  private static String stripSlash(String url) {
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }
}
