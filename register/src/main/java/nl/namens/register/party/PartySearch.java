package nl.namens.register.party;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Locale;
import nl.namens.register.validation.SafeText;

/**
 * Search criteria for principals: {@code {"name": "smit", "birthYear": 2016, "bsnPart": "0160"}}. {@code name}
 * is a case-insensitive part of the display name, {@code birthYear} the year of a known birth date, {@code
 * bsnPart} 3–9 digits somewhere in the identifier (BSN, or KvK number of a company). All given criteria must
 * match; none given matches every party.
 */
public record PartySearch(
    @Size(max = 100) @Pattern(regexp = "(?s).*\\S.*", message = "must not be blank") @SafeText
        String name,
    @Min(1900) @Max(2100) Integer birthYear,
    @Pattern(regexp = "[0-9]{3,9}", message = "must be 3 to 9 digits") String bsnPart) {

  /** No criteria. */
  public static final PartySearch NONE = new PartySearch(null, null, null);

  /** The name criterion trimmed and in lower case ({@code Locale.ROOT}), or {@code null}. */
  public String nameLowerCase() {
    return name == null ? null : name.strip().toLowerCase(Locale.ROOT);
  }

  /** First day of {@code birthYear}, or {@code null}. */
  public LocalDate bornFrom() {
    return birthYear == null ? null : LocalDate.of(birthYear, 1, 1);
  }

  /** First day after {@code birthYear}, or {@code null}. */
  public LocalDate bornBefore() {
    return birthYear == null ? null : LocalDate.of(birthYear + 1, 1, 1);
  }

  /** Without the criteria (a name or part of a BSN is personal data). */
  @Override
  public String toString() {
    return "PartySearch[***]";
  }
}
