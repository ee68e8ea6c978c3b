package nl.namens.devstack;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds the Namens repository root, so paths such as {@code
 * register/target/quarkus-app/quarkus-run.jar} work from the root (run command) and from a module
 * folder (tests run with the module as working directory).
 */
public final class RepositoryRoot {
  private RepositoryRoot() {}

  /**
   * The system property {@code namens.root} if set, else the nearest folder at or above the working
   * directory that holds {@code pom.xml}, {@code devstack/} and {@code register/}.
   *
   * @throws IllegalStateException if there is none
   */
  public static Path find() {
    String configured = System.getProperty("namens.root");
    if (configured != null && !configured.isBlank()) {
      return Path.of(configured).toAbsolutePath().normalize();
    }
    Path start = Path.of(System.getProperty("user.dir")).toAbsolutePath().normalize();
    for (Path dir = start; dir != null; dir = dir.getParent()) {
      if (isRoot(dir)) {
        return dir;
      }
    }
    throw new IllegalStateException(
        "no Namens repository root at or above " + start + " (set -Dnamens.root=<path>)");
  }

  static boolean isRoot(Path dir) {
    return Files.isRegularFile(dir.resolve("pom.xml"))
        && Files.isDirectory(dir.resolve("devstack"))
        && Files.isDirectory(dir.resolve("register"));
  }

  /** {@code <root>/register/target/quarkus-app/quarkus-run.jar} */
  public static Path registerJar() {
    return find().resolve(RegisterProcess.DEFAULT_JAR);
  }
}
