package nl.namens.devstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;

/**
 * One broker node of a loopback cluster as production runs it (docker/, docs/operations.md): {@code kc.sh start} from
 * the distribution with the providers, simulators and theme jars, the three realms, PostgreSQL, the embedded
 * Infinispan clustered by jdbc-ping bound to loopback, health on, behind one public {@code hostname} (a
 * {@link LoadBalancer}). The cluster test and the login benchmark build their nodes here; each adds what is its own
 * (log file, heap, metrics).
 */
public final class ClusterNode {

  private ClusterNode() {}

  /**
   * A node's builder.
   *
   * @param root the repository (its modules' target/ jars, realm-config, the demo keys)
   * @param installParent where this node's copy of the distribution goes
   * @param brokerRealm the broker realm to import (a copy with the caller's extra clients)
   * @param hostname the public URL every node answers for (the load balancer's)
   * @param registerUrl the register the broker asks
   * @param database the PostgreSQL server holding the {@code keycloak} database
   * @param clusterPort the JGroups transport port ({@link Ports#clusterTransport})
   */
  public static KeycloakDistribution.Builder builder(
      Path root,
      Path installParent,
      Path brokerRealm,
      String hostname,
      String registerUrl,
      EmbeddedDatabase database,
      int clusterPort)
      throws IOException {
    Path realms = root.resolve("realm-config/src/main/resources/realms");
    return KeycloakDistribution.builder()
        .production()
        .distributionZip(
            KeycloakDistribution.locateDistributionZip(
                root.resolve("devstack/target"), KeycloakDistribution.builtForVersion()))
        .installParent(installParent)
        .httpPort(Ports.free())
        .managementPort(Ports.free())
        .provider(moduleJar(root, "providers"))
        .provider(moduleJar(root, "simulators"))
        .provider(moduleJar(root, "themes"))
        .realm(brokerRealm)
        .realm(realms.resolve("digid-sim-realm.json"))
        .realm(realms.resolve("eherkenning-sim-realm.json"))
        .placeholder("NAMENS_KC_URL", hostname)
        .placeholder("NAMENS_REGISTER_URL", registerUrl)
        .spiOption("namens-register", "default", "url", registerUrl)
        .spiOption("namens-register", "default", "token-url", hostname + "/realms/namens/protocol/openid-connect/token")
        .option("--http-host=127.0.0.1")
        .option("--hostname=" + hostname) // one issuer, one set of URLs, whichever node answers
        .option("--db=postgres")
        .option("--db-url=jdbc:postgresql://localhost:" + database.port() + "/keycloak")
        .option("--cache=ispn") // the production default, stated: Infinispan clustered, jdbc-ping discovery
        .option("--cache-embedded-network-bind-address=127.0.0.1")
        .option("--cache-embedded-network-bind-port=" + clusterPort)
        .option("--health-enabled=true")
        .environment("KC_DB_USERNAME", database.username())
        .environment("KC_DB_PASSWORD", database.password())
        .environment(DemoKeys.environment(root.resolve(DemoKeys.FILE)))
        .startTimeout(Duration.ofMinutes(6));
  }

  /** A module's built jar in its target/ ({@code <module>-<version>.jar}, not the sources jar). */
  public static Path moduleJar(Path root, String module) throws IOException {
    Path target = root.resolve(module).resolve("target");
    if (!Files.isDirectory(target)) {
      throw new IllegalStateException("build " + module + " first (its jar in target/)");
    }
    try (Stream<Path> files = Files.list(target)) {
      return files
          .filter(f -> f.getFileName().toString().matches(module + "-[0-9].*\\.jar"))
          .filter(f -> !f.getFileName().toString().contains("sources"))
          .findFirst()
          .orElseThrow(() -> new IllegalStateException("build " + module + " first (its jar in target/)"));
    }
  }
}
