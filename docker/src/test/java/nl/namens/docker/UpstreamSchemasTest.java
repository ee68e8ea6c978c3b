package nl.namens.docker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The deployment files against the upstream schemas, when a folder with them is given
 * ({@code mvn verify -pl docker -Dnamens.upstream-schemas=/path}); skipped otherwise. The upstream files are not kept
 * in this repository (they are other projects' files, and ours must not carry them), so the build's own schemas
 * (src/test/resources/schemas) cover the fields we use and this test checks against the real ones on demand:
 *
 * <ul>
 *   <li>{@code compose-spec.json}: the Compose Specification's schema (compose-spec/compose-spec, schema/);
 *   <li>{@code deployment-apps-v1.json}, {@code service-v1.json}, {@code configmap-v1.json}: from
 *       yannh/kubernetes-json-schema, a {@code v1.3x.y-standalone-strict} folder;
 *   <li>{@code keycloaks.k8s.keycloak.org-v1.yml}: the Keycloak Operator's CRD (keycloak/keycloak-k8s-resources at
 *       the Keycloak version, kubernetes/); its {@code openAPIV3Schema} is turned into a JSON schema here, with
 *       {@code additionalProperties: false} added wherever the CRD lists properties and says nothing of others (what
 *       the API server's strict field validation does).
 * </ul>
 *
 * Each file that is absent from the folder is skipped, by name.
 */
class UpstreamSchemasTest {

  private static Path folder() {
    String value = System.getProperty("namens.upstream-schemas", "");
    assumeTrue(!value.isBlank(), "no -Dnamens.upstream-schemas folder given");
    return Path.of(value);
  }

  @Test
  void theComposeFileMatchesTheComposeSpecification() throws IOException {
    Path file = folder().resolve("compose-spec.json");
    assumeTrue(Files.isRegularFile(file), file + " is not there");
    JsonNode compose = DeploymentFiles.yaml(DeploymentFiles.read("compose.yaml"));
    assertEquals(List.of(), DeploymentFiles.errors(DeploymentFiles.schema(file), compose));
  }

  @Test
  void theKubernetesObjectsMatchTheKubernetesSchemas() throws IOException {
    Path folder = folder();
    Map<String, String> files =
        Map.of("Deployment", "deployment-apps-v1.json", "Service", "service-v1.json", "ConfigMap", "configmap-v1.json");
    boolean any = false;
    List<String> errors = new ArrayList<>();
    for (JsonNode document : DeploymentFiles.yamlDocuments(DeploymentFiles.read("kubernetes/register.yaml"))) {
      Path file = folder.resolve(files.get(document.path("kind").asText()));
      if (Files.isRegularFile(file)) {
        any = true;
        errors.addAll(DeploymentFiles.errors(DeploymentFiles.schema(file), document));
      }
    }
    assumeTrue(any, "none of " + files.values() + " in " + folder);
    assertEquals(List.of(), errors);
  }

  @Test
  void theKeycloakResourceMatchesTheOperatorsCrd() throws IOException {
    Path file = folder().resolve("keycloaks.k8s.keycloak.org-v1.yml");
    assumeTrue(Files.isRegularFile(file), file + " is not there");
    JsonNode crd = DeploymentFiles.yaml(Files.readString(file));
    JsonNode keycloak = DeploymentFiles.yaml(DeploymentFiles.read("kubernetes/keycloak.yaml"));
    String version = keycloak.path("apiVersion").asText().substring("k8s.keycloak.org/".length());
    JsonNode schema = null;
    for (JsonNode served : crd.path("spec").path("versions")) {
      if (served.path("name").asText().equals(version)) {
        schema = strict(served.path("schema").path("openAPIV3Schema").deepCopy());
      }
    }
    assertEquals(true, schema != null, "the CRD serves no version " + version);
    ObjectNode withoutHeader = keycloak.deepCopy();
    withoutHeader.remove(List.of("apiVersion", "kind", "metadata")); // the CRD's schema covers spec and status
    assertEquals(List.of(), DeploymentFiles.errors(DeploymentFiles.schema(schema), withoutHeader));
  }

  /** additionalProperties: false on every object schema that lists properties and allows nothing else. */
  static JsonNode strict(JsonNode schema) {
    if (schema.isObject()) {
      ObjectNode object = (ObjectNode) schema;
      if (object.has("properties") && !object.has("additionalProperties")
          && !object.path("x-kubernetes-preserve-unknown-fields").asBoolean(false)) {
        object.put("additionalProperties", false);
      }
      object.forEach(UpstreamSchemasTest::strict);
    } else if (schema.isArray()) {
      schema.forEach(UpstreamSchemasTest::strict);
    }
    return schema;
  }
}
