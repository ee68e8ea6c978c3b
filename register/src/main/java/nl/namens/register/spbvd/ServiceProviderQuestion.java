package nl.namens.register.spbvd;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import nl.namens.register.party.PartyReference;

/**
 * {@code {"actor": party, "principal": party, "service": "<uuid>"}}: may the actor act for the principal for
 * this service (one of the asking service provider's own) now?
 */
record ServiceProviderQuestion(
    @NotNull @Valid PartyReference actor,
    @NotNull @Valid PartyReference principal,
    @NotNull UUID service) {}
