package nl.namens.register.service;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import nl.namens.identifiers.LevelOfAssurance;

/** A service in the catalogue (dienstencatalogus), identified by its service UUID. */
@Entity
@Table(name = "services")
public class Service {

  @Id private UUID id;

  @Column(nullable = false)
  private String name;

  @Column(nullable = false)
  private String provider;

  @Convert(converter = CategoryConverter.class)
  @Column(nullable = false)
  private Category category;

  @Convert(converter = LevelOfAssuranceConverter.class)
  @Column(name = "minimum_loa", nullable = false)
  private LevelOfAssurance minimumLoa;

  @Column(nullable = false)
  private boolean retired;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "allows_self_service_under_representation", nullable = false)
  private boolean allowsSelfServiceUnderRepresentation;

  @Column(name = "settles_estate", nullable = false)
  private boolean settlesEstate;

  protected Service() {}

  Service(
      UUID id,
      String name,
      String provider,
      Category category,
      LevelOfAssurance minimumLoa,
      boolean retired,
      boolean allowsSelfServiceUnderRepresentation,
      boolean settlesEstate,
      Instant createdAt) {
    this.id = id;
    this.name = name;
    this.provider = provider;
    this.category = category;
    this.minimumLoa = minimumLoa;
    this.retired = retired;
    this.allowsSelfServiceUnderRepresentation = allowsSelfServiceUnderRepresentation;
    this.settlesEstate = settlesEstate;
    this.createdAt = createdAt;
  }

  public UUID id() {
    return id;
  }

  public String name() {
    return name;
  }

  public String provider() {
    return provider;
  }

  public Category category() {
    return category;
  }

  /** The lowest level of assurance a login for this service needs. */
  public LevelOfAssurance minimumLoa() {
    return minimumLoa;
  }

  /** A retired service takes no new mandates and is offered by no mandate. */
  public boolean retired() {
    return retired;
  }

  /**
   * Whether a person under curatele, bewind or mentorschap may still act for themselves at this service
   * (default {@code false}: the legal incapacity applies).
   */
  public boolean allowsSelfServiceUnderRepresentation() {
    return allowsSelfServiceUnderRepresentation;
  }

  /**
   * Whether the service is marked for settling an estate: only such services take survivor mandates
   * (nabestaandenmachtigingen). Default {@code false}.
   */
  public boolean settlesEstate() {
    return settlesEstate;
  }

  /**
   * Takes the broker's version of this entry (the catalogue's source of truth). Returns whether anything changed; the
   * UUID and the creation time never change.
   */
  boolean takeFrom(
      String name,
      String provider,
      Category category,
      LevelOfAssurance minimumLoa,
      boolean retired,
      boolean allowsSelfServiceUnderRepresentation,
      boolean settlesEstate) {
    boolean changed =
        !this.name.equals(name)
            || !this.provider.equals(provider)
            || this.category != category
            || this.minimumLoa != minimumLoa
            || this.retired != retired
            || this.allowsSelfServiceUnderRepresentation != allowsSelfServiceUnderRepresentation
            || this.settlesEstate != settlesEstate;
    this.name = name;
    this.provider = provider;
    this.category = category;
    this.minimumLoa = minimumLoa;
    this.retired = retired;
    this.allowsSelfServiceUnderRepresentation = allowsSelfServiceUnderRepresentation;
    this.settlesEstate = settlesEstate;
    return changed;
  }
}
