package nl.namens.register.mail;

import io.quarkus.qute.Engine;
import io.quarkus.qute.Template;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Optional;

/**
 * The notification mails' words: Qute templates {@code templates/mail/<name>.txt}, plain Dutch (B1) with the
 * English below, the subject in the fragment {@code subject}. Which letter kinds (the outbox's) have a mail, and
 * which template each uses; a kind without one sends a letter only.
 */
@ApplicationScoped
public class MailTexts {

  /** Letter or notice kind ({@code Outbox}) → mail template. */
  static final Map<String, String> TEMPLATES =
      Map.ofEntries(
          Map.entry("mandate-registered", "registered"),
          Map.entry("activation-code", "registered-by-principal"),
          Map.entry("helpdesk-registration", "registered-by-principal"),
          Map.entry("approval-code", "approval-requested"),
          Map.entry("mandate-activated", "activated"),
          Map.entry("mandate-approved", "approved"),
          Map.entry("mandate-first-use", "first-use"),
          Map.entry("mandate-revoked", "revoked"),
          Map.entry("mandate-expiring", "expiring"),
          Map.entry("mandate-lapsed", "lapsed"),
          Map.entry("mandate-ended-death", "ended-death"),
          Map.entry("mandate-locked", "locked"));

  /** A rendered mail. */
  public record Text(String subject, String body) {}

  private final Engine engine;
  private final MailConfig config;

  MailTexts(Engine engine, MailConfig config) {
    this.engine = engine;
    this.config = config;
  }

  /** Whether a letter or notice of this kind goes out by mail too. */
  public static boolean mails(String kind) {
    return TEMPLATES.containsKey(kind);
  }

  /** The mail for this kind with these facts; empty if the kind has no mail. */
  public Optional<Text> render(String kind, MailFacts facts) {
    String name = TEMPLATES.get(kind);
    if (name == null) {
      return Optional.empty();
    }
    Template template = engine.getTemplate("mail/" + name);
    if (template == null) {
      throw new IllegalStateException("mail template missing: " + name);
    }
    String body = template.instance().data("f", facts).data("portalUrl", config.portalUrl()).render();
    String subject =
        template.getFragment("subject").instance().data("f", facts).data("portalUrl", config.portalUrl()).render();
    return Optional.of(new Text(oneLine(subject), body.strip() + "\n"));
  }

  private static String oneLine(String text) {
    return text.replaceAll("\\s+", " ").strip();
  }
}
