package nl.namens.register.outbox;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import nl.namens.register.mail.MailFacts;
import nl.namens.register.mail.MailJobs;
import nl.namens.register.party.Party;

/**
 * The outbox of letters and notifications. Letters are written in the transaction of the change they tell
 * about, so a rolled-back change sends nothing; so is the e-mail beside a letter ({@link MailJobs}), for a
 * recipient with a known address, sent after commit.
 */
@ApplicationScoped
public class Outbox implements PanacheRepositoryBase<Letter, Long> {

  /** Kinds of letter. */
  public static final String REGISTERED = "mandate-registered";

  public static final String APPROVAL_CODE = "approval-code";
  public static final String ACTIVATION_CODE = "activation-code";
  public static final String HELPDESK_REGISTRATION = "helpdesk-registration";
  public static final String ACTIVATED = "mandate-activated";
  public static final String APPROVED = "mandate-approved";
  public static final String DECLINED = "mandate-declined";
  public static final String REVOKED = "mandate-revoked";
  public static final String UNDONE = "mandate-undone";
  public static final String ENDED_BY_DEATH = "mandate-ended-death";
  public static final String LAPSED = "mandate-lapsed";
  public static final String LOCKED = "mandate-locked";
  public static final String EMPLOYEES_CHANGED = "employees-changed";

  /** Kinds of notice that go by e-mail only (no letter): a mandate's first use, its end in 30 days. */
  public static final String FIRST_USE = "mandate-first-use";

  public static final String EXPIRING = "mandate-expiring";

  private static final int MAX_LIST = 500;

  private final Clock clock;
  private final MailJobs mail;

  Outbox(Clock clock, MailJobs mail) {
    this.clock = clock;
    this.mail = mail;
  }

  @Transactional(Transactional.TxType.MANDATORY)
  public Letter send(Party recipient, UUID mandateId, String kind, String subject, String body) {
    Letter letter = new Letter(recipient, mandateId, kind, subject, body, clock.instant());
    persist(letter);
    return letter;
  }

  /**
   * The letter, and beside it, in the same transaction, the e-mail of its kind ({@code templates/mail}) written
   * from {@code facts} if the recipient has an address: names only, never the letter's codes or identifiers.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public Letter send(
      Party recipient, UUID mandateId, String kind, String subject, String body, MailFacts facts) {
    Letter letter = send(recipient, mandateId, kind, subject, body);
    mail.enqueue(recipient, mandateId, kind, facts);
    return letter;
  }

  /** A notice by e-mail only ({@link #FIRST_USE}, {@link #EXPIRING}), if the recipient has an address. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void mailOnly(Party recipient, UUID mandateId, String kind, MailFacts facts) {
    mail.enqueue(recipient, mandateId, kind, facts);
  }

  /** The party's letters, newest first (at most 500). */
  @Transactional
  public List<LetterView> to(Party recipient) {
    return find("recipient = ?1 order by id desc", recipient).page(0, MAX_LIST).stream()
        .map(LetterView::of)
        .toList();
  }

  /** The letters about a mandate, newest first. */
  @Transactional
  public List<LetterView> about(UUID mandateId) {
    return find("mandateId = ?1 order by id desc", mandateId).page(0, MAX_LIST).stream()
        .map(LetterView::of)
        .toList();
  }

  /** The newest letters to anyone (for the demo), at most {@code limit} (capped at 500). */
  @Transactional
  public List<LetterView> latest(int limit) {
    return find("order by id desc").page(0, Math.max(1, Math.min(limit, MAX_LIST))).stream()
        .map(LetterView::of)
        .toList();
  }
}
