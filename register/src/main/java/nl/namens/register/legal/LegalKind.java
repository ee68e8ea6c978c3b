package nl.namens.register.legal;

import java.util.Optional;
import java.util.Set;
import nl.namens.identifiers.RepresentationKind;
import nl.namens.register.service.Category;

/**
 * The legal kinds of {@link RepresentationKind} (codes, relation and RepresentationType come from that one
 * table), with what the register decides for each: the law, the scope by catalogue category and the
 * incapacity they put on the represented person (register/README.md, "Legal representation").
 */
public enum LegalKind {
  /** Ouderlijk gezag / voogdij (art. 1:245 BW): all categories; care follows the child's age. */
  PARENTAL_AUTHORITY(
      RepresentationKind.PARENTAL_AUTHORITY,
      "BW 1:245",
      Set.of(Category.FINANCIAL, Category.CARE, Category.GENERAL),
      Set.of()),
  /** Curatele (art. 1:378 BW): all categories; the person may act for themselves nowhere. */
  CURATELE(
      RepresentationKind.CURATELE,
      "BW 1:378",
      Set.of(Category.FINANCIAL, Category.CARE, Category.GENERAL),
      Set.of(Category.FINANCIAL, Category.CARE, Category.GENERAL)),
  /** Beschermingsbewind (art. 1:431 BW): financial services only. */
  BEWIND(
      RepresentationKind.BEWIND,
      "BW 1:431",
      Set.of(Category.FINANCIAL),
      Set.of(Category.FINANCIAL)),
  /** Mentorschap (art. 1:450 BW): care services only (the catalogue has no "personal" category yet). */
  MENTORSCHAP(
      RepresentationKind.MENTORSCHAP,
      "BW 1:450",
      Set.of(Category.CARE),
      Set.of(Category.CARE)),
  /**
   * Survivor mandate (nabestaandenmachtiging): an heir (art. 4:182 BW) or the executor (art. 4:144 BW) settles
   * the deceased's estate, only at the services the mandate names that are marked {@code settlesEstate}. The
   * law of the legal basis follows the role ({@link SurvivorRole#law()}); no incapacity.
   */
  SURVIVOR(
      RepresentationKind.SURVIVOR,
      "BW 4:144",
      Set.of(),
      Set.of());

  private final RepresentationKind kind;
  private final String law;
  private final Set<Category> scope;
  private final Set<Category> incapacity;

  LegalKind(RepresentationKind kind, String law, Set<Category> scope, Set<Category> incapacity) {
    this.kind = kind;
    this.law = law;
    this.scope = scope;
    this.incapacity = incapacity;
  }

  /** This kind in the shared table. */
  public RepresentationKind kind() {
    return kind;
  }

  /** The API code, e.g. {@code bewind}; the BVD's {@code kind}. */
  public String code() {
    return kind.code();
  }

  /** The readable relation code of the BVD answer, e.g. {@code beschermingsbewind}. */
  public String relation() {
    return kind.relation();
  }

  /** The value of {@code urn:nl-eid-gdi:1.1:RepresentationType} (project URNs). */
  public String representationType() {
    return kind.representationType();
  }

  /** The article of the Civil Code (Burgerlijk Wetboek) the relation rests on. */
  public String law() {
    return law;
  }

  /**
   * Whether the representative may act at services of this category (before age rules). Never for {@link
   * #SURVIVOR}, whose scope is the services it names.
   */
  public boolean covers(Category category) {
    return scope.contains(category);
  }

  /** Whether the represented person may not act for themselves at services of this category. */
  public boolean incapacitates(Category category) {
    return incapacity.contains(category);
  }

  /** The source whose feed or channel registers this kind. */
  public LegalSource source() {
    return LegalSource.fromCode(kind.source());
  }

  public static Optional<LegalKind> fromCode(String code) {
    for (LegalKind kind : values()) {
      if (kind.code().equals(code)) {
        return Optional.of(kind);
      }
    }
    return Optional.empty();
  }
}
