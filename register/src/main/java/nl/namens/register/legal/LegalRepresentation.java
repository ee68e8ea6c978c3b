package nl.namens.register.legal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import nl.namens.register.party.Party;
import nl.namens.register.service.Category;
import nl.namens.register.service.Service;

/**
 * A legal representation (wettelijke vertegenwoordiging) from an authoritative register: the representative
 * may act for the represented person within the scope of its {@link LegalKind}. No activation step: an
 * imported row is in force from {@code validFrom} until {@code validUntil}, its termination, or (parental
 * authority) the child's 18th birthday.
 *
 * <p>A survivor mandate (kind {@code survivor}, source {@code helpdesk}) is registered at the helpdesk with
 * its evidence: the represented party is the deceased (the estate), the representative the executor or heir;
 * it holds for the services it names (each marked {@code settlesEstate}) until it is ended (estate settled or
 * mandate revoked).
 */
@Entity
@Table(name = "legal_representations")
public class LegalRepresentation {

  static final String ACTIVE = "active";
  static final String ENDED = "ended";
  /** A survivor mandate proposed at the helpdesk, awaiting a second, different agent. */
  static final String PROPOSED = "proposed";
  /** Why a survivor proposal ended: a second agent declined it. */
  static final String DECLINED = "declined";

  @Id private UUID id;

  @Column(nullable = false)
  private String source;

  /** The feed's record id; {@code null} for survivor mandates. */
  @Column(name = "external_id")
  private String externalId;

  @Column(nullable = false)
  private String kind;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "represented_id")
  private Party represented;

  /** The same column, read-only: the represented party's id without loading it. */
  @Column(name = "represented_id", insertable = false, updatable = false)
  private UUID representedId;

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

  /** When the broker was told to end the sessions under this relation after its period ended. */
  @Column(name = "sessions_ended_at")
  private Instant sessionsEndedAt;

  @Column(nullable = false)
  private String status;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Column(name = "survivor_role")
  private String survivorRole;

  @Column(name = "evidence_type")
  private String evidenceType;

  @Column(name = "evidence_reference")
  private String evidenceReference;

  @Column(name = "agent_id")
  private String agentId;

  /** A survivor mandate proposed at the helpdesk: the second agent who approved it. */
  @Column(name = "approved_by")
  private String approvedBy;

  @Column(name = "end_reason")
  private String endReason;

  @Column(name = "ended_at")
  private Instant endedAt;

  /** The services a survivor mandate names (empty for the other kinds). */
  @ManyToMany(fetch = FetchType.LAZY)
  @JoinTable(
      name = "survivor_mandate_services",
      joinColumns = @JoinColumn(name = "legal_representation_id"),
      inverseJoinColumns = @JoinColumn(name = "service_id"))
  @OrderBy("name, id")
  private Set<Service> survivorServices = new LinkedHashSet<>();

  protected LegalRepresentation() {}

  LegalRepresentation(LegalSource source, String externalId, Instant now) {
    this.id = UUID.randomUUID();
    this.source = source.code();
    this.externalId = externalId;
    this.createdAt = now;
    this.updatedAt = now;
  }

  /**
   * A new survivor mandate of {@code holder} for the estate of {@code deceased}: {@code active}
   * (administrators, demo data) or {@code proposed} (the helpdesk: {@code agentId} proposed it).
   */
  static LegalRepresentation survivor(
      String status,
      Party deceased,
      Party holder,
      SurvivorRole role,
      String evidenceType,
      String evidenceReference,
      Collection<Service> services,
      LocalDate validFrom,
      String agentId,
      Instant now) {
    LegalRepresentation legal = new LegalRepresentation();
    legal.id = UUID.randomUUID();
    legal.source = LegalSource.HELPDESK.code();
    legal.kind = LegalKind.SURVIVOR.code();
    legal.represented = deceased;
    legal.representedId = deceased.id();
    legal.representative = holder;
    legal.survivorRole = role.code();
    legal.evidenceType = evidenceType;
    legal.evidenceReference = evidenceReference;
    legal.survivorServices.addAll(services);
    legal.validFrom = validFrom;
    legal.agentId = agentId;
    if (!ACTIVE.equals(status) && !PROPOSED.equals(status)) {
      throw new IllegalArgumentException("a survivor mandate starts active or proposed");
    }
    legal.status = status;
    legal.createdAt = now;
    legal.updatedAt = now;
    return legal;
  }

  /** A second agent approved the survivor proposal: {@code active}. */
  void approve(String approver, Instant now) {
    if (!PROPOSED.equals(status)) {
      throw new IllegalStateException("not a proposal: " + status);
    }
    if (approver.equals(agentId)) {
      throw new IllegalStateException("four eyes: the proposing agent cannot approve");
    }
    this.status = ACTIVE;
    this.approvedBy = approver;
    this.updatedAt = now;
  }

  /** Ends a survivor mandate: the estate is settled, or the mandate revoked; a proposal: declined. */
  void end(String reason, Instant now) {
    this.status = ENDED;
    this.endReason = reason;
    this.endedAt = now;
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
    this.representedId = represented.id();
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
   * Whether the representative may act for the represented person at {@code service} on {@code day}: in
   * force, and the kind covers the service's category (for parental authority at care services only while
   * the child is younger than {@code namens.legal.care-parent-until-age}); a survivor mandate only at the
   * services it names that are marked {@code settlesEstate}.
   */
  boolean offeredAt(Service service, LocalDate day, LegalConfig config) {
    if (!inForceOn(day, config)) {
      return false;
    }
    if (kind() == LegalKind.SURVIVOR) {
      return service.settlesEstate() && covers(service);
    }
    return coversOn(service.category(), day, config);
  }

  /**
   * Whether the kind covers {@code category} on {@code day} (parental authority at care services only while
   * the child is younger than {@code namens.legal.care-parent-until-age}); never for survivor mandates.
   */
  boolean coversOn(Category category, LocalDate day, LegalConfig config) {
    return kind().covers(category)
        && !(kind() == LegalKind.PARENTAL_AUTHORITY
            && category == Category.CARE
            && Period.between(childBirthDate, day).getYears() >= config.careParentUntilAge());
  }

  /** ST-SAML's one RepresentationType (types.md): parental authority for a child under 12, in health care. */
  public static final String CARE_FOR_A_YOUNG_CHILD = "urn:nl-eid-gdi:1.1:RT:Zorg_Volledig_Gezag_Kind";

  static final int YOUNG_CHILD_AGE = 12;

  /**
   * The representation type at a service of {@code category} on {@code day} (docs/representation-types.md):
   * {@value #CARE_FOR_A_YOUNG_CHILD} for parental authority at a care service while the child (the birth date
   * of this relation, as {@link #coversOn}) is under {@value #YOUNG_CHILD_AGE}; else the kind's project URN.
   */
  public String representationTypeAt(Category category, LocalDate day) {
    if (kind() == LegalKind.PARENTAL_AUTHORITY
        && category == Category.CARE
        && childBirthDate != null
        && Period.between(childBirthDate, day).getYears() < YOUNG_CHILD_AGE) {
      return CARE_FOR_A_YOUNG_CHILD;
    }
    return kind().representationType();
  }

  /** Whether the relation's scope includes the service (ignoring the day): for recording a use. */
  public boolean covers(Service service) {
    return kind() == LegalKind.SURVIVOR
        ? survivorServices.stream().anyMatch(s -> s.id().equals(service.id()))
        : kind().covers(service.category());
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

  /** The represented party's id, without loading the party. */
  UUID representedId() {
    return representedId;
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
    if (kind() == LegalKind.SURVIVOR) {
      return LegalBasis.evidenced(role().law(), evidenceType, evidenceReference);
    }
    return LegalBasis.registered(kind().law(), source().register(), court, decisionDate, decisionId);
  }

  /** A survivor mandate's role; {@code null} for the other kinds. */
  public SurvivorRole role() {
    return survivorRole == null ? null : SurvivorRole.fromCode(survivorRole).orElseThrow();
  }

  public String evidenceType() {
    return evidenceType;
  }

  public String evidenceReference() {
    return evidenceReference;
  }

  /** The helpdesk agent (or administrator) who registered a survivor mandate. */
  public String agentId() {
    return agentId;
  }

  /** The second agent who approved a helpdesk survivor proposal; {@code null} otherwise. */
  public String approvedBy() {
    return approvedBy;
  }

  /** Why a survivor mandate ended ({@code settled}, {@code revoked}, {@code declined}); {@code null} while open. */
  public String endReason() {
    return endReason;
  }

  /** Its period ended and the broker was told to end the sessions under it ({@link LegalExpiryJob}). */
  void sessionsEnded(Instant now) {
    sessionsEndedAt = now;
  }

  public Instant endedAt() {
    return endedAt;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant updatedAt() {
    return updatedAt;
  }

  /** The services a survivor mandate names, by name (empty for the other kinds). */
  public List<Service> survivorServices() {
    return List.copyOf(survivorServices);
  }
}
