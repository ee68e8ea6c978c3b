package nl.namens.register.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class RelativeDateTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 6, 15);

  @Test
  void isoDateIsTakenAsIs() {
    assertEquals(LocalDate.of(2027, 1, 31), RelativeDate.resolve("2027-01-31", TODAY));
  }

  @Test
  void positivePeriodLiesAhead() {
    assertEquals(LocalDate.of(2027, 6, 15), RelativeDate.resolve("P1Y", TODAY));
    assertEquals(LocalDate.of(2026, 7, 15), RelativeDate.resolve("+P1M", TODAY));
  }

  @Test
  void negativePeriodLiesBehind() {
    assertEquals(LocalDate.of(2026, 5, 16), RelativeDate.resolve("-P30D", TODAY));
  }

  @Test
  void zeroPeriodIsToday() {
    assertEquals(TODAY, RelativeDate.resolve("P0D", TODAY));
  }

  @Test
  void anythingElseIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> RelativeDate.resolve("next year", TODAY));
    assertThrows(IllegalArgumentException.class, () -> RelativeDate.resolve("31-01-2027", TODAY));
    assertThrows(IllegalArgumentException.class, () -> RelativeDate.resolve("PT1H", TODAY));
    assertThrows(IllegalArgumentException.class, () -> RelativeDate.resolve("", TODAY));
  }
}
