package nl.namens.register.mandate;

/** How a party acts on a mandate; recorded in the audit trail. */
public enum Channel {
  /** The party itself, logged in (portal or JSON API). */
  ONLINE("online"),
  /** A helpdesk agent for a caller, after an identity check. */
  HELPDESK("helpdesk"),
  /** The broker (Keycloak), e.g. recording a use. */
  BROKER("broker"),
  /** Administrators, test set-up and the demo-data loader. */
  ADMIN("admin");

  private final String code;

  Channel(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }
}
