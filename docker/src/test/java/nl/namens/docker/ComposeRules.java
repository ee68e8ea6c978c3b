package nl.namens.docker;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The project's rules for docker/compose.yaml, beyond its schema: every secret comes from the environment in the
 * form {@code ${VAR:?message}} (compose refuses to start without it) and never as a value in the file; two Keycloak
 * nodes clustered over the database and two register instances; a healthcheck on every service; only the reverse
 * proxy publishes a port; docker/.env.example names every required variable and holds no secret.
 */
final class ComposeRules {

  /** {@code ${NAME}}, {@code ${NAME:-default}}, {@code ${NAME:?message}}, ... */
  private static final Pattern INTERPOLATION = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)([^}]*)}");

  private static final Pattern REQUIRED = Pattern.compile("^\\$\\{[A-Za-z_][A-Za-z0-9_]*:\\?[^}]*}$");

  private ComposeRules() {}

  static List<String> findings(JsonNode compose, String envExample) {
    List<String> findings = new ArrayList<>();
    JsonNode services = compose.path("services");
    int keycloaks = 0;
    int registers = 0;
    for (Iterator<Map.Entry<String, JsonNode>> it = services.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> entry = it.next();
      String name = entry.getKey();
      JsonNode service = entry.getValue();
      Map<String, String> environment = environment(service.path("environment"));
      for (Map.Entry<String, String> variable : environment.entrySet()) {
        if (DeploymentFiles.isSecretName(variable.getKey())
            && (variable.getValue() == null || !REQUIRED.matcher(variable.getValue()).matches())) {
          findings.add(
              name + ": " + variable.getKey() + " is a secret and must be ${VAR:?message} (from the environment)");
        }
      }
      JsonNode healthcheck = service.path("healthcheck");
      if (!healthcheck.has("test") || healthcheck.path("disable").asBoolean(false)) {
        findings.add(name + ": no healthcheck");
      }
      if (service.has("ports") && !name.equals("proxy")) {
        findings.add(name + ": publishes a port; only the reverse proxy may");
      }
      String image = service.path("image").asText("");
      String dockerfile = service.path("build").path("dockerfile").asText("");
      if (image.contains("/keycloak:") || dockerfile.endsWith("keycloak/Dockerfile")) {
        keycloaks++;
        expect(findings, name, environment, "KC_CACHE", "ispn");
        expect(findings, name, environment, "KC_DB", "postgres");
        expect(findings, name, environment, "KC_PROXY_HEADERS", "xforwarded");
        if (!environment.getOrDefault("KC_HOSTNAME", "").startsWith("https://")) {
          findings.add(name + ": KC_HOSTNAME must be a fixed https:// URL");
        }
      }
      if (image.contains("/register:") || dockerfile.endsWith("register/Dockerfile")) {
        registers++;
      }
    }
    if (keycloaks < 2) {
      findings.add("a cluster needs two Keycloak services, found " + keycloaks);
    }
    if (registers < 2) {
      findings.add("two register services are needed, found " + registers);
    }
    Set<String> required = new LinkedHashSet<>();
    for (String text : strings(compose)) {
      Matcher m = INTERPOLATION.matcher(text);
      while (m.find()) {
        String variable = m.group(1);
        if (m.group(2).startsWith(":?")) {
          required.add(variable);
        } else if (DeploymentFiles.isSecretName(variable)) {
          findings.add(variable + " is a secret and must be used as ${" + variable + ":?message}");
        }
      }
    }
    Map<String, String> example = envFile(envExample);
    for (String variable : required) {
      if (!example.containsKey(variable)) {
        findings.add(".env.example does not name " + variable);
      }
    }
    for (Map.Entry<String, String> variable : example.entrySet()) {
      if (DeploymentFiles.isSecretName(variable.getKey()) && !variable.getValue().isEmpty()) {
        findings.add(".env.example holds a value for the secret " + variable.getKey());
      }
    }
    return findings;
  }

  private static void expect(
      List<String> findings, String service, Map<String, String> environment, String name, String value) {
    if (!value.equals(environment.get(name))) {
      findings.add(service + ": " + name + " must be " + value);
    }
  }

  /** A service's environment, from the map or the list form; null for a name without a value. */
  static Map<String, String> environment(JsonNode environment) {
    Map<String, String> variables = new LinkedHashMap<>();
    if (environment.isObject()) {
      environment
          .fields()
          .forEachRemaining(e -> variables.put(e.getKey(), e.getValue().isNull() ? null : e.getValue().asText()));
    } else if (environment.isArray()) {
      for (JsonNode item : environment) {
        String text = item.asText();
        int eq = text.indexOf('=');
        variables.put(eq < 0 ? text : text.substring(0, eq), eq < 0 ? null : text.substring(eq + 1));
      }
    }
    return variables;
  }

  /** NAME=value lines of a .env file (comments and blank lines left out). */
  static Map<String, String> envFile(String text) {
    Map<String, String> variables = new LinkedHashMap<>();
    for (String line : text.split("\\R")) {
      String trimmed = line.strip();
      if (trimmed.isEmpty() || trimmed.startsWith("#")) {
        continue;
      }
      int eq = trimmed.indexOf('=');
      if (eq > 0) {
        variables.put(trimmed.substring(0, eq).strip(), trimmed.substring(eq + 1).strip());
      }
    }
    return variables;
  }

  /** Every string value and key in a document. */
  static List<String> strings(JsonNode node) {
    List<String> strings = new ArrayList<>();
    collect(node, strings);
    return strings;
  }

  private static void collect(JsonNode node, List<String> strings) {
    if (node.isTextual()) {
      strings.add(node.asText());
    } else if (node.isObject()) {
      node.fields()
          .forEachRemaining(
              e -> {
                strings.add(e.getKey());
                collect(e.getValue(), strings);
              });
    } else if (node.isArray()) {
      node.forEach(item -> collect(item, strings));
    }
  }
}
