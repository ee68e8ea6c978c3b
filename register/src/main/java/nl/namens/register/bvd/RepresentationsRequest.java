package nl.namens.register.bvd;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import nl.namens.register.party.PartyReference;

/** {@code {"actor": party, "service": "<uuid>"}}: whom may the actor represent for this service now? */
record RepresentationsRequest(@NotNull @Valid PartyReference actor, @NotNull UUID service) {}
