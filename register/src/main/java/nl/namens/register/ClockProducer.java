package nl.namens.register;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.ZoneId;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The register's notion of "now". Mandates are valid per calendar day in the Netherlands, so "today" is
 * {@code LocalDate.now(clock)} in {@code namens.time-zone}. Tests replace this bean to fix time.
 */
final class ClockProducer {

  @Produces
  @ApplicationScoped
  Clock clock(@ConfigProperty(name = "namens.time-zone", defaultValue = "Europe/Amsterdam") ZoneId zone) {
    return Clock.system(zone);
  }
}
