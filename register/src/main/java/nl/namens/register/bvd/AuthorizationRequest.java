package nl.namens.register.bvd;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import nl.namens.register.party.PartyReference;

/**
 * {@code {"actor": party, "principal": party, "service": "<uuid>", "mandateId": "<uuid>"}}: may the actor
 * act for the principal for this service now (through this mandate, if given)?
 */
record AuthorizationRequest(
    @NotNull @Valid ActorReference actor,
    @NotNull @Valid PartyReference principal,
    @NotNull UUID service,
    UUID mandateId) {}
