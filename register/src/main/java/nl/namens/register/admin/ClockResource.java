package nl.namens.register.admin;

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
import java.time.Instant;
import java.time.LocalDate;
import nl.namens.register.Roles;
import nl.namens.register.clock.AdjustableClock;
import nl.namens.register.problem.ProblemCode;
import nl.namens.register.problem.ProblemException;
import nl.namens.register.validation.DateRule;
import nl.namens.register.validation.SaneDate;

/**
 * The adjustable test clock, for end-to-end tests only ({@code namens.clock.adjustable=true}): {@code PUT}
 * sets the register's date (the time of day runs on), {@code DELETE} returns to real time, {@code GET} shows
 * it. When the setting is off every method answers 404, as if the resource did not exist.
 */
@Path("/admin/v1/clock")
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
public final class ClockResource {

  /** {@code {"today": "2027-01-31"}}. */
  public record Today(@NotNull @SaneDate(DateRule.VALIDITY) LocalDate today) {}

  /** {@code {"today": "2027-01-31", "now": "...", "shiftDays": 230}}. */
  public record ClockView(LocalDate today, Instant now, long shiftDays) {

    static ClockView of(AdjustableClock.Reading reading) {
      return new ClockView(reading.today(), reading.now(), reading.shiftDays());
    }
  }

  private final AdjustableClock clock;

  ClockResource(AdjustableClock clock) {
    this.clock = clock;
  }

  @GET
  public ClockView get() {
    requireAdjustable();
    return ClockView.of(clock.read());
  }

  /** Sets "today" (in {@code namens.time-zone}); the time of day keeps running. */
  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  public ClockView set(@NotNull @Valid Today body) {
    requireAdjustable();
    return ClockView.of(clock.setToday(body.today()));
  }

  /** Back to real time. */
  @DELETE
  public ClockView reset() {
    requireAdjustable();
    return ClockView.of(clock.reset());
  }

  private void requireAdjustable() {
    if (!clock.isAdjustable()) {
      throw ProblemException.of(ProblemCode.NOT_FOUND);
    }
  }
}
