package nl.namens.register.mandate;

import java.util.List;
import nl.namens.register.problem.ProblemCode;
import nl.namens.register.problem.ProblemException;

/**
 * Which employees of a company representative may use a mandate: {@code all} (default) or {@code listed}
 * (only the eHerkenning {@code ActingSubjectID} pseudonyms in {@code actingSubjectIds}).
 */
public record EmployeePolicy(String policy, List<String> actingSubjectIds) {

  public EmployeePolicy {
    actingSubjectIds = actingSubjectIds == null ? List.of() : List.copyOf(actingSubjectIds);
  }

  /** This policy if it is one: {@code all}, or {@code listed} with at least one employee. */
  EmployeePolicy checked() {
    if (!Mandate.EMPLOYEES_ALL.equals(policy) && !Mandate.EMPLOYEES_LISTED.equals(policy)) {
      throw ProblemException.invalid(ProblemCode.EMPLOYEE_POLICY_INVALID, "policy");
    }
    if (Mandate.EMPLOYEES_LISTED.equals(policy) && actingSubjectIds.isEmpty()) {
      throw ProblemException.invalid(ProblemCode.EMPLOYEES_MISSING, "actingSubjectIds");
    }
    return this;
  }
}
