package nl.namens.register;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

/** Fixes the register's "now" for every test: {@link #TODAY}, noon in Amsterdam. */
public final class TestClock {

  public static final LocalDate TODAY = LocalDate.of(2026, 6, 15);

  private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

  @Produces
  @Alternative
  @Priority(1)
  @ApplicationScoped
  Clock fixedClock() {
    return Clock.fixed(TODAY.atTime(LocalTime.NOON).atZone(AMSTERDAM).toInstant(), AMSTERDAM);
  }
}
