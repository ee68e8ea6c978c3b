package nl.namens.register.clock;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/**
 * The real clock shifted by whole calendar days in its zone ({@link ClockShift}): the time of day runs on, the
 * date is the one set through {@code PUT /admin/v1/clock}. Without a shift it is the real clock.
 */
final class ShiftedClock extends Clock {

  private final Clock real;
  private final ClockShift shift;

  ShiftedClock(Clock real, ClockShift shift) {
    this.real = real;
    this.shift = shift;
  }

  @Override
  public ZoneId getZone() {
    return real.getZone();
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return new ShiftedClock(real.withZone(zone), shift);
  }

  @Override
  public Instant instant() {
    long days = shift.days();
    Instant now = real.instant();
    return days == 0 ? now : now.atZone(real.getZone()).plusDays(days).toInstant();
  }
}
