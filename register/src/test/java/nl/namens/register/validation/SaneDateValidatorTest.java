package nl.namens.register.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import java.util.stream.Collectors;
import nl.namens.register.problem.ProblemCode;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@link SaneDate} takes "today" from the validation clock, not from the system clock. */
class SaneDateValidatorTest {

  private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
  private static final LocalDate TODAY = LocalDate.of(2026, 6, 15);

  record Person(@SaneDate(DateRule.BIRTH) LocalDate birthDate) {}

  record Period(
      @SaneDate(DateRule.VALIDITY) LocalDate validFrom,
      @SaneDate(DateRule.VALIDITY) LocalDate validUntil) {}

  private static ValidatorFactory factory;
  private static Validator validator;

  @BeforeAll
  static void start() {
    Clock clock = Clock.fixed(TODAY.atTime(12, 0).atZone(AMSTERDAM).toInstant(), AMSTERDAM);
    factory =
        Validation.byDefaultProvider()
            .configure()
            .clockProvider(() -> clock)
            .messageInterpolator(new ParameterMessageInterpolator())
            .buildValidatorFactory();
    validator = factory.getValidator();
  }

  @AfterAll
  static void stop() {
    factory.close();
  }

  private static Set<String> violations(Object bean) {
    return validator.validate(bean).stream()
        .map(v -> v.getPropertyPath() + " " + v.getMessage())
        .collect(Collectors.toSet());
  }

  @Test
  void aBirthDateIsCheckedAgainstTheValidationClock() {
    assertEquals(Set.of(), violations(new Person(TODAY)));
    assertEquals(
        Set.of("birthDate " + ProblemCode.DATE_IN_FUTURE.text()), violations(new Person(TODAY.plusDays(1))));
  }

  @Test
  void eachBadDateIsItsOwnViolationWithItsOwnReason() {
    assertEquals(
        Set.of(
            "validFrom " + ProblemCode.DATE_TOO_EARLY.text(), "validUntil " + ProblemCode.DATE_YEAR_INVALID.text()),
        violations(new Period(LocalDate.parse("0001-01-01"), LocalDate.parse("+99999-12-31"))));
  }

  @Test
  void absentDatesAreValid() {
    assertEquals(Set.of(), violations(new Period(null, null)));
  }
}
