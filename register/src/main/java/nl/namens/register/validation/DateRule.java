package nl.namens.register.validation;

import java.time.LocalDate;
import java.util.Optional;
import nl.namens.register.problem.ProblemCode;

/**
 * The register's one rule for dates that enter it (docs/architecture.md, "Dates at the register's
 * entrances"): every date has a year of four digits and is not before {@link #EARLIEST}; a birth date, a
 * court's decision date or a date of death is not after today (the register's clock); a day of a validity period is at most
 * {@link #LATEST}. Rules of a particular entrance (a new mandate starts today or later, its maximum
 * duration, {@code validUntil} not before {@code validFrom}) come on top.
 *
 * <p>Bean Validation applies it with {@link SaneDate}; the service layer and the import rows, which take
 * dates as text or from forms, ask {@link #check} directly, so every entrance gives the same codes.
 */
public enum DateRule {
  /** A person's birth date: {@value #EARLIEST_TEXT} up to today. */
  BIRTH(true),
  /** The date of a court's decision: {@value #EARLIEST_TEXT} up to today. */
  DECISION(true),
  /** A date of death (BRP deaths feed): {@value #EARLIEST_TEXT} up to today. */
  DEATH(true),
  /** The first or last day of a validity period: {@value #EARLIEST_TEXT} up to {@value #LATEST_TEXT}. */
  VALIDITY(false);

  static final String EARLIEST_TEXT = "1900-01-01";
  static final String LATEST_TEXT = "9999-12-31";

  /** The earliest date the register takes. */
  public static final LocalDate EARLIEST = LocalDate.parse(EARLIEST_TEXT);

  /** The latest date the register takes: the last day with a four-digit year. */
  public static final LocalDate LATEST = LocalDate.parse(LATEST_TEXT);

  private final boolean notAfterToday;

  DateRule(boolean notAfterToday) {
    this.notAfterToday = notAfterToday;
  }

  /**
   * What is wrong with {@code date} under this rule: {@link ProblemCode#DATE_YEAR_INVALID} (a sign or more
   * than four digits, {@code +99999-12-31}, {@code -0001-01-01}), {@link ProblemCode#DATE_TOO_EARLY} or
   * {@link ProblemCode#DATE_IN_FUTURE}; empty if it is fine or absent ({@code null}: combine with {@code
   * @NotNull} where a date is required).
   *
   * @param today the register's today ({@code LocalDate.now(clock)})
   */
  public Optional<ProblemCode> check(LocalDate date, LocalDate today) {
    if (date == null) {
      return Optional.empty();
    }
    if (date.getYear() < 0 || date.getYear() > LATEST.getYear()) {
      return Optional.of(ProblemCode.DATE_YEAR_INVALID);
    }
    if (date.isBefore(EARLIEST)) {
      return Optional.of(ProblemCode.DATE_TOO_EARLY);
    }
    if (notAfterToday && date.isAfter(today)) {
      return Optional.of(ProblemCode.DATE_IN_FUTURE);
    }
    return Optional.empty();
  }

  /** True when the date may be shown or passed on as it is ({@link #EARLIEST} to {@link #LATEST}). */
  public static boolean inRange(LocalDate date) {
    return date == null || (!date.isBefore(EARLIEST) && !date.isAfter(LATEST));
  }
}
