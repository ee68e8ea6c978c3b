package nl.namens.register.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.namens.register.party.PartyReference;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ConsistentMandateValidatorTest {

  private static final PartyReference JAN = new PartyReference("BSN", "999990019");
  private static final PartyReference BEA = new PartyReference("BSN", "999990020");
  private static final LocalDate DAY = LocalDate.of(2026, 6, 15);

  private static ValidatorFactory factory;
  private static Validator validator;

  @BeforeAll
  static void start() {
    factory =
        Validation.byDefaultProvider()
            .configure()
            .messageInterpolator(new ParameterMessageInterpolator())
            .buildValidatorFactory();
    validator = factory.getValidator();
  }

  @AfterAll
  static void stop() {
    factory.close();
  }

  private static Set<String> violations(NewMandate mandate) {
    return validator.validate(mandate).stream()
        .map(v -> v.getPropertyPath() + " " + v.getMessage())
        .collect(Collectors.toSet());
  }

  private static NewMandate mandate(
      PartyReference principal, PartyReference representative, LocalDate from, LocalDate until) {
    return new NewMandate(principal, representative, List.of(UUID.randomUUID()), from, until, null);
  }

  @Test
  void mandateBetweenTwoPartiesForOneDayIsConsistent() {
    assertTrue(violations(mandate(JAN, BEA, DAY, DAY)).isEmpty());
  }

  @Test
  void selfMandateIsReportedOnTheRepresentative() {
    assertEquals(
        Set.of("representative " + ConsistentMandateValidator.SELF_MANDATE),
        violations(mandate(JAN, new PartyReference("BSN", "999990019"), DAY, DAY.plusDays(1))));
  }

  @Test
  void samePartyNumberOfAnotherTypeIsNotASelfMandate() {
    assertTrue(
        violations(mandate(new PartyReference("RSIN", "999990019"), JAN, DAY, DAY)).isEmpty());
  }

  @Test
  void periodEndingBeforeItStartsIsReportedOnValidUntil() {
    assertEquals(
        Set.of("validUntil " + ConsistentMandateValidator.PERIOD_REVERSED),
        violations(mandate(JAN, BEA, DAY, DAY.minusDays(1))));
  }
}
