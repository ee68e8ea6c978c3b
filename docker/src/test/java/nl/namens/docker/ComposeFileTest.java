package nl.namens.docker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Schema;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * docker/compose.yaml against the compose schema of this module (src/test/resources/schemas/compose.schema.json, the
 * part of the Compose Specification the stack uses, strict) and the project's rules ({@link ComposeRules}).
 */
class ComposeFileTest {

  private static final Schema SCHEMA = DeploymentFiles.schema("compose.schema.json");

  private static JsonNode compose() {
    return DeploymentFiles.yaml(DeploymentFiles.read("compose.yaml"));
  }

  @Test
  void theComposeFileMatchesTheSchema() {
    assertEquals(List.of(), DeploymentFiles.errors(SCHEMA, compose()));
  }

  @Test
  void aMisspelledServiceKeyIsRejectedByTheSchema() {
    JsonNode compose = compose();
    ObjectNode register = (ObjectNode) compose.path("services").path("register-1");
    register.set("enviroment", register.remove("environment"));
    List<String> errors = DeploymentFiles.errors(SCHEMA, compose);
    assertFalse(errors.isEmpty());
    assertTrue(errors.toString().contains("enviroment"), errors.toString());
  }

  @Test
  void aWrongHealthcheckDurationIsRejectedByTheSchema() {
    JsonNode compose = compose();
    ((ObjectNode) compose.path("services").path("postgres").path("healthcheck")).put("interval", "10 seconds");
    assertFalse(DeploymentFiles.errors(SCHEMA, compose).isEmpty());
  }

  @Test
  void theComposeFileKeepsTheProjectsRules() {
    assertEquals(List.of(), ComposeRules.findings(compose(), DeploymentFiles.read(".env.example")));
  }

  @Test
  void bothKeycloakNodesAndBothRegistersShareOneConfiguration() {
    JsonNode services = compose().path("services");
    assertEquals(
        ComposeRules.environment(services.path("keycloak-1").path("environment")),
        ComposeRules.environment(services.path("keycloak-2").path("environment")));
    assertEquals(
        services.path("register-1").path("environment").path("NAMENS_CLIENT_KEY"),
        services.path("register-2").path("environment").path("NAMENS_CLIENT_KEY"));
  }

  @Test
  void aSecretWrittenIntoTheFileIsRejected() {
    String broken =
        DeploymentFiles.read("compose.yaml")
            .replace(
                "${NAMENS_PORTAL_STATE_SECRET:?set NAMENS_PORTAL_STATE_SECRET (>= 32 random characters)}",
                "portal-state-secret-in-the-file-0123456789");
    List<String> findings = ComposeRules.findings(DeploymentFiles.yaml(broken), DeploymentFiles.read(".env.example"));
    assertTrue(findings.toString().contains("NAMENS_PORTAL_STATE_SECRET is a secret"), findings.toString());
  }

  @Test
  void aSecretWithADefaultIsRejected() {
    String broken =
        DeploymentFiles.read("compose.yaml")
            .replace("${POSTGRES_PASSWORD:?set POSTGRES_PASSWORD", "${POSTGRES_PASSWORD:-postgres");
    List<String> findings = ComposeRules.findings(DeploymentFiles.yaml(broken), DeploymentFiles.read(".env.example"));
    assertTrue(findings.toString().contains("POSTGRES_PASSWORD"), findings.toString());
  }

  @Test
  void oneKeycloakNodeWithoutHealthcheckAndAPublishedRegisterAreRejected() {
    JsonNode compose = compose();
    ObjectNode services = (ObjectNode) compose.path("services");
    services.remove("keycloak-2");
    ((ObjectNode) services.path("register-2")).remove("healthcheck");
    ((ObjectNode) services.path("register-1")).putArray("ports").add("8080:8080");
    List<String> findings = ComposeRules.findings(compose, DeploymentFiles.read(".env.example"));
    assertTrue(findings.contains("a cluster needs two Keycloak services, found 1"), findings.toString());
    assertTrue(findings.contains("register-2: no healthcheck"), findings.toString());
    assertTrue(findings.contains("register-1: publishes a port; only the reverse proxy may"), findings.toString());
  }

  @Test
  void anEnvExampleWithASecretValueOrWithoutARequiredVariableIsRejected() {
    String example =
        DeploymentFiles.read(".env.example")
            .replace("NAMENS_PSEUDONYM_KEY=\n", "NAMENS_PSEUDONYM_KEY=c29tZS12YWx1ZQ==\n")
            .replace("NAMENS_TLS_DIR=\n", "");
    List<String> findings = ComposeRules.findings(compose(), example);
    assertTrue(findings.contains(".env.example holds a value for the secret NAMENS_PSEUDONYM_KEY"), findings.toString());
    assertTrue(findings.contains(".env.example does not name NAMENS_TLS_DIR"), findings.toString());
  }

  @Test
  void theCaddyfileRoutesBothNodesOfEachComponent() {
    String caddyfile = DeploymentFiles.read("proxy/Caddyfile");
    assertTrue(caddyfile.contains("reverse_proxy keycloak-1:8080 keycloak-2:8080"));
    assertTrue(caddyfile.contains("reverse_proxy register-1:8080 register-2:8080"));
    assertFalse(caddyfile.contains("/q/metrics"), "management endpoints are never routed");
  }
}
