package nl.namens.register.admin;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import nl.namens.register.Roles;
import nl.namens.register.outbox.LetterView;
import nl.namens.register.outbox.Outbox;
import nl.namens.register.party.Parties;
import nl.namens.register.party.PartyReference;

/**
 * The outbox, for the demo and administrators: the newest letters, the letters about a mandate, or (in a
 * body, so no BSN in a URL) the letters to a party.
 */
@Path("/admin/v1/outbox")
@RolesAllowed(Roles.ADMIN)
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public final class OutboxResource {

  private final Outbox outbox;
  private final Parties parties;

  OutboxResource(Outbox outbox, Parties parties) {
    this.outbox = outbox;
    this.parties = parties;
  }

  /** {@code ?mandateId=<uuid>}: the letters about that mandate; else the newest {@code limit} (50). */
  @GET
  public List<LetterView> list(
      @QueryParam("mandateId") UUID mandateId, @QueryParam("limit") @DefaultValue("50") int limit) {
    return mandateId != null ? outbox.about(mandateId) : outbox.latest(limit);
  }

  /** {@code {"recipient": party}}: the letters to that party, newest first. */
  @POST
  @Path("/search")
  public List<LetterView> search(@NotNull @Valid Search body) {
    return parties.find(body.recipient()).map(outbox::to).orElse(List.of());
  }

  record Search(@NotNull @Valid PartyReference recipient) {}
}
