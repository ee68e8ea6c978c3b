package nl.namens.register.legal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import nl.namens.identifiers.Bsn;
import nl.namens.register.problem.ProblemCode;
import nl.namens.register.validation.DateRule;
import nl.namens.register.validation.SafeTextValidator;

/**
 * One record of an import batch, as the feed sends it. Dates are strings (yyyy-mm-dd) so that a bad date
 * rejects only its row. {@link #validate} turns it into a {@link Valid} row or names the first problem
 * (never a BSN). {@code representedBirthDate} (optional) is the represented person's birth date, for the
 * acting-for search; a BRP row's {@code childBirthDate} is that already. Dates follow the register's {@link
 * DateRule}: birth and decision dates from 1900-01-01 up to today, {@code validFrom} and {@code validUntil}
 * from 1900-01-01 to 9999-12-31, every year of four digits.
 */
public record ImportRow(
    String externalId,
    String kind,
    String representedBsn,
    String representedName,
    String representedBirthDate,
    String representativeBsn,
    String representativeName,
    String childBirthDate,
    String court,
    String decisionDate,
    String decisionId,
    String validFrom,
    String validUntil,
    Boolean terminated) {

  /**
   * The field names in the order of the components: the JSON keys of a row and the columns of a CSV batch
   * file ({@code ImportRowTest} keeps the two in step).
   */
  static final List<String> FIELDS =
      List.of(
          "externalId",
          "kind",
          "representedBsn",
          "representedName",
          "representedBirthDate",
          "representativeBsn",
          "representativeName",
          "childBirthDate",
          "court",
          "decisionDate",
          "decisionId",
          "validFrom",
          "validUntil",
          "terminated");

  /** A row that passed every check; dates parsed, defaults filled in. */
  record Valid(
      String externalId,
      LegalKind kind,
      String representedBsn,
      String representedName,
      LocalDate representedBirthDate,
      String representativeBsn,
      String representativeName,
      LocalDate childBirthDate,
      String court,
      LocalDate decisionDate,
      String decisionId,
      LocalDate validFrom,
      LocalDate validUntil,
      boolean terminated) {}

  /** Thrown by {@link #validate}: the reason is safe to report (no personal data). */
  static final class Rejected extends Exception {
    Rejected(String reason) {
      super(reason, null, false, false);
    }
  }

  @Override
  public String toString() {
    return "ImportRow[externalId=" + externalId + ", kind=" + kind + ", ***]";
  }

  /**
   * @param today the register's today, for the birth and decision dates that may not lie after it
   */
  Valid validate(LegalSource source, LocalDate today) throws Rejected {
    String id = text("externalId", externalId, 100, true);
    LegalKind legalKind;
    if (source == LegalSource.BRP) {
      legalKind = kind == null ? LegalKind.PARENTAL_AUTHORITY : LegalKind.fromCode(kind).orElse(null);
      if (legalKind != LegalKind.PARENTAL_AUTHORITY) {
        throw new Rejected("kind must be parental-authority for the brp source");
      }
    } else {
      legalKind = kind == null ? null : LegalKind.fromCode(kind).orElse(null);
      if (legalKind == null || legalKind.source() != LegalSource.COURT) {
        throw new Rejected("kind must be one of curatele, bewind, mentorschap for the court source");
      }
    }
    String represented = bsn("representedBsn", representedBsn);
    String representative = bsn("representativeBsn", representativeBsn);
    if (represented.equals(representative)) {
      throw new Rejected("represented and representative are the same person");
    }
    String representedDisplay = text("representedName", representedName, 200, false);
    String representativeDisplay = text("representativeName", representativeName, 200, false);
    LocalDate birth = date("childBirthDate", childBirthDate, DateRule.BIRTH, today);
    LocalDate representedBirth =
        date("representedBirthDate", representedBirthDate, DateRule.BIRTH, today);
    String courtName = text("court", court, 200, false);
    LocalDate decided = date("decisionDate", decisionDate, DateRule.DECISION, today);
    String decision = text("decisionId", decisionId, 100, false);
    if (legalKind == LegalKind.PARENTAL_AUTHORITY) {
      if (birth == null) {
        throw new Rejected("childBirthDate is required for parental-authority");
      }
      if (courtName != null || decided != null || decision != null) {
        throw new Rejected("court, decisionDate and decisionId belong to court records only");
      }
      if (representedBirth != null && !representedBirth.equals(birth)) {
        throw new Rejected("representedBirthDate differs from childBirthDate");
      }
      representedBirth = birth;
    } else {
      if (birth != null) {
        throw new Rejected("childBirthDate belongs to parental-authority records only");
      }
      if (courtName == null || decided == null || decision == null) {
        throw new Rejected("court, decisionDate and decisionId are required for court records");
      }
    }
    LocalDate from = date("validFrom", validFrom, DateRule.VALIDITY, today);
    if (from == null) {
      from = legalKind == LegalKind.PARENTAL_AUTHORITY ? birth : decided;
    }
    LocalDate until = date("validUntil", validUntil, DateRule.VALIDITY, today);
    if (until != null && until.isBefore(from)) {
      throw new Rejected("validUntil is before validFrom");
    }
    return new Valid(
        id,
        legalKind,
        represented,
        representedDisplay,
        representedBirth,
        representative,
        representativeDisplay,
        birth,
        courtName,
        decided,
        decision,
        from,
        until,
        Boolean.TRUE.equals(terminated));
  }

  private static String text(String field, String value, int max, boolean required)
      throws Rejected {
    if (value == null || value.isBlank()) {
      if (required) {
        throw new Rejected(field + " is required");
      }
      return null;
    }
    if (value.length() > max || !SafeTextValidator.isSafe(value)) {
      throw new Rejected(field + " is longer than " + max + " characters or holds forbidden characters");
    }
    return value.strip();
  }

  private static String bsn(String field, String value) throws Rejected {
    if (value == null || !Bsn.isValid(value)) {
      throw new Rejected(field + " is not a valid BSN");
    }
    return value;
  }

  private static LocalDate date(String field, String value, DateRule rule, LocalDate today)
      throws Rejected {
    if (value == null || value.isBlank()) {
      return null;
    }
    LocalDate date;
    try {
      date = LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw new Rejected(field + " is not a date (yyyy-mm-dd)");
    }
    Optional<ProblemCode> problem = rule.check(date, today);
    if (problem.isPresent()) {
      throw new Rejected(field + " " + problem.get().text());
    }
    return date;
  }
}
