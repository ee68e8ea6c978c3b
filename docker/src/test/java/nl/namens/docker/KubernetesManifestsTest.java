package nl.namens.docker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Schema;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * docker/kubernetes/*.yaml, kubeconform-style: each document against the strict schema of its apiVersion and kind
 * (src/test/resources/schemas: Deployment, Service, ConfigMap, and the Keycloak Operator's Keycloak resource,
 * k8s.keycloak.org/v2alpha1), a document of any other kind refused; then {@link KubernetesRules}. The schemas are
 * this project's own, written from the Kubernetes API reference and the operator's CRD for the fields the manifests
 * use; the upstream schemas (yannh/kubernetes-json-schema, keycloak-k8s-resources) are not shipped in the
 * repository: {@link UpstreamSchemasTest} runs the manifests against them when given a folder that holds them.
 */
class KubernetesManifestsTest {

  private static final Map<String, Schema> SCHEMAS =
      Map.of(
          "apps/v1 Deployment", DeploymentFiles.schema("deployment-apps-v1.schema.json"),
          "v1 Service", DeploymentFiles.schema("service-v1.schema.json"),
          "v1 ConfigMap", DeploymentFiles.schema("configmap-v1.schema.json"),
          "k8s.keycloak.org/v2alpha1 Keycloak", DeploymentFiles.schema("keycloak-v2alpha1.schema.json"));

  private static List<JsonNode> manifests() {
    List<JsonNode> documents = new ArrayList<>();
    documents.addAll(DeploymentFiles.yamlDocuments(DeploymentFiles.read("kubernetes/keycloak.yaml")));
    documents.addAll(DeploymentFiles.yamlDocuments(DeploymentFiles.read("kubernetes/register.yaml")));
    return documents;
  }

  static List<String> schemaErrors(List<JsonNode> documents) {
    List<String> errors = new ArrayList<>();
    for (JsonNode document : documents) {
      String type = document.path("apiVersion").asText() + " " + document.path("kind").asText();
      Schema schema = SCHEMAS.get(type);
      if (schema == null) {
        errors.add(type + ": no schema for this kind (add one before using it)");
        continue;
      }
      for (String error : DeploymentFiles.errors(schema, document)) {
        errors.add(type + " " + document.path("metadata").path("name").asText() + " " + error);
      }
    }
    return errors;
  }

  private static JsonNode find(List<JsonNode> documents, String kind) {
    return documents.stream().filter(d -> d.path("kind").asText().equals(kind)).findFirst().orElseThrow();
  }

  @Test
  void everyManifestMatchesTheSchemaOfItsKind() {
    List<JsonNode> documents = manifests();
    assertEquals(4, documents.size(), "Keycloak, ConfigMap, Deployment, Service");
    assertEquals(List.of(), schemaErrors(documents));
  }

  @Test
  void theManifestsKeepTheProjectsRules() {
    assertEquals(List.of(), KubernetesRules.findings(manifests()));
  }

  @Test
  void theKustomizationNamesEveryManifest() {
    JsonNode kustomization = DeploymentFiles.yaml(DeploymentFiles.read("kubernetes/kustomization.yaml"));
    List<String> resources = new ArrayList<>();
    kustomization.path("resources").forEach(r -> resources.add(r.asText()));
    assertEquals(List.of("keycloak.yaml", "register.yaml"), resources);
  }

  @Test
  void aMisspelledDeploymentFieldIsRejected() {
    List<JsonNode> documents = manifests();
    ObjectNode spec = (ObjectNode) find(documents, "Deployment").path("spec");
    spec.set("replica", spec.remove("replicas"));
    List<String> errors = schemaErrors(documents);
    assertTrue(errors.toString().contains("replica"), errors.toString());
  }

  @Test
  void aProbeOnAPortOfTheWrongTypeIsRejected() {
    List<JsonNode> documents = manifests();
    ObjectNode container = (ObjectNode) find(documents, "Deployment").at("/spec/template/spec/containers/0");
    ((ObjectNode) container.at("/livenessProbe/httpGet")).put("port", true);
    assertFalse(schemaErrors(documents).isEmpty());
  }

  @Test
  void aKeycloakResourceOfAnotherVersionOrWithAnUnknownFieldIsRejected() {
    List<JsonNode> documents = manifests();
    ObjectNode keycloak = (ObjectNode) find(documents, "Keycloak");
    keycloak.put("apiVersion", "k8s.keycloak.org/v2beta1");
    assertTrue(schemaErrors(documents).toString().contains("no schema for this kind"));
    keycloak.put("apiVersion", "k8s.keycloak.org/v2alpha1");
    ((ObjectNode) keycloak.path("spec")).put("replicas", 2);
    assertTrue(schemaErrors(documents).toString().contains("replicas"));
  }

  @Test
  void aSecretInTheManifestsIsRejected() {
    List<JsonNode> documents = manifests();
    ArrayNode options = (ArrayNode) find(documents, "Keycloak").path("spec").path("additionalOptions");
    ObjectNode key = (ObjectNode) options.get(2);
    assertEquals("spi-namens-keys--default--identifier-key", key.path("name").asText());
    key.remove("secret");
    key.put("value", "c29tZS1rZXk=");
    ((ObjectNode) find(documents, "ConfigMap").path("data")).put("NAMENS_LIFECYCLE_CODE_PEPPER", "pepper");
    documents.add(DeploymentFiles.yaml("apiVersion: v1\nkind: Secret\nmetadata: {name: leaked}\n"));
    List<String> findings = KubernetesRules.findings(documents);
    assertTrue(findings.toString().contains("option spi-namens-keys--default--identifier-key is a secret"), findings.toString());
    assertTrue(findings.toString().contains("NAMENS_LIFECYCLE_CODE_PEPPER is a secret"), findings.toString());
    assertTrue(findings.contains("Secret leaked: Secrets are created beside the manifests, never kept in them"));
  }

  @Test
  void aContainerWithoutProbesLimitsOrHardeningIsRejected() {
    List<JsonNode> documents = manifests();
    ObjectNode deployment = (ObjectNode) find(documents, "Deployment");
    ((ObjectNode) deployment.path("spec")).put("replicas", 1);
    ObjectNode container = (ObjectNode) deployment.at("/spec/template/spec/containers/0");
    container.remove("readinessProbe");
    ((ObjectNode) container.path("resources")).remove("limits");
    ((ObjectNode) container.path("securityContext")).put("readOnlyRootFilesystem", false);
    container.put("image", "registry.example.org/namens/register:latest");
    List<String> findings = KubernetesRules.findings(documents);
    for (String expected :
        List.of(
            "Deployment namens-register: fewer than 2 replicas",
            "Deployment namens-register container register: no readinessProbe",
            "Deployment namens-register container register: no memory limit",
            "Deployment namens-register container register: readOnlyRootFilesystem is not true",
            "Deployment namens-register container register: image registry.example.org/namens/register:latest uses the tag latest")) {
      assertTrue(findings.contains(expected), expected + " not in " + findings);
    }
  }
}
