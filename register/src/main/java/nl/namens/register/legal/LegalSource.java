package nl.namens.register.legal;

/** The authoritative register a legal representation comes from. */
public enum LegalSource {
  /** The BRP-like feed of authority over minors. */
  BRP("brp", "BRP"),
  /** The court-register feed (Centraal Curatele- en Bewindregister) of curatele, bewind, mentorschap. */
  COURT("court", "CCBR"),
  /** Survivor mandates, registered at the helpdesk with their evidence (no register). */
  HELPDESK("helpdesk", null);

  private final String code;
  private final String register;

  LegalSource(String code, String register) {
    this.code = code;
    this.register = register;
  }

  public String code() {
    return code;
  }

  /** The register's short name, shown in the legal basis; {@code null} for the helpdesk. */
  public String register() {
    return register;
  }

  static LegalSource fromCode(String code) {
    for (LegalSource source : values()) {
      if (source.code.equals(code)) {
        return source;
      }
    }
    throw new IllegalArgumentException("unknown legal source");
  }
}
