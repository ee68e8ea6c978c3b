package nl.namens.tests.support;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.WebDriver;

/**
 * A whole-system test that walks the pages as a person would, in its own headless {@link Chromium} (one per test,
 * quit after it), with the demo service provider running. {@link #nextPerson()} lets the next person log in on the
 * same browser.
 */
public abstract class ChromiumTestBase extends BrokerTestBase {

  /** How long a page may take (the first login after a start is slow on a 2-core machine). */
  protected static final Duration WAIT = Duration.ofSeconds(45);

  protected Chromium session;
  protected WebDriver chromium;

  @BeforeAll
  static void startTheDemoServiceProvider() {
    DemoServiceProviderStack.ensureRunning();
  }

  @BeforeEach
  void startChromium() {
    session = Chromium.start(WAIT);
    chromium = session.driver();
  }

  @AfterEach
  void quitChromium() {
    if (session != null) {
      session.quit();
    }
  }

  /** Ends the broker's and both simulators' sessions and forgets the cookies: the next person logs in anew. */
  protected void nextPerson() {
    broker.admin().logoutAll();
    digidSimulator.admin().logoutAll();
    eherkenningSimulator.admin().logoutAll();
    session.clearCookies();
  }
}
