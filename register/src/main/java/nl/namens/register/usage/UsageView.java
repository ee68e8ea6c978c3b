package nl.namens.register.usage;

import java.time.Instant;
import java.util.UUID;
import nl.namens.register.party.PartyView;
import nl.namens.register.service.ServiceRef;

/**
 * A use as a party sees it: the mandate (or legal representation: {@code mandateId} is its id, {@code kind}
 * says which), the representative who acted (with the employee pseudonym, shown
 * only to the representative), the principal, the service, the LoA and when.
 */
public record UsageView(
    long id,
    UUID mandateId,
    String kind,
    PartyView representative,
    String actingSubjectId,
    PartyView principal,
    ServiceRef service,
    String loa,
    Instant usedAt) {

  static UsageView of(Usage u, boolean showEmployee) {
    return new UsageView(
        u.id(),
        u.relationId(),
        u.kind(),
        PartyView.of(u.actor()),
        showEmployee ? u.actingSubjectId() : null,
        PartyView.of(u.principal()),
        ServiceRef.of(u.service()),
        u.loa().code(),
        u.usedAt());
  }
}
