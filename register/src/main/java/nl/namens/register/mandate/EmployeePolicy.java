package nl.namens.register.mandate;

import java.util.List;

/**
 * Which employees of a company representative may use a mandate: {@code all} (default) or {@code listed}
 * (only the eHerkenning {@code ActingSubjectID} pseudonyms in {@code actingSubjectIds}).
 */
public record EmployeePolicy(String policy, List<String> actingSubjectIds) {}
