package nl.namens.register.bvd;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import nl.namens.register.party.PartySearch;

/**
 * {@code {"actor": party (+ actingSubjectId), "service": "<uuid>", "search"?: {"name", "birthYear",
 * "bsnPart"}, "offset"?: 0, "limit"?: 10}}: whom may the actor represent for this service now, matching the
 * search, one page of them? Without {@code limit}: all from {@code offset}.
 */
record RepresentationsRequest(
    @NotNull @Valid ActorReference actor,
    @NotNull UUID service,
    @Valid PartySearch search,
    @Min(0) Integer offset,
    @Min(1) @Max(100) Integer limit) {

  PartySearch criteria() {
    return search == null ? PartySearch.NONE : search;
  }
}
