package nl.namens.register.mandate;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Period;

/** {@code namens.lifecycle.*}: the limits of the mandate lifecycle. */
@ConfigMapping(prefix = "namens.lifecycle")
public interface LifecycleConfig {

  /** The longest period a mandate may run ({@code validUntil} at most this after {@code validFrom}). */
  @WithDefault("P5Y")
  Period maxDuration();

  /** How long an activation or approval code stays valid. */
  @WithDefault("P14D")
  Period codeValidity();

  /** After this a pending or requested mandate nobody acted on lapses. */
  @WithDefault("P30D")
  Period pendingLapse();

  /** Wrong codes after which the mandate locks. */
  @WithDefault("5")
  int maxCodeAttempts();

  /**
   * How many mandates one party may register or request online in 24 hours (each sends a letter):
   * more is refused with {@code too-many-new-mandates} (429).
   */
  @WithDefault("20")
  int maxNewPerDay();

  /**
   * The secret key of the codes' HMAC-SHA256. The default is for development and tests only; set {@code
   * NAMENS_LIFECYCLE_CODE_PEPPER} in production.
   */
  @WithDefault("namens-development-pepper-not-for-production")
  String codePepper();

  /** How often the scheduler lapses overdue pending/requested mandates ({@code off} to rely on reads). */
  @WithDefault("1h")
  String lapseCheckEvery();

  /**
   * How often the broker is told to end the sessions under mandates and legal relations whose last day has
   * passed ({@code ExpiryJob}, {@code LegalExpiryJob}; {@code off} disables them).
   */
  @WithDefault("5m")
  String expiryCheckEvery();
}
