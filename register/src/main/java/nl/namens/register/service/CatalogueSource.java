package nl.namens.register.service;

import java.util.Locale;

/**
 * Where the register's service catalogue comes from ({@code namens.catalogue.source}). The broker's admin console is
 * the one source of truth in every deployment; the other two exist for a register without a broker.
 */
public enum CatalogueSource {
  /** The broker's catalogue page ({@code GET /admin/realms/{realm}/namens/catalogue}), the default. */
  BROKER,
  /**
   * The same components read from a realm export ({@code namens.catalogue.realm-file}): realm-config's
   * namens-realm.json, for a register run without a broker (its tests of the demo data).
   */
  REALM_FILE,
  /** The register's own admin API ({@code POST /admin/v1/services}): the register's unit tests only. */
  REGISTER;

  public static CatalogueSource parse(String value) {
    String v = value == null ? "" : value.trim().toLowerCase(Locale.ROOT);
    return switch (v) {
      case "broker" -> BROKER;
      case "realm-file" -> REALM_FILE;
      case "register" -> REGISTER;
      default ->
          throw new IllegalStateException(
              "namens.catalogue.source is broker, realm-file or register, not '" + value + "'");
    };
  }
}
