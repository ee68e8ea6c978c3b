package nl.namens.devstack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs {@link RegisterProcess} against a stand-in register: a tiny jar compiled here that serves
 * {@code /q/health/ready} on {@code QUARKUS_MANAGEMENT_PORT} and echoes its environment on {@code
 * QUARKUS_HTTP_PORT}.
 */
class RegisterProcessTest {
  private static final String FAKE_REGISTER =
      """
      import com.sun.net.httpserver.HttpServer;
      import java.net.InetAddress;
      import java.net.InetSocketAddress;
      import java.nio.charset.StandardCharsets;

      public class FakeRegister {
        public static void main(String[] args) throws Exception {
          if (System.getenv("FAKE_FAIL") != null) {
            System.out.println("fake register refuses to start");
            System.exit(3);
          }
          int port = Integer.parseInt(System.getenv("QUARKUS_HTTP_PORT"));
          HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
          int managementPort = Integer.parseInt(System.getenv("QUARKUS_MANAGEMENT_PORT"));
          HttpServer management =
              HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), managementPort), 0);
          management.start();
          management.createContext("/q/health/ready", exchange -> {
            byte[] body = "{\\"status\\":\\"UP\\"}".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
          });
          server.createContext("/env", exchange -> {
            String value = String.valueOf(System.getenv(exchange.getRequestURI().getQuery()));
            byte[] body = value.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
          });
          server.start();
          System.out.println("fake register listening on " + port);
        }
      }
      """;

  private static Path fakeJar;
  private final HttpClient http = HttpClient.newHttpClient();

  @BeforeAll
  static void buildFakeRegister(@TempDir Path dir) throws IOException {
    Path source = Files.writeString(dir.resolve("FakeRegister.java"), FAKE_REGISTER);
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    assertEquals(0, compiler.run(null, null, null, "-d", dir.toString(), source.toString()));
    Manifest manifest = new Manifest();
    manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
    manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, "FakeRegister");
    fakeJar = dir.resolve("quarkus-app/quarkus-run.jar");
    Files.createDirectories(fakeJar.getParent());
    try (OutputStream file = Files.newOutputStream(fakeJar);
        JarOutputStream jar = new JarOutputStream(file, manifest)) {
      jar.putNextEntry(new JarEntry("FakeRegister.class"));
      jar.write(Files.readAllBytes(dir.resolve("FakeRegister.class")));
    }
  }

  private RegisterProcess.Builder register(Path logDir) {
    return RegisterProcess.builder(fakeJar)
        .port(Ports.free())
        .managementPort(Ports.free())
        .database("jdbc:postgresql://localhost:5999/namens", "postgres", "postgres")
        .keycloakUrl("http://localhost:8080/")
        .logFile(logDir.resolve("register.log"))
        .startTimeout(Duration.ofSeconds(30));
  }

  private String env(RegisterProcess register, String name) throws Exception {
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(URI.create(register.baseUrl() + "/env?" + name)).build(),
            HttpResponse.BodyHandlers.ofString());
    return response.body();
  }

  @Test
  void startsWithTheContractEnvironmentStopsAndStartsAgain(@TempDir Path dir) throws Exception {
    Path demoData = Files.writeString(dir.resolve("demo-data.json"), "{}");
    RegisterProcess register = register(dir).demoData(demoData).build();
    try {
      register.start();
      assertTrue(register.isRunning());
      assertEquals(Integer.toString(register.port()), env(register, "QUARKUS_HTTP_PORT"));
      assertEquals(
          "jdbc:postgresql://localhost:5999/namens", env(register, "QUARKUS_DATASOURCE_JDBC_URL"));
      assertEquals("postgres", env(register, "QUARKUS_DATASOURCE_USERNAME"));
      assertEquals("http://localhost:8080/realms/namens", env(register, "MP_JWT_VERIFY_ISSUER"));
      assertEquals(
          "http://localhost:8080/realms/namens/protocol/openid-connect/certs",
          env(register, "MP_JWT_VERIFY_PUBLICKEY_LOCATION"));
      assertEquals(demoData.toAbsolutePath().toString(), env(register, "NAMENS_DEMO_DATA"));

      register.stop();
      assertFalse(register.isRunning());
      assertFalse(Ports.inUse(register.port()), "register still listening after stop");

      register.start();
      assertTrue(register.isRunning());
      assertEquals("http://localhost:8080/realms/namens", env(register, "MP_JWT_VERIFY_ISSUER"));
    } finally {
      register.stop();
    }
    String log = Files.readString(register.logFile(), StandardCharsets.UTF_8);
    assertEquals(2, log.split("fake register listening", -1).length - 1, log);
  }

  @Test
  void aRegisterThatExitsFailsTheStartWithItsLog(@TempDir Path dir) {
    RegisterProcess register = register(dir).environment("FAKE_FAIL", "yes").build();
    StartFailedException e = assertThrows(StartFailedException.class, register::start);
    assertTrue(e.getMessage().contains("exited with code 3"), e.getMessage());
    assertTrue(e.getMessage().contains("fake register refuses to start"), e.getMessage());
    assertFalse(register.isRunning());
  }

  @Test
  void aMissingJarIsReportedBeforeAnythingStarts(@TempDir Path dir) {
    RegisterProcess register =
        RegisterProcess.builder(dir.resolve("quarkus-run.jar"))
            .database("jdbc:postgresql://localhost:5999/namens", "postgres", "postgres")
            .keycloakUrl("http://localhost:8080")
            .logFile(dir.resolve("register.log"))
            .build();
    StartFailedException e = assertThrows(StartFailedException.class, register::start);
    assertTrue(e.getMessage().contains("not found"), e.getMessage());
  }

  @Test
  void aTakenPortIsReported(@TempDir Path dir) throws Exception {
    RegisterProcess first = register(dir).build();
    try {
      first.start();
      RegisterProcess second = register(dir).port(first.port()).build();
      StartFailedException e = assertThrows(StartFailedException.class, second::start);
      assertTrue(e.getMessage().contains("already in use"), e.getMessage());
    } finally {
      first.stop();
    }
  }
}
