package nl.namens.register.mandate;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/**
 * Every {@code namens.mail.expiry-check-every} (default {@code 1h}; {@code off} disables it) the parties of
 * active mandates whose last day is within {@code namens.mail.expiry-notice-days} (30) are told by e-mail, once
 * per mandate ({@link MandateNotices}).
 */
@ApplicationScoped
class ExpiryNoticeJob {

  /** Mandates handled per run step. */
  static final int BATCH = 200;

  private static final Logger LOG = Logger.getLogger(ExpiryNoticeJob.class);

  private final MandateNotices notices;

  ExpiryNoticeJob(MandateNotices notices) {
    this.notices = notices;
  }

  @Scheduled(
      identity = "namens-expiry-notice",
      every = "${namens.mail.expiry-check-every:1h}",
      delayed = "1m",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void noticeExpiring() {
    int total = 0;
    int batch;
    do {
      batch = notices.noticeExpiring(BATCH);
      total += batch;
    } while (batch == BATCH);
    if (total > 0) {
      LOG.infof("%d mandate(s) end within the notice period: their parties were told", total);
    }
  }
}
