package nl.namens.tests.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.ZoneId;
import nl.namens.devstack.EmbeddedDatabase;
import nl.namens.devstack.DemoMail;
import nl.namens.devstack.Ports;
import nl.namens.devstack.RegisterProcess;

/**
 * The register as the broker sees it in production: its own process (the Quarkus fast-jar) on a real
 * PostgreSQL, with the demo data, verifying tokens of the test Keycloak. Unlike production, its clock can be
 * set through the admin API ({@link RegisterAdmin#setToday}). Started once per test run; tests may
 * stop it to see the broker fail closed, and {@link #ensureRunning()} brings it back.
 */
public final class RegisterStack {

  public static final String URL = "http://localhost:" + RegisterProcess.TEST_PORT;
  /** The register's time zone: its "today" (validity, birthdays) is the date here. */
  public static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

  private static EmbeddedDatabase database;
  private static DemoMail mail;
  private static RegisterProcess register;
  private static int starts;

  private RegisterStack() {}

  public static synchronized void ensureRunning() {
    if (register == null) {
      database = EmbeddedDatabase.startFresh();
      // the register's e-mails go to a real SMTP server (GreenMail), as in ./namens run (MailIT reads them)
      mail = DemoMail.start(Ports.free());
      Path root = Path.of(System.getProperty("namens.repo.root", ".."));
      Path logs = root.resolve("tests/target/register-logs");
      register =
          RegisterProcess.builder(Path.of(System.getProperty("namens.register.jar")))
              .port(RegisterProcess.TEST_PORT)
              .database(database)
              .keycloakUrl(RealmJson.KEYCLOAK_URL)
              .demoData(demoData())
              .clientKey(demoClientKey())
              // PUT/DELETE /admin/v1/clock: lets tests move the register's "today" (birthdays, end dates)
              .environment("NAMENS_CLOCK_ADJUSTABLE", "true")
              // ExpiryJob: sessions under a relation whose period ended are ended within seconds
              .environment("NAMENS_LIFECYCLE_EXPIRY_CHECK_EVERY", "2s")
              // the broker's catalogue taken every 2 s (a retired service reaches the register within seconds)
              .environment("NAMENS_CATALOGUE_REFRESH_EVERY", "2s")
              .mail("127.0.0.1", mail.smtpPort())
              .environment("NAMENS_MAIL_SEND_EVERY", "1s")
              .logFile(logs.resolve("register.log"))
              .build();
      Runtime.getRuntime().addShutdownHook(new Thread(RegisterStack::shutdown, "register-stack-shutdown"));
    }
    if (!register.isRunning()) {
      register.start();
      starts++;
    }
  }

  /** The register's today, unless a test has set its clock. */
  public static LocalDate today() {
    return LocalDate.now(ZONE);
  }

  /** How often the register process has been started in this run: a new number means a cold register. */
  public static synchronized int starts() {
    return starts;
  }

  /** Stops the register process (the database keeps running): the broker now gets no answer. */
  public static synchronized void stop() {
    if (register != null) {
      register.stop();
    }
  }

  /** The mail server the register sends to (started with the register). */
  public static synchronized DemoMail mail() {
    ensureRunning();
    return mail;
  }

  private static synchronized void shutdown() {
    if (register != null) {
      register.close();
    }
    if (mail != null) {
      mail.close();
    }
    if (database != null) {
      database.close();
    }
  }

  /** The register's demo client key (realm-config), for the portal's and the notifier's private_key_jwt. */
  public static String demoClientKey() {
    try (InputStream in = RegisterStack.class.getResourceAsStream("/demo-register-client-key.pem")) {
      if (in == null) {
        throw new IllegalStateException("missing /demo-register-client-key.pem (realm-config module)");
      }
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.US_ASCII);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static Path demoData() {
    try (InputStream in = RegisterStack.class.getResourceAsStream("/demo-data.json")) {
      if (in == null) {
        throw new IllegalStateException("missing /demo-data.json (realm-config module)");
      }
      Path file = Files.createTempFile("namens-demo-data", ".json");
      Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
      file.toFile().deleteOnExit();
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
