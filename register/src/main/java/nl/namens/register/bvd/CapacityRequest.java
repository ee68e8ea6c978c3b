package nl.namens.register.bvd;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import nl.namens.register.party.PartyReference;

/** {@code {"subject": {"type": "BSN", "id": "..."}, "service": "<uuid>"}}. */
public record CapacityRequest(@NotNull @Valid PartyReference subject, @NotNull UUID service) {}
