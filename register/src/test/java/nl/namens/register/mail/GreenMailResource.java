package nl.namens.register.mail;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * A real SMTP server (GreenMail) on a free loopback port for the register under test: {@code
 * quarkus.mailer.mock=false}, host and port pointing at it. {@link #down()} and {@link #up()} stop and start it
 * on the same port (a mail server that is away for a while).
 */
public final class GreenMailResource implements QuarkusTestResourceLifecycleManager {

  private static volatile GreenMail greenMail;
  private static volatile ServerSetup setup;

  @Override
  public Map<String, String> start() {
    setup = new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
    up();
    return Map.of(
        "quarkus.mailer.mock", "false",
        "quarkus.mailer.host", "127.0.0.1",
        "quarkus.mailer.port", Integer.toString(setup.getPort()),
        "quarkus.mailer.start-tls", "DISABLED",
        "namens.mail.portal-url", "https://portal.test.namens.invalid/portal");
  }

  @Override
  public void stop() {
    down();
  }

  /** Stops the SMTP server (connections are refused until {@link #up()}). */
  public static synchronized void down() {
    if (greenMail != null) {
      greenMail.stop();
      greenMail = null;
    }
  }

  /** Starts the SMTP server on its port (again); earlier mails are gone. */
  public static synchronized void up() {
    if (greenMail == null) {
      GreenMail server = new GreenMail(setup);
      server.start();
      greenMail = server;
    }
  }

  /** Every mail received (since the last {@link #up()}) to {@code address}. */
  public static List<MimeMessage> to(String address) {
    GreenMail server = greenMail;
    if (server == null) {
      return List.of();
    }
    return Arrays.stream(server.getReceivedMessages()).filter(m -> isTo(m, address)).toList();
  }

  /** Subject and body text of a received mail. */
  public static String text(MimeMessage message) {
    try {
      return message.getSubject() + "\n" + content(message.getContent());
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String content(Object content) throws MessagingException, IOException {
    if (content instanceof jakarta.mail.Multipart multipart) {
      StringBuilder text = new StringBuilder();
      for (int i = 0; i < multipart.getCount(); i++) {
        text.append(content(multipart.getBodyPart(i).getContent())).append('\n');
      }
      return text.toString();
    }
    return String.valueOf(content);
  }

  private static boolean isTo(MimeMessage message, String address) {
    try {
      return Arrays.stream(message.getRecipients(Message.RecipientType.TO))
          .anyMatch(a -> a.toString().equalsIgnoreCase(address));
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0, 0, java.net.InetAddress.getLoopbackAddress())) {
      socket.setReuseAddress(true);
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
