package nl.namens.register.mail;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * {@code namens.mail.*}: the e-mail notifications. The SMTP server itself is {@code quarkus.mailer.*}
 * (docs/operations.md).
 */
@ConfigMapping(prefix = "namens.mail")
public interface MailConfig {

  /** How often the sender looks for due jobs ({@code 10s}; {@code off} stops sending); read by its schedule. */
  @WithDefault("10s")
  String sendEvery();

  /** How often mandates near their last day are looked for ({@code 1h}; {@code off} disables it). */
  @WithDefault("1h")
  String expiryCheckEvery();

  /** Whether changes write mail jobs at all (letters are written either way). */
  @WithDefault("true")
  boolean enabled();

  /** The portal's public address, the link in every mail. */
  @WithDefault("http://localhost:8280/portal")
  String portalUrl();

  /** Jobs one run of the sender handles at most (each in its own short transaction). */
  @WithDefault("50")
  int batch();

  /** Attempts after which a job is marked {@code failed} and no longer tried. */
  @WithDefault("8")
  int maxAttempts();

  /** The wait after the first failed attempt; each next wait doubles, up to {@link #maxRetryDelay()}. */
  @WithDefault("PT1M")
  Duration firstRetryDelay();

  /** The longest wait between two attempts. */
  @WithDefault("PT6H")
  Duration maxRetryDelay();

  /** How many days before its last day a mandate's parties are told that it ends. */
  @WithDefault("30")
  int expiryNoticeDays();
}
