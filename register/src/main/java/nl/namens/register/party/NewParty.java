package nl.namens.register.party;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import nl.namens.register.validation.DateRule;
import nl.namens.register.validation.SafeText;
import nl.namens.register.validation.SaneDate;

/**
 * A party to register: {@code {"type": "BSN", "id": "999990019", "displayName": "Jan Jansen", "birthDate":
 * "1980-05-01"}}; {@code birthDate} is optional (persons only; the BVD shows the year, the search matches it;
 * from 1900-01-01 up to today, {@link DateRule#BIRTH}).
 */
@ValidPartyReference
public record NewParty(
    @NotBlank String type,
    @NotBlank String id,
    @NotBlank @Size(max = 200) @SafeText String displayName,
    @SaneDate(DateRule.BIRTH) LocalDate birthDate)
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
