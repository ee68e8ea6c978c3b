package nl.namens.register.agent;

import java.util.Objects;
import nl.namens.identifiers.LevelOfAssurance;
import nl.namens.register.party.PartyReference;

/**
 * A helpdesk agent as the channel read them from their token: the agent id ({@code preferred_username}, else
 * {@code sub}), the agent's own party ({@code namens_subject_type} / {@code namens_subject_id}; {@code null}
 * when the login names none) and the level of assurance of the login ({@code acr}; {@code null} when absent
 * or unknown). {@link FourEyes} decides what the agent may do.
 */
public record Agent(String id, PartyReference self, LevelOfAssurance loa) {

  public Agent {
    Objects.requireNonNull(id, "id");
    if (id.isBlank()) {
      throw new IllegalArgumentException("an agent needs an id");
    }
  }

  /** Without the agent's own identifier, so a logged agent shows no BSN. */
  @Override
  public String toString() {
    return "Agent[" + id + ", " + (loa == null ? "-" : loa.code()) + "]";
  }
}
