package nl.namens.tests.support;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One row of a legal-representation import ({@code ImportRow} of the register's README, "Legal representation"),
 * built the way a feed would send it. Fields left unset are left out of the JSON.
 *
 * <pre>{@code
 * LegalRow.parentalAuthority("brp-4711", childBsn, parentBsn, birthDate).representedName("Lieke Smit");
 * LegalRow.court("ccbr-0815", "bewind", clientBsn, administratorBsn, "Rechtbank Gelderland", decided, "C/05/1");
 * }</pre>
 */
public final class LegalRow {

  private final Map<String, Object> fields = new LinkedHashMap<>();

  private LegalRow(String externalId, String kind, String representedBsn, String representativeBsn) {
    fields.put("externalId", externalId);
    fields.put("kind", kind);
    fields.put("representedBsn", representedBsn);
    fields.put("representativeBsn", representativeBsn);
  }

  private LegalRow(Map<String, Object> fields) {
    this.fields.putAll(fields);
  }

  /** A BRP record: the parent has authority over the child from its birth until the day before its 18th birthday. */
  public static LegalRow parentalAuthority(
      String externalId, String childBsn, String parentBsn, LocalDate childBirthDate) {
    LegalRow row = new LegalRow(externalId, "parental-authority", childBsn, parentBsn);
    row.fields.put("childBirthDate", childBirthDate.toString());
    return row;
  }

  /** A court-register record: {@code kind} is {@code curatele}, {@code bewind} or {@code mentorschap}. */
  public static LegalRow court(
      String externalId,
      String kind,
      String representedBsn,
      String representativeBsn,
      String court,
      LocalDate decisionDate,
      String decisionId) {
    LegalRow row = new LegalRow(externalId, kind, representedBsn, representativeBsn);
    row.fields.put("court", court);
    row.fields.put("decisionDate", decisionDate.toString());
    row.fields.put("decisionId", decisionId);
    return row;
  }

  /** Used by the register only when the represented person is new to it. */
  public LegalRow representedName(String name) {
    fields.put("representedName", name);
    return this;
  }

  /** Used by the register only when the representative is new to it. */
  public LegalRow representativeName(String name) {
    fields.put("representativeName", name);
    return this;
  }

  /** The represented person's date of birth (lets the acting-for page search by birth year). */
  public LegalRow representedBirthDate(LocalDate birthDate) {
    fields.put("representedBirthDate", birthDate.toString());
    return this;
  }

  public LegalRow validFrom(LocalDate validFrom) {
    fields.put("validFrom", validFrom.toString());
    return this;
  }

  public LegalRow validUntil(LocalDate validUntil) {
    fields.put("validUntil", validUntil.toString());
    return this;
  }

  /** The same record again, ended ({@code true}) or reopened ({@code false}). */
  public LegalRow terminated(boolean terminated) {
    LegalRow copy = new LegalRow(fields);
    copy.fields.put("terminated", terminated);
    return copy;
  }

  public String externalId() {
    return (String) fields.get("externalId");
  }

  /** The JSON object of the row, as a map for the JSON writer. */
  public Map<String, Object> toJson() {
    return Collections.unmodifiableMap(new LinkedHashMap<>(fields));
  }
}
