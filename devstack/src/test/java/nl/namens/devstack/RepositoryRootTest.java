package nl.namens.devstack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class RepositoryRootTest {

  @Test
  void isFoundAboveTheModuleFolder() {
    // surefire runs with devstack/ as working directory
    Path root = RepositoryRoot.find();
    assertTrue(Files.isDirectory(root.resolve("devstack")), root.toString());
    assertEquals(
        root.resolve("register/target/quarkus-app/quarkus-run.jar"), RepositoryRoot.registerJar());
  }
}
