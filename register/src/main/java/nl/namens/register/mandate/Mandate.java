package nl.namens.register.mandate;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
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
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.namens.identifiers.RepresentationKind;
import nl.namens.register.party.Party;
import nl.namens.register.service.Service;

/**
 * A voluntary mandate (machtiging): the principal lets the representative act for them, for the listed
 * services, from {@code validFrom} through {@code validUntil} (both inclusive, calendar days). Kind {@code
 * chain} (ketenmachtiging): the representative is a company acting as intermediary, whose employees act. Only
 * {@link MandateCommands} and {@link Lapsing} change it (its mutators are package-private).
 */
@Entity
@Table(name = "mandates")
public class Mandate {

  /** Every employee of a company representative may use the mandate. */
  public static final String EMPLOYEES_ALL = "all";

  /** Only the employees listed in {@code mandate_employees} may use the mandate. */
  public static final String EMPLOYEES_LISTED = "listed";

  @Id private UUID id;

  @Column(nullable = false)
  private String kind;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "principal_id", nullable = false)
  private Party principal;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "representative_id", nullable = false)
  private Party representative;

  @ManyToMany(fetch = FetchType.LAZY)
  @JoinTable(
      name = "mandate_services",
      joinColumns = @JoinColumn(name = "mandate_id"),
      inverseJoinColumns = @JoinColumn(name = "service_id"))
  @OrderBy("name, id")
  private Set<Service> services = new LinkedHashSet<>();

  @Convert(converter = MandateStatusConverter.class)
  @Column(nullable = false)
  private MandateStatus status;

  @Column(name = "valid_from", nullable = false)
  private LocalDate validFrom;

  @Column(name = "valid_until", nullable = false)
  private LocalDate validUntil;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Column(name = "revoked_at")
  private Instant revokedAt;

  @Column(nullable = false)
  private String channel = "admin";

  @Column(name = "code_hash")
  private String codeHash;

  @Column(name = "code_expires_at")
  private Instant codeExpiresAt;

  @Column(name = "code_attempts", nullable = false)
  private int codeAttempts;

  @Column(name = "lapses_at")
  private Instant lapsesAt;

  @Column(name = "undo_until")
  private Instant undoUntil;

  @Column(name = "employee_policy", nullable = false)
  private String employeePolicy = EMPLOYEES_ALL;

  @Column(name = "ended_at")
  private Instant endedAt;

  /** When it first became active: the counterparty consented (activated, approved) or an administrator. */
  @Column(name = "activated_at")
  private Instant activatedAt;

  /** When the broker was told to end the sessions under this mandate after its period ended. */
  @Column(name = "sessions_ended_at")
  private Instant sessionsEndedAt;

  /** A helpdesk proposal: the agent who proposed it. */
  @Column(name = "proposed_by")
  private String proposedBy;

  /** A helpdesk proposal: the second agent who approved it. */
  @Column(name = "approved_by")
  private String approvedBy;

  @ElementCollection(fetch = FetchType.LAZY)
  @CollectionTable(name = "mandate_employees", joinColumns = @JoinColumn(name = "mandate_id"))
  @Column(name = "acting_subject_id")
  @OrderBy
  private Set<String> employees = new LinkedHashSet<>();

  protected Mandate() {}

  /**
   * A new mandate: {@code pending} or {@code requested} (awaiting a code whose hash is set with {@link
   * #awaitCode}) or {@code active}. The caller ({@code MandateCommands}) has checked the terms.
   */
  static Mandate open(
      RepresentationKind kind,
      Party principal,
      Party representative,
      Collection<Service> services,
      MandateStatus status,
      LocalDate validFrom,
      LocalDate validUntil,
      String channel,
      Instant now) {
    if (kind.isLegal()) {
      throw new IllegalArgumentException("kind " + kind.code());
    }
    if (status != MandateStatus.PROPOSED
        && status != MandateStatus.PENDING
        && status != MandateStatus.REQUESTED
        && status != MandateStatus.ACTIVE) {
      throw new IllegalArgumentException("a mandate starts proposed, pending, requested or active");
    }
    if (principal.id().equals(representative.id())) {
      throw new IllegalArgumentException("self-mandate");
    }
    if (validUntil.isBefore(validFrom)) {
      throw new IllegalArgumentException("validUntil before validFrom");
    }
    Mandate mandate = new Mandate();
    mandate.id = UUID.randomUUID();
    mandate.kind = kind.code();
    mandate.principal = principal;
    mandate.representative = representative;
    mandate.services.addAll(services);
    mandate.status = status;
    mandate.validFrom = validFrom;
    mandate.validUntil = validUntil;
    mandate.channel = channel;
    mandate.createdAt = now;
    mandate.updatedAt = now;
    mandate.activatedAt = status == MandateStatus.ACTIVE ? now : null;
    return mandate;
  }

  /**
   * The status at {@code now}: a pending or requested mandate past its lapse moment is {@code lapsed}, also
   * before {@code LapseJob} (or the next command on it) records that. Reads never write the lapse.
   */
  public MandateStatus statusAt(Instant now) {
    return isDueToLapse(now) ? MandateStatus.LAPSED : status;
  }

  /** Pending or requested, and its lapse moment has come. */
  public boolean isDueToLapse(Instant now) {
    return status.awaitsCode() && lapsesAt != null && !lapsesAt.isAfter(now);
  }

  /** Ends the mandate now. */
  void revoke(Instant now) {
    if (!status.isOpen()) {
      throw new IllegalStateException("already ended: " + status.code());
    }
    status = MandateStatus.REVOKED;
    revokedAt = now;
    endedAt = now;
    updatedAt = now;
    clearCode();
  }

  /** A helpdesk proposal of {@code agentId}, awaiting a second agent. */
  void proposedBy(String agentId) {
    if (status != MandateStatus.PROPOSED) {
      throw new IllegalStateException("not a proposal: " + status.code());
    }
    this.proposedBy = agentId;
  }

  /** A second agent approved the proposal: {@code pending}; then {@link #awaitCode}. */
  void approveProposal(String agentId, Instant now) {
    if (status != MandateStatus.PROPOSED) {
      throw new IllegalStateException("not a proposal: " + status.code());
    }
    if (agentId.equals(proposedBy)) {
      throw new IllegalStateException("four eyes: the proposing agent cannot approve");
    }
    status = MandateStatus.PENDING;
    approvedBy = agentId;
    updatedAt = now;
  }

  /** A second agent declined the proposal: {@code declined}. */
  void declineProposal(Instant now) {
    if (status != MandateStatus.PROPOSED) {
      throw new IllegalStateException("not a proposal: " + status.code());
    }
    status = MandateStatus.DECLINED;
    endedAt = now;
    updatedAt = now;
  }

  /** Waits for a code (pending or requested): its hash, when it expires, when the mandate lapses. */
  void awaitCode(String hash, Instant expiresAt, Instant lapsesAt) {
    if (!status.awaitsCode()) {
      throw new IllegalStateException("not awaiting a code: " + status.code());
    }
    this.codeHash = hash;
    this.codeExpiresAt = expiresAt;
    this.codeAttempts = 0;
    this.lapsesAt = lapsesAt;
  }

  /** The right code was given: active; the code is used up. */
  void activate(Instant now) {
    if (!status.awaitsCode()) {
      throw new IllegalStateException("not awaiting a code: " + status.code());
    }
    status = MandateStatus.ACTIVE;
    updatedAt = now;
    activatedAt = now;
    lapsesAt = null;
    clearCode();
  }

  /** Counts a wrong code; locks the mandate when {@code maxAttempts} is reached. Returns whether it locked. */
  boolean wrongCode(int maxAttempts, Instant now) {
    codeAttempts++;
    updatedAt = now;
    if (codeAttempts >= maxAttempts) {
      status = MandateStatus.LOCKED;
      lapsesAt = null;
      clearCode();
      return true;
    }
    return false;
  }

  void decline(Instant now) {
    end(MandateStatus.DECLINED, now);
  }

  void lapse(Instant now) {
    end(MandateStatus.LAPSED, now);
  }

  private void end(MandateStatus to, Instant now) {
    if (!status.awaitsCode()) {
      throw new IllegalStateException("not awaiting a code: " + status.code());
    }
    status = to;
    endedAt = now;
    updatedAt = now;
    lapsesAt = null;
    clearCode();
  }

  private void clearCode() {
    codeHash = null;
    codeExpiresAt = null;
  }

  /** A helpdesk registration: the principal may undo it until {@code until}. */
  void undoableUntil(Instant until) {
    this.undoUntil = until;
  }

  /** Which employees of a company representative may use it: {@link #EMPLOYEES_ALL} or the listed ones. */
  void employees(String policy, Collection<String> actingSubjectIds, Instant now) {
    if (!EMPLOYEES_ALL.equals(policy) && !EMPLOYEES_LISTED.equals(policy)) {
      throw new IllegalArgumentException("policy " + policy);
    }
    this.employeePolicy = policy;
    this.employees.clear();
    if (EMPLOYEES_LISTED.equals(policy)) {
      this.employees.addAll(actingSubjectIds);
    }
    this.updatedAt = now;
  }

  /** When it first became active; null while (or if it ended before) the counterparty consented. */
  /** Its period ended and the broker was told to end the sessions under it ({@link ExpiryJob}). */
  void sessionsEnded(Instant now) {
    sessionsEndedAt = now;
  }

  public Instant activatedAt() {
    return activatedAt;
  }

  public String channel() {
    return channel;
  }

  /** The agent who proposed a helpdesk registration; {@code null} for other mandates. */
  public String proposedBy() {
    return proposedBy;
  }

  /** The second agent who approved a helpdesk registration; {@code null} until then. */
  public String approvedBy() {
    return approvedBy;
  }

  public String codeHash() {
    return codeHash;
  }

  public Instant codeExpiresAt() {
    return codeExpiresAt;
  }

  public int codeAttempts() {
    return codeAttempts;
  }

  public Instant lapsesAt() {
    return lapsesAt;
  }

  public Instant undoUntil() {
    return undoUntil;
  }

  public String employeePolicy() {
    return employeePolicy;
  }

  public List<String> employees() {
    return new ArrayList<>(employees);
  }

  public Instant endedAt() {
    return endedAt;
  }

  public UUID id() {
    return id;
  }

  /** {@link RepresentationKind#VOLUNTARY} or {@link RepresentationKind#CHAIN}. */
  public RepresentationKind kind() {
    return RepresentationKind.fromCode(kind).orElseThrow();
  }

  public Party principal() {
    return principal;
  }

  public Party representative() {
    return representative;
  }

  /** The services, by name. */
  public List<Service> services() {
    return new ArrayList<>(services);
  }

  public MandateStatus status() {
    return status;
  }

  public LocalDate validFrom() {
    return validFrom;
  }

  public LocalDate validUntil() {
    return validUntil;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant updatedAt() {
    return updatedAt;
  }

  public Instant revokedAt() {
    return revokedAt;
  }
}
