package nl.namens.register.bvd;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.UUID;

/** {@code {"actor": party (+ actingSubjectId), "service": "<uuid>"}}: whom may the actor represent for this service now? */
record RepresentationsRequest(@NotNull @Valid ActorReference actor, @NotNull UUID service) {}
