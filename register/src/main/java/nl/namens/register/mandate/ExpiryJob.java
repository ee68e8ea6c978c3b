package nl.namens.register.mandate;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/**
 * Sessions end when a mandate's period ends: every {@code namens.lifecycle.expiry-check-every} (default
 * {@code 5m}; {@code off} disables it) the broker is told to end the live sessions acting under mandates
 * whose last day has passed. Between runs the broker's own re-check at every token refresh, userinfo and
 * introspection already refuses them.
 */
@ApplicationScoped
class ExpiryJob {

  /** Mandates handled per transaction. */
  static final int BATCH = 200;

  private static final Logger LOG = Logger.getLogger(ExpiryJob.class);

  private final MandateCommands commands;

  ExpiryJob(MandateCommands commands) {
    this.commands = commands;
  }

  @Scheduled(
      identity = "namens-mandate-expiry",
      every = "${namens.lifecycle.expiry-check-every:5m}",
      delayed = "10s",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void endSessionsOfExpired() {
    int total = 0;
    int batch;
    do {
      batch = commands.endSessionsOfExpired(BATCH);
      total += batch;
    } while (batch == BATCH);
    if (total > 0) {
      LOG.infof("%d expired mandate(s): the broker was told to end their sessions", total);
    }
  }
}
