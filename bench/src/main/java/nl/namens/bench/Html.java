package nl.namens.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Just enough HTML for the login driver: the forms of a page (action, inputs, buttons) and one element's attribute,
 * found with regular expressions over the markup Keycloak's templates write. Not a general parser.
 */
final class Html {

  private static final Pattern FORM =
      Pattern.compile("<form\\b([^>]*)>(.*?)</form>", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
  private static final Pattern FIELD = Pattern.compile("<(input|button)\\b([^>]*)>", Pattern.CASE_INSENSITIVE);
  private static final Pattern ATTRIBUTE =
      Pattern.compile("([a-zA-Z_:][-a-zA-Z0-9_:.]*)\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)')");
  private static final Pattern ENTITY = Pattern.compile("&(#x[0-9a-fA-F]+|#[0-9]+|amp|quot|lt|gt|apos);");

  private Html() {}

  /** One input or button: its type ({@code hidden}, {@code radio}, {@code submit} ...), name, value. */
  record Field(String type, String name, String value, String id, boolean disabled) {}

  record Form(String id, String action, List<Field> fields) {

    /** Hidden inputs and text inputs with a value: what a browser posts besides the user's choices. */
    Map<String, String> carried() {
      Map<String, String> values = new LinkedHashMap<>();
      for (Field field : fields) {
        if (field.name() != null && !field.disabled()
            && (field.type().equals("hidden") || field.type().equals("text"))) {
          values.put(field.name(), field.value() == null ? "" : field.value());
        }
      }
      return values;
    }

    List<Field> radios(String name) {
      return fields.stream().filter(f -> f.type().equals("radio") && name.equals(f.name())).toList();
    }
  }

  static List<Form> forms(String html) {
    List<Form> forms = new ArrayList<>();
    Matcher form = FORM.matcher(html);
    while (form.find()) {
      Map<String, String> attributes = attributes(form.group(1));
      List<Field> fields = new ArrayList<>();
      Matcher field = FIELD.matcher(form.group(2));
      while (field.find()) {
        Map<String, String> a = attributes(field.group(2));
        String type = a.getOrDefault("type", field.group(1).equalsIgnoreCase("button") ? "submit" : "text");
        fields.add(new Field(type.toLowerCase(java.util.Locale.ROOT), a.get("name"), a.get("value"), a.get("id"),
            field.group(2).matches("(?s).*\\sdisabled(\\s|=|/|$).*")));
      }
      forms.add(new Form(attributes.get("id"), attributes.get("action"), fields));
    }
    return forms;
  }

  static Form form(String html, java.util.function.Predicate<Form> which) {
    return forms(html).stream().filter(which).findFirst().orElse(null);
  }

  /** The value of {@code attribute} on the element with {@code id="id"}, or null. */
  static String attribute(String html, String id, String attribute) {
    Matcher element = Pattern.compile("<[a-zA-Z]+\\b([^>]*\\bid=\"" + Pattern.quote(id) + "\"[^>]*)>").matcher(html);
    return element.find() ? attributes(element.group(1)).get(attribute) : null;
  }

  private static Map<String, String> attributes(String tag) {
    Map<String, String> attributes = new LinkedHashMap<>();
    Matcher attribute = ATTRIBUTE.matcher(tag);
    while (attribute.find()) {
      String value = attribute.group(2) != null ? attribute.group(2) : attribute.group(3);
      attributes.put(attribute.group(1).toLowerCase(java.util.Locale.ROOT), unescape(value));
    }
    return attributes;
  }

  static String unescape(String text) {
    if (text.indexOf('&') < 0) {
      return text;
    }
    Matcher entity = ENTITY.matcher(text);
    StringBuilder out = new StringBuilder();
    while (entity.find()) {
      String name = entity.group(1);
      String replacement =
          switch (name) {
            case "amp" -> "&";
            case "quot" -> "\"";
            case "lt" -> "<";
            case "gt" -> ">";
            case "apos" -> "'";
            default ->
                new String(Character.toChars(name.startsWith("#x")
                    ? Integer.parseInt(name.substring(2), 16)
                    : Integer.parseInt(name.substring(1))));
          };
      entity.appendReplacement(out, Matcher.quoteReplacement(replacement));
    }
    entity.appendTail(out);
    return out.toString();
  }
}
