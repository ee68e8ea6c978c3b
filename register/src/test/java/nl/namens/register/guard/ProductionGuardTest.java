package nl.namens.register.guard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ProductionGuardTest {

  @Test
  void theGuardKnowsTheRepositorysDemoClientKey() throws Exception {
    String pem =
        Files.readString(
            Path.of("..", "realm-config", "src", "main", "resources", "demo-register-client-key.pem"));
    assertEquals(ProductionGuard.DEMO_CLIENT_KEY_SHA256, ProductionGuard.pemBodySha256(pem));
    assertEquals(
        ProductionGuard.DEMO_CLIENT_KEY_SHA256,
        ProductionGuard.pemBodySha256(pem.replace("\n", "\r\n")),
        "line ends do not hide it");
    assertNotEquals(
        ProductionGuard.DEMO_CLIENT_KEY_SHA256,
        ProductionGuard.pemBodySha256("-----BEGIN PRIVATE KEY-----\nMIIEother\n-----END PRIVATE KEY-----"));
  }
}
