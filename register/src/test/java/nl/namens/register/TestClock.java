package nl.namens.register;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;
import nl.namens.register.clock.RealClock;

/**
 * Fixes the register's "now" for every test: {@link #TODAY}, noon in Amsterdam. A test that needs time to
 * pass (codes expiring, lapse, undo period) calls {@link #advance} and {@link #reset} in a finally block.
 */
public final class TestClock {

  public static final LocalDate TODAY = LocalDate.of(2026, 6, 15);

  private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
  private static final Instant START = TODAY.atTime(LocalTime.NOON).atZone(AMSTERDAM).toInstant();
  private static final AtomicReference<Instant> NOW = new AtomicReference<>(START);

  /** Moves "now" forward by {@code period} (calendar days in Amsterdam). */
  public static void advance(Period period) {
    NOW.updateAndGet(now -> now.atZone(AMSTERDAM).plus(period).toInstant());
  }

  /** Back to noon on {@link #TODAY}. */
  public static void reset() {
    NOW.set(START);
  }

  /**
   * Replaces the real clock under the register's one {@code Clock} (which is this, shifted by the
   * adjustable test clock when a test moves it).
   */
  @Produces
  @Alternative
  @Priority(1)
  @RealClock
  @ApplicationScoped
  Clock fixedClock() {
    return new Movable();
  }

  /** A clock that stands still at {@link #NOW}. */
  static final class Movable extends Clock {

    @Override
    public ZoneId getZone() {
      return AMSTERDAM;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return Clock.fixed(instant(), zone);
    }

    @Override
    public Instant instant() {
      return NOW.get();
    }
  }
}
