package nl.namens.register.legal;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import nl.namens.register.service.Category;
import nl.namens.register.service.ServiceRef;

/**
 * A legal representation as one of its parties sees it in {@code /api/v1/legal/*} and the portal: the other
 * party by display name only (never a BSN), {@code kind}, {@code source}, {@code legalBasis} (law; register,
 * court and decision date for the court kinds), {@code scope}, {@code validFrom}, {@code validUntil} (the
 * effective last day: end date, or for parental authority the day before the 18th birthday) and {@code
 * status}.
 */
public record LegalRelationView(
    UUID id,
    String kind,
    String representative,
    String represented,
    String source,
    Basis legalBasis,
    Scope scope,
    LocalDate validFrom,
    LocalDate validUntil,
    String status) {

  /**
   * What the relation rests on, without decision numbers or evidence references: {@code {"law": "BW 1:431",
   * "register": "CCBR", "court": "Rechtbank Utrecht", "decisionDate": "2025-03-01"}}.
   */
  public record Basis(String law, String register, String court, LocalDate decisionDate) {

    static Basis of(LegalBasis basis) {
      return new Basis(basis.law(), basis.register(), basis.court(), basis.decisionDate());
    }
  }

  /**
   * Where the representative may act: catalogue categories ({@code financial}, {@code care}, {@code general})
   * on the day asked, or for a survivor mandate the estate services it names.
   */
  public record Scope(List<String> categories, List<ServiceRef> services) {}

  /** As the represented person sees it: who represents me (the representative's name). */
  static LegalRelationView forRepresented(LegalRepresentation legal, LocalDate day, LegalConfig config) {
    return of(legal, legal.representative().displayName(), null, day, config);
  }

  /** As the representative sees it: whom I represent (the represented person's name). */
  static LegalRelationView forRepresentative(LegalRepresentation legal, LocalDate day, LegalConfig config) {
    return of(legal, null, legal.represented().displayName(), day, config);
  }

  private static LegalRelationView of(
      LegalRepresentation legal, String representative, String represented, LocalDate day, LegalConfig config) {
    return new LegalRelationView(
        legal.id(),
        legal.kind().code(),
        representative,
        represented,
        legal.source().code(),
        Basis.of(legal.basis()),
        scope(legal, day, config),
        legal.validFrom(),
        legal.effectiveValidUntil(config),
        legal.status());
  }

  private static Scope scope(LegalRepresentation legal, LocalDate day, LegalConfig config) {
    if (legal.kind() == LegalKind.SURVIVOR) {
      return new Scope(List.of(), legal.survivorServices().stream().map(ServiceRef::of).toList());
    }
    List<String> categories =
        Arrays.stream(Category.values())
            .filter(category -> legal.coversOn(category, day, config))
            .map(Category::code)
            .toList();
    return new Scope(categories, List.of());
  }
}
