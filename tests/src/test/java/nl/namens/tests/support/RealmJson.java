package nl.namens.tests.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.keycloak.representations.idm.RealmRepresentation;
import org.keycloak.util.JsonSerialization;

/**
 * Reads the realm definitions the run command imports ({@code realm-config}) and fills in the test
 * placeholders, so the tests use exactly the realms a user gets.
 */
public final class RealmJson {

  public static final String KEYCLOAK_URL = "http://localhost:8080";

  private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z0-9_]+)(?::([^}]*))?}");
  private static final Map<String, String> VALUES =
      Map.of("NAMENS_KC_URL", KEYCLOAK_URL, "NAMENS_REGISTER_URL", RegisterStack.URL);

  private RealmJson() {}

  public static RealmRepresentation load(String realm) {
    String resource = "/realms/" + realm + "-realm.json";
    try (InputStream in = RealmJson.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing " + resource + " (realm-config module)");
      }
      String json = resolve(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      return JsonSerialization.readValue(json, RealmRepresentation.class);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String resolve(String json) {
    Matcher m = PLACEHOLDER.matcher(json);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String value = VALUES.get(m.group(1));
      if (value == null) {
        value = m.group(2) != null ? m.group(2) : m.group();
      }
      m.appendReplacement(out, Matcher.quoteReplacement(value));
    }
    m.appendTail(out);
    return out.toString();
  }
}
