package nl.namens.tests.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import nl.namens.tests.portal.Axe;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chromium.HasCdp;

/**
 * The checks every page a person sees must pass, on the page the browser shows now: its title ({@link PageTitles}),
 * axe-core at every impact ({@link Axe#violations}), and WCAG 1.4.10 reflow at a 360 px wide window and at 1280 px
 * with 200% zoom (Chrome DevTools' device metrics: 640 CSS px at device scale factor 2, which is what 200% zoom of a
 * 1280 px window lays out): nothing may scroll sideways. Each page's screenshot per window goes to
 * {@code tests/target/screenshots/}; those named in {@code forTheDocs} are copied to {@code docs/screenshots/}.
 * Collects what is wrong rather than stopping at the first page, so one run shows it all.
 */
public final class PageChecks {

  private static final Path SCREENSHOTS = Path.of("target", "screenshots");
  /** The docs' pictures (docs/ui.md): the repository's docs/screenshots, from the tests module's directory. */
  private static final Path DOCS_SCREENSHOTS = Path.of("..", "docs", "screenshots");

  /** A window size: CSS width and height, and the device scale factor (2 = 200% zoom). */
  private record Viewport(String name, int width, int height, double scale) {}

  private static final List<Viewport> VIEWPORTS =
      List.of(new Viewport("360", 360, 800, 1), new Viewport("1280-zoom200", 640, 400, 2));

  /** What spills over the right edge, for the failure message: the outermost such elements. */
  private static final String OVERFLOWING =
      "const w = Math.min(window.innerWidth, document.documentElement.clientWidth); const out = [];"
          + "for (const e of document.querySelectorAll('body *')) {"
          + "  const r = e.getBoundingClientRect();"
          + "  if (r.width > 0 && r.right > w + 0.5 && !(e.parentElement && e.parentElement.getBoundingClientRect().right > w + 0.5)) {"
          + "    out.push(e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')"
          + "      + (typeof e.className === 'string' && e.className ? '.' + e.className.trim().split(/\\s+/).join('.') : '')"
          + "      + ' right=' + Math.round(r.right));"
          + "  }"
          + "  if (out.length >= 5) break;"
          + "}"
          + "return out.join(', ');";

  private final WebDriver chromium;
  private final String test;
  private final Map<String, String> forTheDocs;
  private final List<String> problems = new ArrayList<>();
  private final List<String> checked = new ArrayList<>();
  /** Per page and window: scrollWidth/clientWidth/innerWidth, printed for the report. */
  private final List<String> widths = new ArrayList<>();

  /**
   * @param test the test's name, before each axe finding printed to the log
   * @param forTheDocs screenshot name (page + "-" + window) → the docs' file name
   */
  public PageChecks(WebDriver chromium, String test, Map<String, String> forTheDocs) {
    this.chromium = chromium;
    this.test = test;
    this.forTheDocs = forTheDocs;
  }

  /** Checks the page shown now under the name {@code page} (which should say the language). */
  public void check(String page) {
    String title = chromium.getTitle();
    String titleProblem = PageTitles.problem(title);
    if (titleProblem != null) {
      problems.add(page + " (title): '" + title + "' " + titleProblem);
    }
    for (String violation : Axe.violations(chromium)) {
      problems.add(page + " (axe): " + violation);
      System.out.println(test + " " + page + " (axe): " + violation);
    }
    HasCdp cdp = (HasCdp) chromium;
    JavascriptExecutor js = (JavascriptExecutor) chromium;
    try {
      for (Viewport viewport : VIEWPORTS) {
        cdp.executeCdpCommand(
            "Emulation.setDeviceMetricsOverride",
            Map.of(
                "width", viewport.width(),
                "height", viewport.height(),
                "deviceScaleFactor", viewport.scale(),
                "mobile", false));
        Map<?, ?> size =
            (Map<?, ?>)
                js.executeScript(
                    "return {scroll: document.documentElement.scrollWidth, inner: window.innerWidth,"
                        + " client: document.documentElement.clientWidth, dpr: window.devicePixelRatio};");
        long scroll = ((Number) size.get("scroll")).longValue();
        long inner = ((Number) size.get("inner")).longValue();
        long client = ((Number) size.get("client")).longValue();
        double dpr = ((Number) size.get("dpr")).doubleValue();
        String name = page + "-" + viewport.name();
        if (inner != viewport.width() || dpr != viewport.scale()) {
          problems.add(name + ": the window did not take the size (innerWidth " + inner + ", devicePixelRatio " + dpr + ")");
        }
        // innerWidth counts a classic vertical scrollbar too; clientWidth is what is left beside it, so both
        if (scroll > inner || scroll > client) {
          problems.add(
              name + " (" + chromium.getCurrentUrl() + "): scrollWidth " + scroll + " > innerWidth " + inner
                  + " or clientWidth " + client + "; sticking out: " + js.executeScript(OVERFLOWING));
        }
        widths.add(name + " " + scroll + "/" + client + "/" + inner);
        checked.add(name);
        screenshot(name);
      }
    } finally {
      cdp.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }
  }

  /** What was wrong, one line per finding; empty if every page passed. */
  public List<String> problems() {
    return List.copyOf(problems);
  }

  /** The pages checked, each once per window ({@code page-360}, {@code page-1280-zoom200}). */
  public List<String> checked() {
    return List.copyOf(checked);
  }

  /** Per page and window: scrollWidth/clientWidth/innerWidth. */
  public List<String> widths() {
    return List.copyOf(widths);
  }

  /** The whole page as PNG into target/screenshots, and for the few the docs show also into docs/screenshots. */
  private void screenshot(String name) {
    Map<String, Object> shot =
        ((HasCdp) chromium)
            .executeCdpCommand("Page.captureScreenshot", Map.of("format", "png", "captureBeyondViewport", true));
    byte[] png = Base64.getDecoder().decode(String.valueOf(shot.get("data")));
    try {
      Files.createDirectories(SCREENSHOTS);
      Path file = SCREENSHOTS.resolve(name + ".png");
      Files.write(file, png);
      String docsName = forTheDocs.get(name);
      if (docsName != null && Files.isDirectory(DOCS_SCREENSHOTS.getParent())) {
        Files.createDirectories(DOCS_SCREENSHOTS);
        Files.copy(file, DOCS_SCREENSHOTS.resolve(docsName), StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
