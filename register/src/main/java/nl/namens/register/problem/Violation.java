package nl.namens.register.problem;

/**
 * One invalid input: the JSON path of the field ({@code actor.id}, {@code services[0]}) and what is wrong
 * with it (never the rejected value).
 */
public record Violation(String field, String message) {}
