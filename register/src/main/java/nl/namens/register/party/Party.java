package nl.namens.register.party;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import nl.namens.identifiers.SubjectType;

/**
 * A person or organisation the register knows: a principal, a representative or both. Logs name a party by
 * its {@link #id()} (a random UUID), never by its identifier.
 */
@Entity
@Table(name = "parties")
public class Party {

  @Id private UUID id;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private SubjectType type;

  @Column(nullable = false)
  private String identifier;

  @Column(name = "display_name")
  private String displayName;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "birth_date")
  private LocalDate birthDate;

  /** The date of death from the BRP deaths feed; {@code null} while none is known. */
  @Column(name = "died_on")
  private LocalDate diedOn;

  /** The party's own e-mail address for notifications; {@code null} while none is known. Never logged. */
  @Column(name = "email", length = EmailChange.MAX_LENGTH)
  private String email;

  protected Party() {}

  Party(SubjectType type, String identifier, String displayName, LocalDate birthDate, Instant createdAt) {
    this.id = UUID.randomUUID();
    this.type = type;
    this.identifier = identifier;
    this.displayName = displayName;
    this.birthDate = birthDate;
    this.createdAt = createdAt;
  }

  public UUID id() {
    return id;
  }

  public SubjectType type() {
    return type;
  }

  public String identifier() {
    return identifier;
  }

  /** The name to show; {@code null} for a party registered implicitly by a mandate. */
  public String displayName() {
    return displayName;
  }

  public Instant createdAt() {
    return createdAt;
  }

  /** The birth date, if an authoritative source (or the administrator) gave it; else {@code null}. */
  public LocalDate birthDate() {
    return birthDate;
  }

  /** The year of birth, or {@code null}: all the BVD ever shows of the birth date. */
  public Integer birthYear() {
    return birthDate == null ? null : birthDate.getYear();
  }

  void birthDate(LocalDate birthDate) {
    this.birthDate = birthDate;
  }

  /** The date of death the BRP deaths feed gave, or {@code null}: the register knows of no death. */
  public LocalDate diedOn() {
    return diedOn;
  }

  void diedOn(LocalDate diedOn) {
    this.diedOn = diedOn;
  }

  /** The e-mail address the party gave for notifications, or {@code null}. Personal data: never log it. */
  public String email() {
    return email;
  }

  void email(String email) {
    this.email = email;
  }
}
