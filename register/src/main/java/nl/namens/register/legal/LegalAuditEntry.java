package nl.namens.register.legal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * One change to a legal representation (append-only table legal_audit_entries): by an import (source, no
 * agent), or a survivor mandate registered or ended (source {@code helpdesk}, the agent, the end reason).
 */
@Entity
@Table(name = "legal_audit_entries")
class LegalAuditEntry {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "legal_representation_id", nullable = false)
  private UUID legalRepresentationId;

  @Column(nullable = false)
  private Instant at;

  @Column(nullable = false)
  private String source;

  @Column(nullable = false)
  private String action;

  @Column(name = "status_after", nullable = false)
  private String statusAfter;

  @Column(name = "agent_id")
  private String agentId;

  private String reason;

  protected LegalAuditEntry() {}

  LegalAuditEntry(UUID legalRepresentationId, Instant at, String source, String action, String statusAfter) {
    this(legalRepresentationId, at, source, action, statusAfter, null, null);
  }

  LegalAuditEntry(
      UUID legalRepresentationId,
      Instant at,
      String source,
      String action,
      String statusAfter,
      String agentId,
      String reason) {
    this.legalRepresentationId = legalRepresentationId;
    this.at = at;
    this.source = source;
    this.action = action;
    this.statusAfter = statusAfter;
    this.agentId = agentId;
    this.reason = reason;
  }
}
