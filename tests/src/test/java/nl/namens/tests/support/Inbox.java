package nl.namens.tests.support;

import java.time.Duration;
import java.util.function.Predicate;
import nl.namens.devstack.DemoMail;
import nl.namens.devstack.DemoMail.ReceivedMail;

/** Waiting for the register's mail sender (every second in the tests) to deliver to the demo inbox. */
public final class Inbox {

  private Inbox() {}

  /** The first mail to {@code address} that {@code wanted} picks, waiting up to {@code timeout} for it. */
  public static ReceivedMail await(DemoMail mail, String address, Predicate<ReceivedMail> wanted, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      for (ReceivedMail m : mail.messagesTo(address)) {
        if (wanted.test(m)) {
          return m;
        }
      }
      if (System.nanoTime() > deadline) {
        throw new AssertionError(
            "no such mail to " + address + " in the demo inbox after " + timeout.toSeconds() + " s; received: "
                + mail.messagesTo(address).stream().map(ReceivedMail::subject).toList());
      }
      try {
        Thread.sleep(250);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError("interrupted waiting for mail to " + address, e);
      }
    }
  }
}
