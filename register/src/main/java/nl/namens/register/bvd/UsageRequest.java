package nl.namens.register.bvd;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.UUID;
import nl.namens.register.party.PartyReference;

/**
 * {@code {"mandateId", "actor": party (+ actingSubjectId), "principal": party, "service": uuid, "loa"}}: the
 * broker reports that the actor used the mandate. Nothing of the service's content.
 */
record UsageRequest(
    @NotNull UUID mandateId,
    @NotNull @Valid ActorReference actor,
    @NotNull @Valid PartyReference principal,
    @NotNull UUID service,
    @NotNull
        @Pattern(
            regexp = "basis|midden|substantieel|hoog",
            message = "must be one of basis, midden, substantieel, hoog")
        String loa) {}
