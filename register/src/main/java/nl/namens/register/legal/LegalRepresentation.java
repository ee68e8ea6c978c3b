package nl.namens.register.legal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;
import java.util.UUID;
import nl.namens.register.party.Party;
import nl.namens.register.service.Category;

/**
 * A legal representation (wettelijke vertegenwoordiging) from an authoritative register: the representative
 * may act for the represented person within the scope of its {@link LegalKind}. No activation step: an
 * imported row is in force from {@code validFrom} until {@code validUntil}, its termination, or (parental
 * authority) the child's 18th birthday.
 */
@Entity
@Table(name = "legal_representations")
public class LegalRepresentation {

  static final String ACTIVE = "active";
  static final String ENDED = "ended";

  @Id private UUID id;

  @Column(nullable = false)
  private String source;

  @Column(name = "external_id", nullable = false)
  private String externalId;

  @Column(nullable = false)
  private String kind;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "represented_id")
  private Party represented;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "representative_id")
  private Party representative;

  @Column(name = "child_birth_date")
  private LocalDate childBirthDate;

  private String court;

  @Column(name = "decision_date")
  private LocalDate decisionDate;

  @Column(name = "decision_id")
  private String decisionId;

  @Column(name = "valid_from", nullable = false)
  private LocalDate validFrom;

  @Column(name = "valid_until")
  private LocalDate validUntil;

  @Column(nullable = false)
  private String status;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  protected LegalRepresentation() {}

  LegalRepresentation(LegalSource source, String externalId, Instant now) {
    this.id = UUID.randomUUID();
    this.source = source.code();
    this.externalId = externalId;
    this.createdAt = now;
    this.updatedAt = now;
  }

  /** Whether the fields of {@code row} (with these parties) are what this row already holds. */
  boolean holds(ImportRow.Valid row, Party represented, Party representative) {
    return kind().equals(row.kind())
        && this.represented.id().equals(represented.id())
        && this.representative.id().equals(representative.id())
        && Objects.equals(childBirthDate, row.childBirthDate())
        && Objects.equals(court, row.court())
        && Objects.equals(decisionDate, row.decisionDate())
        && Objects.equals(decisionId, row.decisionId())
        && validFrom.equals(row.validFrom())
        && Objects.equals(validUntil, row.validUntil())
        && status.equals(row.terminated() ? ENDED : ACTIVE);
  }

  /** Sets every field from {@code row}. */
  void take(ImportRow.Valid row, Party represented, Party representative, Instant now) {
    this.kind = row.kind().code();
    this.represented = represented;
    this.representative = representative;
    this.childBirthDate = row.childBirthDate();
    this.court = row.court();
    this.decisionDate = row.decisionDate();
    this.decisionId = row.decisionId();
    this.validFrom = row.validFrom();
    this.validUntil = row.validUntil();
    this.status = row.terminated() ? ENDED : ACTIVE;
    this.updatedAt = now;
  }

  /** In force on {@code day}: active, within its period and (parental authority) the child still a minor. */
  boolean inForceOn(LocalDate day, LegalConfig config) {
    return ACTIVE.equals(status)
        && !validFrom.isAfter(day)
        && (validUntil == null || !validUntil.isBefore(day))
        && (childBirthDate == null || day.isBefore(childBirthDate.plusYears(config.adultAge())));
  }

  /**
   * Whether the representative may act for the represented person at a service of {@code category} on
   * {@code day}: in force, the kind covers the category, and for parental authority at care services the
   * child is younger than {@code namens.legal.care-parent-until-age}.
   */
  boolean offeredAt(Category category, LocalDate day, LegalConfig config) {
    if (!inForceOn(day, config) || !kind().covers(category)) {
      return false;
    }
    return !(kind() == LegalKind.PARENTAL_AUTHORITY
        && category == Category.CARE
        && Period.between(childBirthDate, day).getYears() >= config.careParentUntilAge());
  }

  public UUID id() {
    return id;
  }

  public LegalKind kind() {
    return LegalKind.fromCode(kind).orElseThrow();
  }

  public LegalSource source() {
    return LegalSource.fromCode(source);
  }

  public String externalId() {
    return externalId;
  }

  public Party represented() {
    return represented;
  }

  public Party representative() {
    return representative;
  }

  public LocalDate validFrom() {
    return validFrom;
  }

  /** The last day in force: the end date, or for parental authority the day before the 18th birthday. */
  public LocalDate effectiveValidUntil(LegalConfig config) {
    LocalDate until = validUntil;
    if (childBirthDate != null) {
      LocalDate lastMinorDay = childBirthDate.plusYears(config.adultAge()).minusDays(1);
      until = until == null || lastMinorDay.isBefore(until) ? lastMinorDay : until;
    }
    return until;
  }

  public String status() {
    return status;
  }

  public LegalBasis basis() {
    return new LegalBasis(kind().law(), source().register(), court, decisionDate, decisionId);
  }
}
