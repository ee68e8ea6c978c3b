package nl.namens.register.legal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One change an import made to a legal representation (append-only table legal_audit_entries). */
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

  protected LegalAuditEntry() {}

  LegalAuditEntry(UUID legalRepresentationId, Instant at, String source, String action, String statusAfter) {
    this.legalRepresentationId = legalRepresentationId;
    this.at = at;
    this.source = source;
    this.action = action;
    this.statusAfter = statusAfter;
  }
}
