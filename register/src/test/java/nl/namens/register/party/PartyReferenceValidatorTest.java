package nl.namens.register.party;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.Set;
import java.util.stream.Collectors;
import nl.namens.register.problem.ProblemCode;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PartyReferenceValidatorTest {

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

  private static Set<String> violations(PartyReference reference) {
    return validator.validate(reference).stream()
        .map(PartyReferenceValidatorTest::describe)
        .collect(Collectors.toSet());
  }

  private static String describe(ConstraintViolation<?> violation) {
    return violation.getPropertyPath() + " " + violation.getMessage();
  }

  @Test
  void wellFormedIdentifiersAreValid() {
    assertTrue(violations(new PartyReference("BSN", "999990019")).isEmpty());
    assertTrue(violations(new PartyReference("KVK", "12345678")).isEmpty());
    assertTrue(violations(new PartyReference("RSIN", "002564440")).isEmpty());
  }

  @Test
  void bsnFailingTheElevenProofIsReportedOnId() {
    assertEquals(
        Set.of("id " + ProblemCode.BSN_INVALID.text()),
        violations(new PartyReference("BSN", "999990018")));
  }

  @Test
  void kvkNumberMustHaveEightDigits() {
    assertEquals(
        Set.of("id " + ProblemCode.KVK_INVALID.text()),
        violations(new PartyReference("KVK", "123456789")));
  }

  @Test
  void typeIsCaseSensitive() {
    assertEquals(
        Set.of("type " + ProblemCode.PARTY_TYPE_INVALID.text()),
        violations(new PartyReference("bsn", "999990019")));
  }

  @Test
  void identifiersAreNotShownByToString() {
    assertFalse(new PartyReference("BSN", "999990019").toString().contains("999990019"));
    assertFalse(new NewParty("BSN", "999990019", "Jan Jansen").toString().contains("999990019"));
    assertFalse(new NewParty("BSN", "999990019", "Jan Jansen").toString().contains("Jansen"));
  }

  @Test
  void missingFieldsAreReportedOnceEach() {
    assertEquals(Set.of("type must not be blank"), violations(new PartyReference(null, "999990019")));
    assertEquals(Set.of("id must not be blank"), violations(new PartyReference("BSN", "")));
  }
}
