package nl.namens.keycloak.loa;

/**
 * Bean {@code loaUnmet} of {@code namens-loa-unmet.ftl}: the level a login needs and the level it
 * reached (LoA codes; {@code reached} null when unknown).
 */
public final class LoaUnmetPage {

  private final String required;
  private final String reached;

  LoaUnmetPage(String required, String reached) {
    this.required = required;
    this.reached = reached;
  }

  public String getRequired() {
    return required;
  }

  public String getReached() {
    return reached;
  }
}
