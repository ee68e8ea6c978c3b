package nl.namens.register.mandate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which employee-policy changes take a mandate from someone (then the sessions under it end). */
class NarrowedEmployeesTest {

  @Test
  void fromEveryoneToAListNarrows() {
    assertTrue(MandateCommands.narrows("all", List.of(), new EmployeePolicy("listed", List.of("a"))));
  }

  @Test
  void droppingAListedEmployeeNarrows() {
    assertTrue(
        MandateCommands.narrows("listed", List.of("a", "b"), new EmployeePolicy("listed", List.of("a"))));
  }

  @Test
  void addingEmployeesOrOpeningToEveryoneDoesNot() {
    assertFalse(
        MandateCommands.narrows("listed", List.of("a"), new EmployeePolicy("listed", List.of("a", "b"))));
    assertFalse(MandateCommands.narrows("listed", List.of("a"), new EmployeePolicy("all", List.of())));
    assertFalse(MandateCommands.narrows("all", List.of(), new EmployeePolicy("all", List.of())));
  }
}
