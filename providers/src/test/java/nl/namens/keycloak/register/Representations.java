package nl.namens.keycloak.register;

import java.time.LocalDate;
import java.util.List;

/** Test builder of a {@link Representation}: every field not set stays null (services: none). */
public final class Representations {

  private final String mandateId;
  private String kind;
  private Party principal;
  private String principalDisplayName;
  private String relation;
  private List<ServiceRef> services = List.of();
  private LocalDate validFrom;
  private LocalDate validUntil;
  private String requiredLoa;
  private Party intermediary;
  private String intermediaryDisplayName;
  private String representationType;
  private String source;
  private LegalBasis legalBasis;
  private Integer principalBirthYear;

  private Representations(String mandateId) {
    this.mandateId = mandateId;
  }

  public static Representations of(String mandateId) {
    return new Representations(mandateId);
  }

  public Representations kind(String value) {
    kind = value;
    return this;
  }

  public Representations principal(Party value) {
    principal = value;
    return this;
  }

  public Representations principalDisplayName(String value) {
    principalDisplayName = value;
    return this;
  }

  public Representations relation(String value) {
    relation = value;
    return this;
  }

  public Representations services(List<ServiceRef> value) {
    services = value;
    return this;
  }

  public Representations validFrom(LocalDate value) {
    validFrom = value;
    return this;
  }

  public Representations validUntil(LocalDate value) {
    validUntil = value;
    return this;
  }

  public Representations requiredLoa(String value) {
    requiredLoa = value;
    return this;
  }

  public Representations intermediary(Party value) {
    intermediary = value;
    return this;
  }

  public Representations intermediaryDisplayName(String value) {
    intermediaryDisplayName = value;
    return this;
  }

  public Representations representationType(String value) {
    representationType = value;
    return this;
  }

  public Representations source(String value) {
    source = value;
    return this;
  }

  public Representations legalBasis(LegalBasis value) {
    legalBasis = value;
    return this;
  }

  public Representations principalBirthYear(Integer value) {
    principalBirthYear = value;
    return this;
  }

  public Representation build() {
    return new Representation(
        mandateId,
        kind,
        principal,
        principalDisplayName,
        relation,
        services,
        validFrom,
        validUntil,
        requiredLoa,
        intermediary,
        intermediaryDisplayName,
        representationType,
        source,
        legalBasis,
        principalBirthYear);
  }
}
