package nl.namens.register.mandate;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/**
 * Lapses overdue pending and requested mandates every {@code namens.lifecycle.lapse-check-every} (default
 * {@code 1h}; {@code off} disables it). Reads lapse them as well, so the job only keeps the outbox timely.
 */
@ApplicationScoped
class LapseJob {

  private static final Logger LOG = Logger.getLogger(LapseJob.class);

  private final Lifecycle lifecycle;

  LapseJob(Lifecycle lifecycle) {
    this.lifecycle = lifecycle;
  }

  @Scheduled(
      identity = "namens-lapse",
      every = "${namens.lifecycle.lapse-check-every:1h}",
      delayed = "1m",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void lapse() {
    int lapsed = lifecycle.lapseDue();
    if (lapsed > 0) {
      LOG.infof("%d pending or requested mandate(s) lapsed", lapsed);
    }
  }
}
