package nl.namens.register.clock;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.atomic.AtomicLong;

/** How many calendar days the register's clock runs ahead of (or behind) the real clock; 0 normally. */
@ApplicationScoped
class ClockShift {

  private final AtomicLong days = new AtomicLong();

  long days() {
    return days.get();
  }

  void set(long value) {
    days.set(value);
  }
}
