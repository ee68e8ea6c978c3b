package nl.namens.register;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The packaging rule of register/README.md, "Packages": domain packages know nothing of HTTP and import no
 * channel; every JAX-RS resource lives in the channel package of its path prefix; no channel imports another.
 */
class PackagingTest {

  private static final Path SOURCES = Path.of("src", "main", "java", "nl", "namens", "register");

  private static final Set<String> DOMAIN =
      Set.of(
          "party", "service", "mandate", "legal", "statement", "usage", "outbox", "audit", "problem",
          "validation", "clock", "agent", "death", "mail");

  /** Channel package, and the path prefix of its resources. */
  private static final Map<String, String> CHANNELS =
      Map.of(
          "bvd", "/bvd/v1", "spbvd", "/sp/v1", "admin", "/admin/v1", "api", "/api/v1", "portal", "/portal");

  private static final Set<String> ADAPTERS = Set.of("http", "broker", "demo", "guard");

  private static final Pattern IMPORT = Pattern.compile("^import (?:static )?([\\w.]+);", Pattern.MULTILINE);
  private static final Pattern ROOT_PATH =
      Pattern.compile("^@Path\\(\"([^\"]*)\"\\)\\s*(?:@\\w+(?:\\([^)]*\\))?\\s*)*public (?:final )?class", Pattern.MULTILINE);

  private record Source(String pkg, Path file, String text) {}

  private static List<Source> sources() {
    List<Source> sources = new ArrayList<>();
    try (Stream<Path> files = Files.walk(SOURCES)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        Path relative = SOURCES.relativize(file);
        String pkg = relative.getNameCount() == 1 ? "" : relative.getName(0).toString();
        sources.add(new Source(pkg, file, Files.readString(file)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return sources;
  }

  private static List<String> imports(Source source) {
    List<String> imports = new ArrayList<>();
    Matcher m = IMPORT.matcher(source.text());
    while (m.find()) {
      imports.add(m.group(1));
    }
    return imports;
  }

  @Test
  void everyPackageIsADomainAChannelOrAnAdapter() {
    for (Source source : sources()) {
      String pkg = source.pkg();
      assertTrue(
          pkg.isEmpty() || DOMAIN.contains(pkg) || CHANNELS.containsKey(pkg) || ADAPTERS.contains(pkg),
          source.file() + " is in a package the rule does not name");
    }
  }

  @Test
  void domainPackagesKnowNothingOfHttpAndImportNoChannelOrAdapter() {
    List<String> wrong = new ArrayList<>();
    for (Source source : sources()) {
      if (!DOMAIN.contains(source.pkg())) {
        continue;
      }
      for (String imported : imports(source)) {
        boolean http = imported.startsWith("jakarta.ws.rs") || imported.startsWith("org.jboss.resteasy");
        boolean outward =
            Stream.concat(CHANNELS.keySet().stream(), ADAPTERS.stream())
                .anyMatch(p -> imported.startsWith("nl.namens.register." + p + "."));
        if (http || outward) {
          wrong.add(source.file() + " imports " + imported);
        }
      }
    }
    assertEquals(List.of(), wrong);
  }

  @Test
  void noChannelImportsAnotherChannel() {
    List<String> wrong = new ArrayList<>();
    for (Source source : sources()) {
      if (!CHANNELS.containsKey(source.pkg())) {
        continue;
      }
      for (String imported : imports(source)) {
        for (String other : CHANNELS.keySet()) {
          if (!other.equals(source.pkg()) && imported.startsWith("nl.namens.register." + other + ".")) {
            wrong.add(source.file() + " imports " + imported);
          }
        }
      }
    }
    assertEquals(List.of(), wrong);
  }

  @Test
  void everyResourceLivesInTheChannelOfItsPath() {
    List<String> wrong = new ArrayList<>();
    for (Source source : sources()) {
      Matcher root = ROOT_PATH.matcher(source.text());
      while (root.find()) {
        String path = root.group(1);
        String prefix = CHANNELS.get(source.pkg());
        if (prefix == null || !(path.equals(prefix) || path.startsWith(prefix + "/"))) {
          wrong.add(source.file() + " serves " + path);
        }
      }
    }
    assertEquals(List.of(), wrong);
  }
}
