package nl.namens.register.mail;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import nl.namens.register.party.Party;

/**
 * One notification mail to send: written in the transaction of the change it tells about, sent after commit
 * by {@link MailSender}. Its text was written at the change; the address is read when it goes out.
 */
@Entity
@Table(name = "mail_jobs")
public class MailJob {

  /** Where a job is: waiting (also between attempts), sent, given up, or dropped (no address any more). */
  public enum Status {
    PENDING,
    SENT,
    FAILED,
    DROPPED
  }

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

  @Column(nullable = false)
  private String status;

  @Column(nullable = false)
  private int attempts;

  @Column(name = "next_attempt_at", nullable = false)
  private Instant nextAttemptAt;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "sent_at")
  private Instant sentAt;

  @Column(name = "last_error")
  private String lastError;

  protected MailJob() {}

  MailJob(Party recipient, UUID mandateId, String kind, String subject, String body, Instant createdAt) {
    this.recipient = recipient;
    this.mandateId = mandateId;
    this.kind = kind;
    this.subject = subject;
    this.body = body;
    this.status = "pending";
    this.attempts = 0;
    this.nextAttemptAt = createdAt;
    this.createdAt = createdAt;
  }

  void sent(Instant now) {
    attempts++;
    status = "sent";
    sentAt = now;
    lastError = null;
  }

  /** A failed attempt: wait {@code delay} before the next, or give up ({@code failed}) after the last. */
  void failed(Instant now, String error, Duration delay, int maxAttempts) {
    attempts++;
    lastError = error == null ? null : error.substring(0, Math.min(error.length(), 200));
    if (attempts >= maxAttempts) {
      status = "failed";
    } else {
      nextAttemptAt = now.plus(delay);
    }
  }

  /** The recipient removed their address before the mail went out. */
  void dropped() {
    status = "dropped";
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

  public Status status() {
    return Status.valueOf(status.toUpperCase(java.util.Locale.ROOT));
  }

  public int attempts() {
    return attempts;
  }

  public Instant nextAttemptAt() {
    return nextAttemptAt;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant sentAt() {
    return sentAt;
  }

  public String lastError() {
    return lastError;
  }

  @Override
  public String toString() {
    return "MailJob[" + id + ", " + kind + ", " + status + "]";
  }
}
