package nl.namens.docker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The settings the deployment files give exist in the code: every Namens SPI option (compose's
 * {@code KC_SPI_NAMENS_*}, the Keycloak resource's {@code spi-namens-*}) names an SPI and an option the providers
 * define (their {@code *Spi.NAME} and {@code *Config} constants), and every {@code NAMENS_*} variable of the register
 * is one that register/README.md or application.properties documents. A misspelled name would otherwise be ignored
 * silently at start.
 */
class ConfigurationNamesTest {

  private static final Pattern CONSTANT = Pattern.compile("static final String \\w+ = \"([a-z][a-z0-9-]*)\";");

  private static Set<String> constants(String... files) {
    Set<String> names = new LinkedHashSet<>();
    for (String file : files) {
      Matcher m = CONSTANT.matcher(DeploymentFiles.readFromRoot(file));
      while (m.find()) {
        names.add(m.group(1));
      }
    }
    return names;
  }

  private static final String PROVIDERS = "providers/src/main/java/nl/namens/keycloak/";
  private static final Set<String> SPIS =
      constants(PROVIDERS + "keys/NamensKeysSpi.java", PROVIDERS + "register/NamensRegisterSpi.java");
  private static final Set<String> OPTIONS =
      constants(PROVIDERS + "keys/KeysConfig.java", PROVIDERS + "register/RegisterConfig.java");

  /** Findings for options written as spi-<spi>--<provider>--<option>. */
  static List<String> unknownSpiOptions(List<String> options) {
    List<String> unknown = new ArrayList<>();
    for (String option : options) {
      String[] parts = option.substring("spi-".length()).split("--");
      if (parts.length != 3 || !SPIS.contains(parts[0]) || !parts[1].equals("default") || !OPTIONS.contains(parts[2])) {
        unknown.add(option);
      }
    }
    return unknown;
  }

  private static List<String> composeSpiOptions(JsonNode compose) {
    List<String> options = new ArrayList<>();
    compose
        .path("services")
        .forEach(
            service ->
                ComposeRules.environment(service.path("environment")).keySet().stream()
                    .filter(name -> name.startsWith("KC_SPI_NAMENS_"))
                    .map(name -> "spi-" + name.substring("KC_SPI_".length()).toLowerCase(Locale.ROOT).replace('_', '-'))
                    .forEach(options::add));
    return options;
  }

  @Test
  void theProvidersDefineEverySpiOptionOfTheComposeFileAndTheKeycloakResource() {
    assertTrue(SPIS.containsAll(List.of("namens-keys", "namens-register")), SPIS.toString());
    List<String> options = composeSpiOptions(DeploymentFiles.yaml(DeploymentFiles.read("compose.yaml")));
    DeploymentFiles.yaml(DeploymentFiles.read("kubernetes/keycloak.yaml"))
        .path("spec")
        .path("additionalOptions")
        .forEach(o -> {
          if (o.path("name").asText().startsWith("spi-namens-")) {
            options.add(o.path("name").asText());
          }
        });
    assertTrue(options.contains("spi-namens-keys--default--identifier-key"), options.toString());
    assertTrue(options.contains("spi-namens-register--default--token-url"), options.toString());
    assertEquals(List.of(), unknownSpiOptions(options));
  }

  @Test
  void aMisspelledSpiOptionIsFound() {
    assertEquals(
        List.of("spi-namens-keys--default--identifer-key", "spi-namens-register--default--tokenurl"),
        unknownSpiOptions(
            List.of(
                "spi-namens-keys--default--identifer-key",
                "spi-namens-register--default--tokenurl",
                "spi-namens-register--default--url")));
  }

  /** NAMENS_* variables the register documents (its README's table) or reads (application.properties). */
  private static Set<String> registerVariables() {
    Set<String> names = new LinkedHashSet<>();
    Matcher m =
        Pattern.compile("NAMENS_[A-Z0-9_]+")
            .matcher(
                DeploymentFiles.readFromRoot("register/README.md")
                    + DeploymentFiles.readFromRoot("register/src/main/resources/application.properties"));
    while (m.find()) {
      names.add(m.group());
    }
    return names;
  }

  static List<String> unknownRegisterVariables(Set<String> given) {
    Set<String> known = registerVariables();
    return given.stream().filter(name -> !known.contains(name)).toList();
  }

  @Test
  void theRegisterKnowsEveryNamensVariableTheDeploymentFilesGive() {
    Set<String> given = new LinkedHashSet<>();
    JsonNode compose = DeploymentFiles.yaml(DeploymentFiles.read("compose.yaml"));
    for (String service : List.of("register-1", "register-2")) {
      ComposeRules.environment(compose.path("services").path(service).path("environment")).keySet().stream()
          .filter(name -> name.startsWith("NAMENS_"))
          .forEach(given::add);
    }
    for (JsonNode document : DeploymentFiles.yamlDocuments(DeploymentFiles.read("kubernetes/register.yaml"))) {
      document.path("data").fieldNames().forEachRemaining(name -> {
        if (name.startsWith("NAMENS_")) {
          given.add(name);
        }
      });
    }
    assertTrue(given.contains("NAMENS_LIFECYCLE_CODE_PEPPER"), given.toString());
    assertEquals(List.of(), unknownRegisterVariables(given));
    assertFalse(given.contains("NAMENS_DEMO"), "the demo switch is never set in production");
  }

  @Test
  void aMisspelledRegisterVariableIsFound() {
    assertEquals(
        List.of("NAMENS_PORTAL_STATE_SECRETS"),
        unknownRegisterVariables(Set.of("NAMENS_PORTAL_STATE_SECRETS")));
  }
}
