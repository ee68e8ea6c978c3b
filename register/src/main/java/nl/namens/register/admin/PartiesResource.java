package nl.namens.register.admin;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import nl.namens.register.Roles;
import nl.namens.register.party.NewParty;
import nl.namens.register.party.Parties;
import nl.namens.register.party.PartyView;
import org.jboss.resteasy.reactive.ResponseStatus;

/**
 * Parties, for administrators. There is no GET by identifier: identifiers (BSN) never appear in URLs.
 */
@Path("/admin/v1/parties")
@RolesAllowed(Roles.ADMIN)
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public final class PartiesResource {

  private final Parties parties;

  PartiesResource(Parties parties) {
    this.parties = parties;
  }

  /** Registers a party; 409 if it exists. */
  @POST
  @ResponseStatus(201)
  public PartyView register(@NotNull @Valid NewParty request) {
    return PartyView.of(parties.register(request));
  }
}
