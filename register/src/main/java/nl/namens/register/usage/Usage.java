package nl.namens.register.usage;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import nl.namens.identifiers.LevelOfAssurance;
import nl.namens.register.legal.LegalRepresentation;
import nl.namens.register.mandate.Mandate;
import nl.namens.register.party.Party;
import nl.namens.register.service.LevelOfAssuranceConverter;
import nl.namens.register.service.Service;

/**
 * One use of a mandate or legal representation as the broker reported it: who acted for whom, for which service, at which level of
 * assurance, when. Nothing of what was done at the service.
 */
@Entity
@Table(name = "usages")
public class Usage {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  /** The voluntary (or chain) mandate used; {@code null} for a legal representation. */
  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "mandate_id", updatable = false)
  private Mandate mandate;

  /** The legal representation (or survivor mandate) used; {@code null} for a voluntary mandate. */
  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "legal_representation_id", updatable = false)
  private LegalRepresentation legal;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "actor_party_id", nullable = false, updatable = false)
  private Party actor;

  @Column(name = "acting_subject_id", updatable = false)
  private String actingSubjectId;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "principal_id", nullable = false, updatable = false)
  private Party principal;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "service_id", nullable = false, updatable = false)
  private Service service;

  @Convert(converter = LevelOfAssuranceConverter.class)
  @Column(nullable = false, updatable = false)
  private LevelOfAssurance loa;

  @Column(name = "used_at", nullable = false, updatable = false)
  private Instant usedAt;

  protected Usage() {}

  Usage(
      Mandate mandate,
      LegalRepresentation legal,
      Party actor,
      String actingSubjectId,
      Party principal,
      Service service,
      LevelOfAssurance loa,
      Instant usedAt) {
    this.mandate = mandate;
    this.legal = legal;
    this.actor = actor;
    this.actingSubjectId = actingSubjectId;
    this.principal = principal;
    this.service = service;
    this.loa = loa;
    this.usedAt = usedAt;
  }

  public Long id() {
    return id;
  }

  /** The voluntary mandate, or {@code null} for a legal representation. */
  public Mandate mandate() {
    return mandate;
  }

  /** The legal representation, or {@code null} for a voluntary mandate. */
  public LegalRepresentation legal() {
    return legal;
  }

  /** The id of whichever relation was used (the {@code mandateId} the BVD's Representation carried). */
  public UUID relationId() {
    return mandate != null ? mandate.id() : legal.id();
  }

  /** {@code voluntary}, {@code chain} or the legal kind. */
  public String kind() {
    return mandate != null ? mandate.kind().code() : legal.kind().code();
  }

  public Party actor() {
    return actor;
  }

  public String actingSubjectId() {
    return actingSubjectId;
  }

  public Party principal() {
    return principal;
  }

  public Service service() {
    return service;
  }

  public LevelOfAssurance loa() {
    return loa;
  }

  public Instant usedAt() {
    return usedAt;
  }
}
