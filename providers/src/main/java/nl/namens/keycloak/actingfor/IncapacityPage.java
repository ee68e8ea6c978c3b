package nl.namens.keycloak.actingfor;

import java.util.List;

/**
 * The data of {@code namens-incapacity.ftl} ({@code incapacity} in the template): why the user may
 * not use this service themselves and who may. Texts come from the theme's messages.
 */
public final class IncapacityPage {

  private final Incapacity incapacity;
  private final List<Representative> representatives;

  IncapacityPage(Incapacity incapacity) {
    this.incapacity = incapacity;
    this.representatives =
        incapacity.representatives().stream()
            .map(r -> new Representative(r.displayName(), Kinds.code(r.kind())))
            .toList();
  }

  /** {@code curatele}, {@code bewind}, {@code mentorschap} or {@code other}. */
  public String getReason() {
    return incapacity.reason();
  }

  public List<Representative> getRepresentatives() {
    return representatives;
  }

  /** One person who may act for the user: display name and kind code only. */
  public static final class Representative {
    private final String displayName;
    private final String kind;

    Representative(String displayName, String kind) {
      this.displayName = displayName == null ? "" : displayName;
      this.kind = kind;
    }

    public String getDisplayName() {
      return displayName;
    }

    /** Kind code ({@code bewind}, …) for {@code data-kind} and the label's message key. */
    public String getKind() {
      return kind;
    }
  }
}
