package nl.namens.register.mandate;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.namens.register.party.Party;
import nl.namens.register.service.Service;

/**
 * A voluntary mandate (machtiging): the principal lets the representative act for them, for the listed
 * services, from {@code validFrom} through {@code validUntil} (both inclusive, calendar days).
 */
@Entity
@Table(name = "mandates")
public class Mandate {

  /** The only kind so far: vrijwillig machtigen. */
  public static final String KIND_VOLUNTARY = "voluntary";

  @Id private UUID id;

  @Column(nullable = false)
  private String kind;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "principal_id", nullable = false)
  private Party principal;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "representative_id", nullable = false)
  private Party representative;

  @ManyToMany(fetch = FetchType.LAZY)
  @JoinTable(
      name = "mandate_services",
      joinColumns = @JoinColumn(name = "mandate_id"),
      inverseJoinColumns = @JoinColumn(name = "service_id"))
  @OrderBy("name, id")
  private Set<Service> services = new LinkedHashSet<>();

  @Convert(converter = MandateStatusConverter.class)
  @Column(nullable = false)
  private MandateStatus status;

  @Column(name = "valid_from", nullable = false)
  private LocalDate validFrom;

  @Column(name = "valid_until", nullable = false)
  private LocalDate validUntil;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Column(name = "revoked_at")
  private Instant revokedAt;

  protected Mandate() {}

  Mandate(
      Party principal,
      Party representative,
      Collection<Service> services,
      MandateStatus status,
      LocalDate validFrom,
      LocalDate validUntil,
      Instant now) {
    if (principal.id().equals(representative.id())) {
      throw new IllegalArgumentException("self-mandate");
    }
    if (validUntil.isBefore(validFrom)) {
      throw new IllegalArgumentException("validUntil before validFrom");
    }
    if (status == MandateStatus.REVOKED) {
      throw new IllegalArgumentException("a mandate starts pending or active");
    }
    this.id = UUID.randomUUID();
    this.kind = KIND_VOLUNTARY;
    this.principal = principal;
    this.representative = representative;
    this.services.addAll(services);
    this.status = status;
    this.validFrom = validFrom;
    this.validUntil = validUntil;
    this.createdAt = now;
    this.updatedAt = now;
  }

  /**
   * Whether this mandate lets its representative act for its principal for {@code service} on {@code day}:
   * active, the day within the period, the service among its services and not retired.
   */
  public boolean isOffered(UUID service, LocalDate day) {
    return status == MandateStatus.ACTIVE
        && !day.isBefore(validFrom)
        && !day.isAfter(validUntil)
        && services.stream().anyMatch(s -> s.id().equals(service) && !s.retired());
  }

  /** Ends the mandate now. */
  void revoke(Instant now) {
    if (status == MandateStatus.REVOKED) {
      throw new IllegalStateException("already revoked");
    }
    status = MandateStatus.REVOKED;
    revokedAt = now;
    updatedAt = now;
  }

  public UUID id() {
    return id;
  }

  public String kind() {
    return kind;
  }

  public Party principal() {
    return principal;
  }

  public Party representative() {
    return representative;
  }

  /** The services, by name. */
  public List<Service> services() {
    return new ArrayList<>(services);
  }

  public MandateStatus status() {
    return status;
  }

  public LocalDate validFrom() {
    return validFrom;
  }

  public LocalDate validUntil() {
    return validUntil;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant updatedAt() {
    return updatedAt;
  }

  public Instant revokedAt() {
    return revokedAt;
  }
}
