package nl.namens.register.mail;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.namens.register.party.Party;
import org.jboss.logging.Logger;

/** The mail jobs: written with the change (in its transaction), claimed one by one by the sender. */
@ApplicationScoped
public class MailJobs implements PanacheRepositoryBase<MailJob, Long> {

  private static final Logger LOG = Logger.getLogger(MailJobs.class);

  private final MailTexts texts;
  private final MailConfig config;
  private final Clock clock;

  MailJobs(MailTexts texts, MailConfig config, Clock clock) {
    this.texts = texts;
    this.config = config;
    this.clock = clock;
  }

  /**
   * Writes the mail of this kind to the recipient in the caller's transaction, if the kind has a mail and the
   * recipient an address; a rolled-back change writes none. Returns the job, if one was written.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public Optional<MailJob> enqueue(Party recipient, UUID mandateId, String kind, MailFacts facts) {
    if (!config.enabled() || recipient.email() == null || facts == null) {
      return Optional.empty();
    }
    Optional<MailTexts.Text> text;
    try {
      text = texts.render(kind, facts);
    } catch (RuntimeException e) {
      // a mail that cannot be written never stops the change it tells about (the letter still goes)
      LOG.errorf("Mail of kind %s not written (%s)", kind, e.getClass().getName());
      return Optional.empty();
    }
    return text
        .map(
            t -> {
              MailJob job = new MailJob(recipient, mandateId, kind, t.subject(), t.body(), clock.instant());
              persist(job);
              LOG.debugf("Mail job %d (%s) written", job.id(), kind);
              return job;
            });
  }

  /**
   * The oldest job due at {@code now}, its row locked until the transaction ends; rows another sender holds
   * are skipped ({@code for update skip locked}), so two senders never take one job.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  Optional<MailJob> claimNextDue(Instant now) {
    @SuppressWarnings("unchecked")
    List<MailJob> due =
        getEntityManager()
            .createNativeQuery(
                "select * from mail_jobs where status = 'pending' and next_attempt_at <= :now"
                    + " order by next_attempt_at, id limit 1 for update skip locked",
                MailJob.class)
            .setParameter("now", now)
            .getResultList();
    return due.stream().findFirst();
  }

  /** The jobs to a party, newest first (tests, support). */
  @Transactional
  public List<MailJob> to(Party recipient) {
    return find("recipient = ?1 order by id desc", recipient).list();
  }
}
