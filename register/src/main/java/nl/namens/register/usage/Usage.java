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
import nl.namens.identifiers.LevelOfAssurance;
import nl.namens.register.mandate.Mandate;
import nl.namens.register.party.Party;
import nl.namens.register.service.LevelOfAssuranceConverter;
import nl.namens.register.service.Service;

/**
 * One use of a mandate as the broker reported it: who acted for whom, for which service, at which level of
 * assurance, when. Nothing of what was done at the service.
 */
@Entity
@Table(name = "usages")
public class Usage {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "mandate_id", nullable = false, updatable = false)
  private Mandate mandate;

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
      Party actor,
      String actingSubjectId,
      Party principal,
      Service service,
      LevelOfAssurance loa,
      Instant usedAt) {
    this.mandate = mandate;
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

  public Mandate mandate() {
    return mandate;
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
