package nl.namens.register.clock;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import nl.namens.register.Roles;
import nl.namens.register.problem.ProblemException;
import nl.namens.register.validation.DateRule;
import nl.namens.register.validation.SaneDate;
import org.jboss.logging.Logger;

/**
 * The adjustable test clock, for end-to-end tests only ({@code namens.clock.adjustable=true}): {@code PUT}
 * sets the register's date (the time of day runs on), {@code DELETE} returns to real time, {@code GET} shows
 * it. When the setting is off every method answers 404, as if the resource did not exist.
 */
@Path("/admin/v1/clock")
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
public final class ClockResource {

  private static final Logger LOG = Logger.getLogger(ClockResource.class);

  /** {@code {"today": "2027-01-31"}}. */
  public record Today(@NotNull @SaneDate(DateRule.VALIDITY) LocalDate today) {}

  /** {@code {"today": "2027-01-31", "now": "...", "shiftDays": 230}}. */
  public record ClockView(LocalDate today, Instant now, long shiftDays) {}

  private final ClockConfig config;
  private final ClockShift shift;
  private final Clock real;
  private final Clock clock;

  ClockResource(ClockConfig config, ClockShift shift, @RealClock Clock real, Clock clock) {
    this.config = config;
    this.shift = shift;
    this.real = real;
    this.clock = clock;
  }

  @GET
  public ClockView get() {
    requireAdjustable();
    return view();
  }

  /** Sets "today" (in {@code namens.time-zone}); the time of day keeps running. */
  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  public ClockView set(@NotNull @Valid Today body) {
    requireAdjustable();
    shift.set(ChronoUnit.DAYS.between(LocalDate.now(real), body.today()));
    LOG.warnf("Test clock: today is now %s (shift %d days)", body.today(), shift.days());
    return view();
  }

  /** Back to real time. */
  @DELETE
  public ClockView reset() {
    requireAdjustable();
    shift.set(0);
    LOG.warn("Test clock: back to real time");
    return view();
  }

  private ClockView view() {
    Instant now = clock.instant();
    return new ClockView(LocalDate.ofInstant(now, clock.getZone()), now, shift.days());
  }

  private void requireAdjustable() {
    if (!config.adjustable()) {
      throw ProblemException.notFound("No such resource.");
    }
  }
}
