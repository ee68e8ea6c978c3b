package nl.namens.keycloak.representation;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.io.IOException;
import java.util.Objects;
import org.keycloak.util.JsonSerialization;

/**
 * One login's acting-for choice, kept in the client session under its own random {@code id} (see
 * {@link ChoiceLedger}). Every token issued for the login carries the id (claim {@value
 * ChoiceLedger#CLAIM}), so a later login at the same client, which adds a choice of its own, never
 * changes what an earlier token means.
 *
 * @param codeChallenge the PKCE {@code code_challenge} of the login's authorization request (binds
 *     an authorization code to this choice); null for SAML
 * @param chosenAt epoch milliseconds
 */
public record Choice(String id, ActingFor actingFor, String codeChallenge, long chosenAt) {

  public Choice {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(actingFor, "actingFor");
  }

  /** Whether two choices mean the same representation (mandate, principal, service). */
  public boolean sameAs(Choice other) {
    return other != null && actingFor.equals(other.actingFor);
  }

  /** The JSON form of a client session note. */
  String toNote() {
    Stored stored;
    if (actingFor instanceof ActingFor.Self self) {
      stored = new Stored(NamensNames.SELF, null, self.service(), codeChallenge, chosenAt);
    } else if (actingFor instanceof ActingFor.Mandate mandate) {
      stored =
          new Stored(
              mandate.mandateId(),
              mandate.principal().ref(),
              mandate.service(),
              codeChallenge,
              chosenAt);
    } else {
      throw new IllegalArgumentException("an invalid choice is never stored");
    }
    try {
      return JsonSerialization.writeValueAsString(stored);
    } catch (IOException e) {
      throw new IllegalStateException("cannot write a choice", e);
    }
  }

  /** Reads a note written by {@link #toNote()}; an unreadable note is an {@link ActingFor.Invalid}. */
  static Choice fromNote(String id, String note) {
    Stored stored;
    try {
      stored = note == null ? null : JsonSerialization.readValue(note, Stored.class);
    } catch (IOException e) {
      stored = null;
    }
    if (stored == null) {
      return new Choice(id, new ActingFor.Invalid("unreadable choice note"), null, 0L);
    }
    return new Choice(
        id,
        ActingFor.of(stored.actingFor(), stored.principal(), stored.service()),
        stored.codeChallenge(),
        stored.at());
  }

  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Stored(
      String actingFor, String principal, String service, String codeChallenge, long at) {}
}
