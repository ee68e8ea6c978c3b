package nl.namens.register.outbox;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import nl.namens.register.party.Party;

/** A letter or notification to a party, in Dutch: the register's stand-in for the post office. */
@Entity
@Table(name = "outbox")
public class Letter {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "recipient_id", nullable = false, updatable = false)
  private Party recipient;

  @Column(name = "mandate_id", updatable = false)
  private UUID mandateId;

  @Column(nullable = false, updatable = false)
  private String kind;

  @Column(nullable = false, updatable = false)
  private String subject;

  @Column(nullable = false, updatable = false)
  private String body;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  protected Letter() {}

  Letter(Party recipient, UUID mandateId, String kind, String subject, String body, Instant createdAt) {
    this.recipient = recipient;
    this.mandateId = mandateId;
    this.kind = kind;
    this.subject = subject;
    this.body = body;
    this.createdAt = createdAt;
  }

  public Long id() {
    return id;
  }

  public Party recipient() {
    return recipient;
  }

  public UUID mandateId() {
    return mandateId;
  }

  public String kind() {
    return kind;
  }

  public String subject() {
    return subject;
  }

  public String body() {
    return body;
  }

  public Instant createdAt() {
    return createdAt;
  }
}
