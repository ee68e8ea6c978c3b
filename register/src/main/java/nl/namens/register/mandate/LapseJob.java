package nl.namens.register.mandate;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/**
 * Records the lapse of overdue pending and requested mandates every {@code
 * namens.lifecycle.lapse-check-every} (default {@code 1h}; {@code off} disables it): their letters go out
 * then. Until it runs, reads show such a mandate as lapsed without writing; a command on it records the
 * lapse and is refused.
 */
@ApplicationScoped
class LapseJob {

  private static final Logger LOG = Logger.getLogger(LapseJob.class);

  private final Lapsing lapsing;

  LapseJob(Lapsing lapsing) {
    this.lapsing = lapsing;
  }

  @Scheduled(
      identity = "namens-lapse",
      every = "${namens.lifecycle.lapse-check-every:1h}",
      delayed = "1m",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void lapse() {
    int lapsed = lapsing.lapseDue();
    if (lapsed > 0) {
      LOG.infof("%d pending or requested mandate(s) lapsed", lapsed);
    }
  }
}
