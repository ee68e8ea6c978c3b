package nl.namens.register.clock;

import jakarta.inject.Singleton;
import jakarta.validation.ClockProvider;
import java.time.Clock;

/**
 * Bean Validation's clock is the register's one {@link Clock}: {@code @SaneDate}'s "today" (and that of
 * {@code @PastOrPresent} and its kind) follows {@code namens.time-zone}, the test clock and {@code PUT
 * /admin/v1/clock}, like every other rule about dates.
 */
@Singleton
class ValidationClock implements ClockProvider {

  private final Clock clock;

  ValidationClock(Clock clock) {
    this.clock = clock;
  }

  @Override
  public Clock getClock() {
    return clock;
  }
}
