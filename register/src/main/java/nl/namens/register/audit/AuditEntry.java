package nl.namens.register.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * One state change of a mandate. Append-only: the database refuses UPDATE and DELETE (trigger in V2); the
 * entity has no setters. The acting party is named by its register uuid, never by BSN.
 */
@Entity
@Table(name = "audit_entries")
public class AuditEntry {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "mandate_id", nullable = false, updatable = false)
  private UUID mandateId;

  @Column(nullable = false, updatable = false)
  private Instant at;

  @Column(name = "actor_party_id", updatable = false)
  private UUID actorPartyId;

  @Column(name = "acting_subject_id", updatable = false)
  private String actingSubjectId;

  @Column(nullable = false, updatable = false)
  private String channel;

  @Column(name = "agent_id", updatable = false)
  private String agentId;

  @Column(name = "identity_check", updatable = false)
  private String identityCheck;

  @Column(nullable = false, updatable = false)
  private String action;

  @Column(name = "status_before", updatable = false)
  private String statusBefore;

  @Column(name = "status_after", nullable = false, updatable = false)
  private String statusAfter;

  protected AuditEntry() {}

  AuditEntry(UUID mandateId, Instant at, Who who, String action, String before, String after) {
    this.mandateId = mandateId;
    this.at = at;
    this.actorPartyId = who.partyId();
    this.actingSubjectId = who.actingSubjectId();
    this.channel = who.channel();
    this.agentId = who.agentId();
    this.identityCheck = who.identityCheck();
    this.action = action;
    this.statusBefore = before;
    this.statusAfter = after;
  }

  /**
   * Who made a change: the party's register uuid (null for the system), the employee pseudonym of a company,
   * the channel ({@code online}, {@code helpdesk}, {@code broker}, {@code admin}, {@code system}) and for the
   * helpdesk the agent and the identity-check reference.
   */
  public record Who(
      UUID partyId, String actingSubjectId, String channel, String agentId, String identityCheck) {

    public static final Who SYSTEM = new Who(null, null, "system", null, null);

    public static final Who ADMIN = new Who(null, null, "admin", null, null);
  }

  public Long id() {
    return id;
  }

  public UUID mandateId() {
    return mandateId;
  }

  public Instant at() {
    return at;
  }

  public UUID actorPartyId() {
    return actorPartyId;
  }

  public String actingSubjectId() {
    return actingSubjectId;
  }

  public String channel() {
    return channel;
  }

  public String agentId() {
    return agentId;
  }

  public String identityCheck() {
    return identityCheck;
  }

  public String action() {
    return action;
  }

  public String statusBefore() {
    return statusBefore;
  }

  public String statusAfter() {
    return statusAfter;
  }
}
