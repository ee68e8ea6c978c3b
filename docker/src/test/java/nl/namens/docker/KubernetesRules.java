package nl.namens.docker;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * The project's rules for docker/kubernetes/, beyond the schemas: no Secret objects and no secret values in the
 * manifests (they come from Secrets created beside them); two replicas or instances; every container with startup,
 * liveness and readiness probes, requests and a memory limit, non-root, no privilege escalation and a read-only
 * root filesystem; images pinned to a version.
 */
final class KubernetesRules {

  private KubernetesRules() {}

  static List<String> findings(List<JsonNode> documents) {
    List<String> findings = new ArrayList<>();
    for (JsonNode document : documents) {
      String kind = document.path("kind").asText();
      String name = kind + " " + document.path("metadata").path("name").asText();
      switch (kind) {
        case "Secret" -> findings.add(name + ": Secrets are created beside the manifests, never kept in them");
        case "ConfigMap" ->
            document
                .path("data")
                .fieldNames()
                .forEachRemaining(
                    key -> {
                      if (DeploymentFiles.isSecretName(key)) {
                        findings.add(name + ": " + key + " is a secret and belongs in a Secret");
                      }
                    });
        case "Deployment" -> deployment(document, name, findings);
        case "Keycloak" -> keycloak(document, name, findings);
        default -> {}
      }
    }
    return findings;
  }

  private static void deployment(JsonNode deployment, String name, List<String> findings) {
    if (deployment.path("spec").path("replicas").asInt(1) < 2) {
      findings.add(name + ": fewer than 2 replicas");
    }
    JsonNode pod = deployment.path("spec").path("template").path("spec");
    boolean podNonRoot = pod.path("securityContext").path("runAsNonRoot").asBoolean(false);
    for (JsonNode container : pod.path("containers")) {
      String where = name + " container " + container.path("name").asText() + ": ";
      image(container.path("image").asText(), where, findings);
      for (String probe : List.of("startupProbe", "livenessProbe", "readinessProbe")) {
        if (!container.has(probe)) {
          findings.add(where + "no " + probe);
        }
      }
      JsonNode resources = container.path("resources");
      if (!resources.path("requests").has("cpu") || !resources.path("requests").has("memory")) {
        findings.add(where + "no cpu and memory requests");
      }
      if (!resources.path("limits").has("memory")) {
        findings.add(where + "no memory limit");
      }
      JsonNode security = container.path("securityContext");
      if (!podNonRoot && !security.path("runAsNonRoot").asBoolean(false)) {
        findings.add(where + "runAsNonRoot is not true");
      }
      if (security.path("allowPrivilegeEscalation").asBoolean(true)) {
        findings.add(where + "allowPrivilegeEscalation is not false");
      }
      if (!security.path("readOnlyRootFilesystem").asBoolean(false)) {
        findings.add(where + "readOnlyRootFilesystem is not true");
      }
      for (JsonNode env : container.path("env")) {
        if (DeploymentFiles.isSecretName(env.path("name").asText())
            && !env.path("valueFrom").has("secretKeyRef")) {
          findings.add(where + env.path("name").asText() + " is a secret and must come from a secretKeyRef");
        }
      }
    }
  }

  private static void keycloak(JsonNode keycloak, String name, List<String> findings) {
    JsonNode spec = keycloak.path("spec");
    if (spec.path("instances").asInt(1) < 2) {
      findings.add(name + ": fewer than 2 instances");
    }
    image(spec.path("image").asText(), name + ": ", findings);
    if (!spec.path("resources").path("limits").has("memory")) {
      findings.add(name + ": no memory limit");
    }
    if (!spec.path("hostname").path("hostname").asText().startsWith("https://")) {
      findings.add(name + ": hostname must be a fixed https:// URL");
    }
    if (!spec.path("db").has("passwordSecret")) {
      findings.add(name + ": the database password must come from a Secret");
    }
    for (JsonNode option : spec.path("additionalOptions")) {
      String option_ = option.path("name").asText();
      if (DeploymentFiles.isSecretName(option_) && !option.has("secret")) {
        findings.add(name + ": option " + option_ + " is a secret and must come from a Secret");
      }
    }
  }

  private static void image(String image, String where, List<String> findings) {
    String problem = DockerfileRules.imageProblem(image);
    if (problem != null) {
      findings.add(where + "image " + image + " " + problem);
    }
  }
}
