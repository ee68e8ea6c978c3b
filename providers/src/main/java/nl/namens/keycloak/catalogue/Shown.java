package nl.namens.keycloak.catalogue;

/**
 * A value an admin typed, quoted for a refusal message the console shows back: cut to a limit so a pasted page does
 * not become the message, control characters as '?' so a newline or escape cannot forge another line. The service
 * catalogue and the clients' services tab ({@code ClientServicesTab}, in the admin package, hence public) quote the
 * same way, each with its own limit.
 */
public final class Shown {

  private Shown() {}

  /**
   * {@code '<value>'}: at most {@code limit} characters (then "…"), control characters shown as '?'; {@code (empty)}
   * for no value.
   */
  public static String quoted(String value, int limit) {
    if (value == null) {
      return "(empty)";
    }
    String cut = value.length() > limit ? value.substring(0, limit) + "…" : value;
    return "'" + cut.replaceAll("\\p{Cntrl}", "?") + "'";
  }
}
