package nl.namens.register.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import nl.namens.register.problem.ProblemCode;
import org.junit.jupiter.api.Test;

class DateRuleTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 6, 15);

  private static Optional<ProblemCode> problem(DateRule rule, String date) {
    return rule.check(LocalDate.parse(date), TODAY);
  }

  @Test
  void yearsWithASignOrMoreThanFourDigitsAreRefusedForEveryKind() {
    for (DateRule rule : DateRule.values()) {
      assertEquals(Optional.of(ProblemCode.DATE_YEAR_INVALID), problem(rule, "+99999-01-01"), rule.name());
      assertEquals(Optional.of(ProblemCode.DATE_YEAR_INVALID), problem(rule, "+10000-01-01"), rule.name());
      assertEquals(Optional.of(ProblemCode.DATE_YEAR_INVALID), problem(rule, "-0001-01-01"), rule.name());
      assertEquals(
          Optional.of(ProblemCode.DATE_YEAR_INVALID), problem(rule, "+999999999-12-31"), rule.name());
    }
  }

  @Test
  void nothingBefore1900() {
    for (DateRule rule : DateRule.values()) {
      assertEquals(Optional.of(ProblemCode.DATE_TOO_EARLY), problem(rule, "0001-01-01"), rule.name());
      assertEquals(Optional.of(ProblemCode.DATE_TOO_EARLY), problem(rule, "1899-12-31"), rule.name());
      assertEquals(Optional.empty(), problem(rule, "1900-01-01"), rule.name());
    }
  }

  @Test
  void birthAndDecisionDatesUpToToday() {
    for (DateRule rule : new DateRule[] {DateRule.BIRTH, DateRule.DECISION}) {
      assertEquals(Optional.empty(), problem(rule, "2026-06-15"), rule.name());
      assertEquals(Optional.of(ProblemCode.DATE_IN_FUTURE), problem(rule, "2026-06-16"), rule.name());
      assertEquals(Optional.of(ProblemCode.DATE_IN_FUTURE), problem(rule, "2999-01-01"), rule.name());
    }
  }

  @Test
  void validityUpTo9999() {
    assertEquals(Optional.empty(), problem(DateRule.VALIDITY, "2999-01-01"));
    assertEquals(Optional.empty(), problem(DateRule.VALIDITY, "9999-12-31"));
  }

  @Test
  void absentIsLeftToNotNull() {
    assertEquals(Optional.empty(), DateRule.BIRTH.check(null, TODAY));
    assertTrue(DateRule.inRange(null));
  }

  @Test
  void inRangeIsTheWidestRange() {
    assertTrue(DateRule.inRange(DateRule.EARLIEST));
    assertTrue(DateRule.inRange(DateRule.LATEST));
    assertFalse(DateRule.inRange(DateRule.EARLIEST.minusDays(1)));
    assertFalse(DateRule.inRange(DateRule.LATEST.plusDays(1)));
  }
}
