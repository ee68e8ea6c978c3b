package nl.namens.keycloak.register;

/**
 * Search criteria for {@code POST /bvd/v1/representations} ({@code "search"}): every given
 * criterion must match. Holds part of a BSN: never log it.
 *
 * @param name part of the principal's display name (1–100 characters), or null
 * @param birthYear the principal's year of birth, or null
 * @param bsnPart 3–9 digits of the principal's BSN (or KvK number), or null
 */
public record PrincipalSearch(String name, Integer birthYear, String bsnPart) {

  public PrincipalSearch {
    name = name == null || name.isBlank() ? null : name.trim();
    bsnPart = bsnPart == null || bsnPart.isBlank() ? null : bsnPart.trim();
  }

  /**
   * True when no criterion is given: the same as no search. (Not named {@code isEmpty}: the search
   * travels as JSON in an auth note, where a bean getter would become a property.)
   */
  public boolean noCriteria() {
    return name == null && birthYear == null && bsnPart == null;
  }

  @Override
  public String toString() {
    return "PrincipalSearch[name="
        + (name == null ? "-" : "…")
        + ", birthYear="
        + (birthYear == null ? "-" : "…")
        + ", bsnPart="
        + (bsnPart == null ? "-" : "…")
        + "]";
  }
}
