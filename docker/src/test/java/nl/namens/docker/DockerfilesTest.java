package nl.namens.docker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** docker/keycloak/Dockerfile and docker/register/Dockerfile against {@link DockerfileRules} and the images' own rules. */
class DockerfilesTest {

  private static final String KEYCLOAK = DeploymentFiles.read("keycloak/Dockerfile");
  private static final String REGISTER = DeploymentFiles.read("register/Dockerfile");

  @Test
  void theKeycloakDockerfileKeepsTheRules() {
    assertEquals(List.of(), DockerfileRules.findings(KEYCLOAK));
  }

  @Test
  void theRegisterDockerfileKeepsTheRules() {
    assertEquals(List.of(), DockerfileRules.findings(REGISTER));
  }

  @Test
  void theKeycloakImageIsBuiltFromTheOfficialImageOptimizedAndWithoutTheSimulators() {
    List<DockerfileRules.Instruction> instructions = DockerfileRules.instructions(KEYCLOAK);
    List<String> froms =
        instructions.stream().filter(i -> i.keyword().equals("FROM")).map(i -> i.arguments()).toList();
    assertEquals("quay.io/keycloak/keycloak:26.5.6", froms.get(froms.size() - 1));
    assertTrue(
        instructions.stream().anyMatch(i -> i.keyword().equals("RUN") && i.arguments().contains("kc.sh build")));
    assertTrue(
        instructions.stream()
            .anyMatch(i -> i.keyword().equals("ENTRYPOINT") && i.arguments().contains("\"start\", \"--optimized\"")));
    assertTrue(
        instructions.stream().noneMatch(i -> i.arguments().contains("simulators")),
        "the demo's simulators are never in the broker image");
    assertFalse(KEYCLOAK.contains("start-dev"));
    assertFalse(KEYCLOAK.contains("realm.json"), "no realm JSON (demo keys) in the image");
    for (String option : List.of("KC_DB=postgres", "KC_HEALTH_ENABLED=true", "KC_METRICS_ENABLED=true")) {
      assertTrue(KEYCLOAK.contains(option), option);
    }
  }

  @Test
  void theRegisterImageRunsTheFastJarWithTheProdProfile() {
    assertTrue(REGISTER.contains("register/target/quarkus-app/lib/"));
    assertTrue(REGISTER.contains("QUARKUS_PROFILE=prod"));
    assertFalse(REGISTER.contains("NAMENS_DEMO"), "the demo switches stay unset");
  }

  @Test
  void unpinnedAndLatestImagesAreRejected() {
    List<String> findings = DockerfileRules.findings("FROM eclipse-temurin\nFROM maven:latest AS b\nUSER 1000\n");
    assertTrue(findings.contains("line 1: FROM eclipse-temurin has no version tag (it means latest)"), findings.toString());
    assertTrue(findings.contains("line 2: FROM maven:latest uses the tag latest"), findings.toString());
  }

  @Test
  void aFinalStageAsRootOrWithoutUserIsRejected() {
    assertTrue(DockerfileRules.findings("FROM a:1 AS b\nUSER 1000\nFROM c:2\n")
        .contains("the final stage sets no USER (it would run as root)"));
    assertTrue(DockerfileRules.findings("FROM c:2\nUSER 1000\nUSER root:root\n")
        .contains("the final stage runs as root (USER root:root)"));
  }

  @Test
  void secretsInEnvOrArgAreRejected() {
    List<String> findings =
        DockerfileRules.findings(
            "FROM c:2\nARG NAMENS_CLIENT_KEY=abc\nENV KC_DB_PASSWORD=secret \\\n    KC_DB=postgres\n"
                + "ENV NAMENS_LIFECYCLE_CODE_PEPPER pepper-value\nARG TOKEN_FILE\nUSER 1000\n");
    assertEquals(
        List.of(
            "line 2: ARG NAMENS_CLIENT_KEY has a value: a secret in a layer",
            "line 3: ENV KC_DB_PASSWORD has a value: a secret in a layer",
            "line 5: ENV NAMENS_LIFECYCLE_CODE_PEPPER has a value: a secret in a layer"),
        findings);
  }

  @Test
  void addFromAUrlCopyWithoutChownAndShellFormEntrypointAreRejected() {
    List<String> findings =
        DockerfileRules.findings(
            "FROM c:2\nADD https://example.org/x.jar /opt/x.jar\nCOPY app.jar /app.jar\nUSER 1000\n"
                + "ENTRYPOINT java -jar /app.jar\n");
    assertEquals(
        List.of(
            "line 2: ADD from a URL (unverified download into a layer)",
            "line 3: COPY in the final stage without --chown",
            "line 5: ENTRYPOINT in shell form (use the JSON form)"),
        findings);
  }
}
