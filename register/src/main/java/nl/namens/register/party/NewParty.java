package nl.namens.register.party;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import nl.namens.register.validation.SafeText;

/**
 * A party to register: {@code {"type": "BSN", "id": "999990019", "displayName": "Jan Jansen", "birthDate":
 * "1980-05-01"}}; {@code birthDate} is optional (persons only; the BVD shows the year, the search matches it).
 */
@ValidPartyReference
public record NewParty(
    @NotBlank String type,
    @NotBlank String id,
    @NotBlank @Size(max = 200) @SafeText String displayName,
    @PastOrPresent LocalDate birthDate)
    implements PartyIdentity {

  public NewParty(String type, String id, String displayName) {
    this(type, id, displayName, null);
  }

  /** Without identifier, name and birth date, so that a logged request or exception shows no personal data. */
  @Override
  public String toString() {
    return "NewParty[type=" + type + ", id=***, displayName=***]";
  }
}
