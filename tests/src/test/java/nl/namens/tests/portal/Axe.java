package nl.namens.tests.portal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * axe-core (from the {@code org.webjars.npm:axe-core} jar) in Debian's headless Chromium, driven by
 * Selenium's ChromeDriver ({@code /usr/bin/chromium}, {@code /usr/bin/chromedriver}, installed by
 * {@code .ci/run}). Checks the WCAG 2.0/2.1 A and AA rules, and also {@value #LABEL_IN_NAME} (WCAG 2.5.3 label in
 * name): axe-core tags that rule {@code experimental}, so a run by tags alone skips it and it is enabled by name.
 */
public final class Axe {

  public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  public static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  static final String AXE_VERSION = "4.6.3";
  static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
  /** axe's own rules beyond WCAG (landmarks, headings, regions), which {@link #violations} also runs. */
  static final String BEST_PRACTICE = "best-practice";
  /** WCAG 2.5.3: the accessible name of a link or button contains its visible text. */
  public static final String LABEL_IN_NAME = "label-content-name-mismatch";
  /** Rules beyond {@link #TAGS}: axe's {@code options.rules[id].enabled} overrides the tag selection. */
  static final List<String> EXTRA_RULES = List.of(LABEL_IN_NAME);

  private static String source;

  private Axe() {}

  public static boolean chromiumInstalled() {
    return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
  }

  /** Skips the test where Chromium is not installed; on CI ({@code CI=true}) that fails it instead. */
  public static void requireChromium() {
    if (!chromiumInstalled()) {
      if ("true".equals(System.getenv("CI"))) {
        throw new AssertionError("CI must install chromium and chromium-driver (.ci/run)");
      }
      Assumptions.abort("Debian's chromium and chromium-driver are not installed (see .ci/run)");
    }
  }

  /** Headless Chromium without any network of its own (this machine has none but localhost). */
  public static WebDriver chromium() {
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--no-sandbox",
        "--headless",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--window-size=1280,1024",
        // headless Chromium ignores --lang and sends "Accept-Language: en-US,en": without --accept-lang the
        // portal's Dutch pages were never seen (the portal follows Accept-Language until the language switch)
        "--lang=nl",
        "--accept-lang=nl");
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    return driver;
  }

  /** Runs axe on the current page; returns the violations of impact serious or critical, one line each. */
  public static List<String> seriousViolations(WebDriver driver) {
    return run(driver, TAGS, impact -> "serious".equals(impact) || "critical".equals(impact));
  }

  /**
   * Runs axe on the current page with the WCAG rules and axe's best practices ({@value #BEST_PRACTICE}: landmarks,
   * headings, regions); returns every violation, whatever its impact (minor included), one line each.
   */
  public static List<String> violations(WebDriver driver) {
    List<String> tags = new ArrayList<>(TAGS);
    tags.add(BEST_PRACTICE);
    return run(driver, tags, impact -> true);
  }

  @SuppressWarnings("unchecked")
  private static List<String> run(WebDriver driver, List<String> tags, Predicate<Object> impactCounted) {
    JavascriptExecutor js = (JavascriptExecutor) driver;
    js.executeScript(axeSource());
    Object result =
        js.executeAsyncScript(
            "const done = arguments[arguments.length - 1];"
                + "const rules = {};"
                + "arguments[1].forEach(id => rules[id] = {enabled: true});"
                + "axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, rules: rules})"
                + ".then(r => done(r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,"
                + " targets: v.nodes.map(n => n.target.join(' '))}))))"
                + ".catch(e => done([{id: 'axe-error', impact: 'critical', help: String(e), targets: []}]));",
            tags,
            EXTRA_RULES);
    List<String> counted = new ArrayList<>();
    for (Object o : (List<Object>) result) {
      Map<String, Object> v = (Map<String, Object>) o;
      Object impact = v.get("impact");
      if (impactCounted.test(impact)) {
        counted.add(
            driver.getCurrentUrl() + ": " + v.get("id") + " (" + impact + "): " + v.get("help") + " at " + v.get("targets"));
      }
    }
    return counted;
  }

  private static synchronized String axeSource() {
    if (source == null) {
      String resource = "/META-INF/resources/webjars/axe-core/" + AXE_VERSION + "/axe.min.js";
      try (InputStream in = Axe.class.getResourceAsStream(resource)) {
        if (in == null) {
          throw new IllegalStateException("missing " + resource + " (org.webjars.npm:axe-core " + AXE_VERSION + ")");
        }
        source = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return source;
  }
}
