package nl.namens.register.clock;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.jboss.logging.Logger;

/**
 * Moves the register's date for end-to-end tests ({@code namens.clock.adjustable=true}): the time of day runs
 * on, only the calendar day shifts ({@link ClockShift}). Off, nothing can move it.
 */
@ApplicationScoped
public class AdjustableClock {

  private static final Logger LOG = Logger.getLogger(AdjustableClock.class);

  /** {@code today} and {@code now} of the register's clock, and how many days it runs ahead of real time. */
  public record Reading(LocalDate today, Instant now, long shiftDays) {}

  private final ClockConfig config;
  private final ClockShift shift;
  private final Clock real;
  private final Clock clock;

  AdjustableClock(ClockConfig config, ClockShift shift, @RealClock Clock real, Clock clock) {
    this.config = config;
    this.shift = shift;
    this.real = real;
    this.clock = clock;
  }

  /** Whether the clock may be moved at all ({@code namens.clock.adjustable}). */
  public boolean isAdjustable() {
    return config.adjustable();
  }

  public Reading read() {
    Instant now = clock.instant();
    return new Reading(LocalDate.ofInstant(now, clock.getZone()), now, shift.days());
  }

  /** Sets "today" (in {@code namens.time-zone}); the time of day keeps running. */
  public Reading setToday(LocalDate today) {
    requireAdjustable();
    shift.set(ChronoUnit.DAYS.between(LocalDate.now(real), today));
    LOG.warnf("Test clock: today is now %s (shift %d days)", today, shift.days());
    return read();
  }

  /** Back to real time. */
  public Reading reset() {
    requireAdjustable();
    shift.set(0);
    LOG.warn("Test clock: back to real time");
    return read();
  }

  private void requireAdjustable() {
    if (!config.adjustable()) {
      throw new IllegalStateException("the register's clock is not adjustable");
    }
  }
}
