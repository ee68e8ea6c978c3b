package nl.namens.register.demo;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;

/**
 * A date in demo data: an ISO date ({@code 2027-01-31}) or an ISO period relative to today ({@code P1Y},
 * {@code -P30D}, {@code P0D}), so demo mandates stay valid as time passes.
 */
final class RelativeDate {

  private RelativeDate() {}

  static LocalDate resolve(String value, LocalDate today) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("a date or period is required");
    }
    String v = value.trim();
    try {
      if (v.startsWith("P") || v.startsWith("-P") || v.startsWith("+P")) {
        return today.plus(Period.parse(v));
      }
      return LocalDate.parse(v);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          "'" + v + "' is neither an ISO date (2027-01-31) nor an ISO period (P1Y, -P30D)", e);
    } catch (DateTimeException e) {
      // a period that leads past the calendar (P999999999Y); the register's date rule refuses far less
      throw new IllegalArgumentException("'" + v + "' leads to a date outside 1900-01-01..9999-12-31", e);
    }
  }
}
