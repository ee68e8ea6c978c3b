package nl.namens.devstack;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * The broker's demo keys ({@code realm-config/src/main/resources/demo-keys.properties}) as options
 * of the {@value #SPI} SPI, with {@code demo=true}: only the run command and the tests use them; a
 * production start refuses them.
 */
public final class DemoKeys {

  public static final String SPI = "namens-keys";
  public static final String PROVIDER = "default";
  public static final String FILE = "realm-config/src/main/resources/demo-keys.properties";

  /** The register's demo client key (PEM): {@code RegisterProcess.Builder#clientKey}. */
  public static final String REGISTER_CLIENT_KEY =
      "realm-config/src/main/resources/demo-register-client-key.pem";

  private DemoKeys() {}

  /** Option name (without the {@code --spi-namens-keys--default--} prefix) to value. */
  public static Map<String, String> options(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return options(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the demo keys " + file, e);
    }
  }

  /**
   * The same as Keycloak environment variables ({@code KC_SPI_NAMENS_KEYS__DEFAULT__IDENTIFIER_KEY},
   * ...), so that no key shows on a command line or in a log.
   */
  public static Map<String, String> environment(Path file) {
    Map<String, String> environment = new LinkedHashMap<>();
    options(file)
        .forEach(
            (name, value) ->
                environment.put(
                    "KC_SPI_NAMENS_KEYS__DEFAULT__" + name.toUpperCase(Locale.ROOT).replace('-', '_'),
                    value));
    return environment;
  }

  public static Map<String, String> options(InputStream in) throws IOException {
    Properties properties = new Properties();
    properties.load(in);
    Map<String, String> options = new LinkedHashMap<>();
    for (String name : properties.stringPropertyNames()) {
      options.put(name, properties.getProperty(name).trim());
    }
    options.put("demo", "true");
    return options;
  }
}
