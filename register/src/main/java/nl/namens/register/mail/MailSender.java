package nl.namens.register.mail;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Sends the mail jobs that are due, every {@code namens.mail.send-every} (default {@code 10s}; {@code off} stops
 * it): each job in its own short transaction that locks its row ({@code for update skip locked}), so a second
 * register instance takes other jobs and never the same one. A failed attempt waits, doubling from {@code
 * namens.mail.first-retry-delay} up to {@code max-retry-delay}; after {@code max-attempts} the job is marked
 * {@code failed}. The mandate change was committed long before: a mail server that is down delays mail,
 * nothing else. Logs name the job by its id only, never an address or a text.
 */
@ApplicationScoped
public class MailSender {

  private static final Logger LOG = Logger.getLogger(MailSender.class);

  /** Sent with every mail: which job it is, so a mailbox (or a test) can tell a duplicate. */
  public static final String JOB_HEADER = "X-Namens-Mail-Job";

  private enum Outcome {
    NONE,
    SENT,
    RETRY,
    GAVE_UP,
    DROPPED
  }

  private final Mailer mailer;
  private final MailJobs jobs;
  private final MailConfig config;
  private final Clock clock;

  MailSender(Mailer mailer, MailJobs jobs, MailConfig config, Clock clock) {
    this.mailer = mailer;
    this.jobs = jobs;
    this.config = config;
    this.clock = clock;
  }

  @Scheduled(
      identity = "namens-mail-sender",
      every = "${namens.mail.send-every:10s}",
      delayed = "5s",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void sendOnSchedule() {
    int sent = sendDue(clock.instant());
    if (sent > 0) {
      LOG.debugf("%d mail(s) sent", sent);
    }
  }

  /** Sends the jobs due at {@code now} (at most {@code namens.mail.batch}); returns how many went out. */
  public int sendDue(Instant now) {
    int sent = 0;
    for (int i = 0; i < config.batch(); i++) {
      Outcome outcome = QuarkusTransaction.requiringNew().call(() -> sendNext(now));
      if (outcome == Outcome.NONE) {
        break;
      }
      if (outcome == Outcome.SENT) {
        sent++;
      }
    }
    return sent;
  }

  private Outcome sendNext(Instant now) {
    Optional<MailJob> claimed = jobs.claimNextDue(now);
    if (claimed.isEmpty()) {
      return Outcome.NONE;
    }
    MailJob job = claimed.get();
    String address = job.recipient().email();
    if (address == null) {
      job.dropped();
      LOG.infof("Mail job %d dropped: the recipient has no e-mail address any more", job.id());
      return Outcome.DROPPED;
    }
    try {
      mailer.send(
          Mail.withText(address, job.subject(), job.body()).addHeader(JOB_HEADER, job.id().toString()));
      job.sent(now);
      LOG.infof("Mail job %d sent (%s)", job.id(), job.kind());
      return Outcome.SENT;
    } catch (RuntimeException e) {
      // The exception's message may hold the address or the server's answer: only its type is kept.
      String error = e.getClass().getName();
      job.failed(now, error, delay(job.attempts() + 1), config.maxAttempts());
      if (job.status() == MailJob.Status.FAILED) {
        LOG.warnf("Mail job %d given up after %d attempts (%s)", job.id(), job.attempts(), error);
        return Outcome.GAVE_UP;
      }
      LOG.infof(
          "Mail job %d not sent (attempt %d, %s); next attempt at %s",
          job.id(), job.attempts(), error, job.nextAttemptAt());
      return Outcome.RETRY;
    }
  }

  /** The wait after the {@code attempt}-th failure: the first delay, doubled per further failure, capped. */
  Duration delay(int attempt) {
    Duration delay = config.firstRetryDelay();
    for (int i = 1; i < attempt && delay.compareTo(config.maxRetryDelay()) < 0; i++) {
      delay = delay.multipliedBy(2);
    }
    return delay.compareTo(config.maxRetryDelay()) > 0 ? config.maxRetryDelay() : delay;
  }
}
