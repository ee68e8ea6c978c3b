package nl.namens.register.outbox;

import java.time.Instant;
import java.util.UUID;
import nl.namens.register.party.PartyView;

/** A letter as the APIs show it. */
public record LetterView(
    long id,
    PartyView recipient,
    UUID mandateId,
    String kind,
    String subject,
    String body,
    Instant createdAt) {

  public static LetterView of(Letter letter) {
    return new LetterView(
        letter.id(),
        PartyView.of(letter.recipient()),
        letter.mandateId(),
        letter.kind(),
        letter.subject(),
        letter.body(),
        letter.createdAt());
  }
}
