package nl.namens.register.legal;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/**
 * Sessions end when a legal relation's end date (from its register) has passed: every {@code
 * namens.lifecycle.expiry-check-every} the broker is told to end the live sessions acting under it. An end
 * the register derives (parental authority at 18) is refused by the broker's re-check at every token
 * refresh, userinfo and introspection.
 */
@ApplicationScoped
class LegalExpiryJob {

  static final int BATCH = 200;

  private static final Logger LOG = Logger.getLogger(LegalExpiryJob.class);

  private final LegalCommands commands;

  LegalExpiryJob(LegalCommands commands) {
    this.commands = commands;
  }

  @Scheduled(
      identity = "namens-legal-expiry",
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
      LOG.infof("%d ended legal relation(s): the broker was told to end their sessions", total);
    }
  }
}
