package nl.namens.register.death;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import nl.namens.identifiers.Bsn;
import nl.namens.register.problem.ProblemCode;
import nl.namens.register.validation.DateRule;
import nl.namens.register.validation.SafeTextValidator;

/**
 * One row of the BRP deaths feed, as the feed sends it: {@code {"externalId", "bsn", "dateOfDeath"}}. The date
 * is a string (yyyy-mm-dd) so that a bad date rejects only its row. {@link #validate} names the first
 * problem, never a BSN.
 */
public record DeathRow(String externalId, String bsn, String dateOfDeath) {

  /** A row that passed every check. */
  record Valid(String externalId, String bsn, LocalDate diedOn) {

    @Override
    public String toString() {
      return "DeathRow.Valid[externalId=" + externalId + ", ***]";
    }
  }

  /** Thrown by {@link #validate}: the reason is safe to report (no personal data). */
  static final class Rejected extends Exception {
    Rejected(String reason) {
      super(reason, null, false, false);
    }
  }

  @Override
  public String toString() {
    return "DeathRow[externalId=" + externalId + ", ***]";
  }

  /**
   * @param today the register's today: a date of death is from 1900-01-01 up to today ({@link DateRule#DEATH})
   */
  Valid validate(LocalDate today) throws Rejected {
    if (externalId == null || externalId.isBlank()) {
      throw new Rejected("externalId is required");
    }
    if (externalId.length() > 100 || !SafeTextValidator.isSafe(externalId)) {
      throw new Rejected("externalId is longer than 100 characters or holds forbidden characters");
    }
    if (bsn == null || !Bsn.isValid(bsn)) {
      throw new Rejected("bsn is not a valid BSN");
    }
    if (dateOfDeath == null || dateOfDeath.isBlank()) {
      throw new Rejected("dateOfDeath is required");
    }
    LocalDate date;
    try {
      date = LocalDate.parse(dateOfDeath);
    } catch (DateTimeParseException e) {
      throw new Rejected("dateOfDeath is not a date (yyyy-mm-dd)");
    }
    Optional<ProblemCode> problem = DateRule.DEATH.check(date, today);
    if (problem.isPresent()) {
      throw new Rejected("dateOfDeath " + problem.get().text());
    }
    return new Valid(externalId.strip(), bsn, date);
  }
}
