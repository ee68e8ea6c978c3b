package nl.namens.register.clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.ZoneId;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The register's notion of "now". Mandates are valid per calendar day in the Netherlands, so "today" is
 * {@code LocalDate.now(clock)} in {@code namens.time-zone}. The one {@link Clock} bean is the {@link
 * RealClock} shifted by {@link ClockShift} (zero unless the adjustable test clock moved it), so every user
 * of the injected clock follows {@code PUT /admin/v1/clock}. Tests replace the {@link RealClock} to fix time.
 */
final class ClockProducer {

  @Produces
  @RealClock
  @ApplicationScoped
  Clock realClock(
      @ConfigProperty(name = "namens.time-zone", defaultValue = "Europe/Amsterdam") ZoneId zone) {
    return Clock.system(zone);
  }

  @Produces
  @ApplicationScoped
  Clock clock(@RealClock Clock real, ClockShift shift) {
    return new ShiftedClock(real, shift);
  }
}
