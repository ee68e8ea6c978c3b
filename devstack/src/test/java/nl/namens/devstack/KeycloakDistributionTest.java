package nl.namens.devstack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeycloakDistributionTest {
  private static final Map<String, String> RUN_PLACEHOLDERS =
      Map.of(
          "NAMENS_KC_URL", "http://localhost:8180", "NAMENS_REGISTER_URL", "http://localhost:8280");

  @Test
  void placeholdersAreReplacedEverywhere() {
    String json =
        "{\"issuer\": \"${NAMENS_KC_URL}/realms/digid-sim\", \"sso\": \"${NAMENS_KC_URL}/realms/digid-sim/protocol/saml\","
            + " \"register\": \"${NAMENS_REGISTER_URL}\"}";
    assertEquals(
        "{\"issuer\": \"http://localhost:8180/realms/digid-sim\","
            + " \"sso\": \"http://localhost:8180/realms/digid-sim/protocol/saml\","
            + " \"register\": \"http://localhost:8280\"}",
        KeycloakDistribution.replacePlaceholders(json, RUN_PLACEHOLDERS));
  }

  @Test
  void keycloakMessageKeysAndUnknownPlaceholdersStay() {
    String json = "{\"name\": \"${client_account}\", \"other\": \"${NAMENS_OTHER}\"}";
    assertEquals(json, KeycloakDistribution.replacePlaceholders(json, RUN_PLACEHOLDERS));
  }

  @Test
  void buildVersionIsKnown() {
    assertEquals("26.5.6", KeycloakDistribution.builtForVersion());
  }

  @Test
  void installUnpacksOnceCopiesProvidersAndWritesRealms(@TempDir Path dir) throws IOException {
    Path zip = fakeDistribution(dir.resolve("dist.zip"), "9.9.9");
    Path providers = Files.writeString(dir.resolve("providers-1.jar"), "jar one");
    Path realm =
        Files.writeString(
            dir.resolve("namens-realm.json"), "{\"url\": \"${NAMENS_KC_URL}/realms/namens\"}");
    KeycloakDistribution keycloak =
        KeycloakDistribution.builder()
            .distributionZip(zip)
            .version("9.9.9")
            .installParent(dir.resolve(".namens"))
            .provider(providers)
            .realm(realm)
            .placeholder("NAMENS_KC_URL", "http://localhost:8180")
            .logFile(dir.resolve("kc.log"))
            .build();

    Path home = keycloak.install();

    assertEquals(dir.resolve(".namens/keycloak-9.9.9").toAbsolutePath(), home);
    assertTrue(Files.isExecutable(home.resolve("bin/kc.sh")));
    assertEquals("jar one", Files.readString(home.resolve("providers/providers-1.jar")));
    assertEquals(
        "{\"url\": \"http://localhost:8180/realms/namens\"}",
        Files.readString(home.resolve("data/import/namens-realm.json")));
    assertFalse(keycloak.realmFilesChangedSinceDatabaseCreated());

    // second run: no re-unpack (a marker survives), changed provider replaced, realm change noticed
    Files.writeString(home.resolve("marker"), "kept");
    Files.createDirectories(home.resolve("data/h2"));
    Files.writeString(providers, "jar two");
    Files.writeString(realm, "{\"changed\": true}");
    keycloak.install();
    assertEquals("kept", Files.readString(home.resolve("marker")));
    assertEquals("jar two", Files.readString(home.resolve("providers/providers-1.jar")));
    assertTrue(keycloak.realmFilesChangedSinceDatabaseCreated());
  }

  @Test
  void missingProviderJarIsNamed(@TempDir Path dir) throws IOException {
    Path zip = fakeDistribution(dir.resolve("dist.zip"), "9.9.9");
    KeycloakDistribution keycloak =
        KeycloakDistribution.builder()
            .distributionZip(zip)
            .version("9.9.9")
            .installParent(dir)
            .provider(dir.resolve("providers/target/missing.jar"))
            .build();
    StartFailedException e = assertThrows(StartFailedException.class, keycloak::install);
    assertTrue(e.getMessage().contains("missing.jar"), e.getMessage());
  }

  private static Path fakeDistribution(Path zip, String version) throws IOException {
    try (OutputStream file = Files.newOutputStream(zip);
        ZipOutputStream out = new ZipOutputStream(file)) {
      String top = "keycloak-" + version + "/";
      out.putNextEntry(new ZipEntry(top));
      out.putNextEntry(new ZipEntry(top + "bin/"));
      out.putNextEntry(new ZipEntry(top + "bin/kc.sh"));
      out.write("#!/bin/sh\necho fake\n".getBytes(StandardCharsets.UTF_8));
      out.putNextEntry(new ZipEntry(top + "providers/"));
      out.putNextEntry(new ZipEntry(top + "providers/README.md"));
      out.write("providers".getBytes(StandardCharsets.UTF_8));
    }
    return zip;
  }
}
