package nl.namens.register.api;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import nl.namens.register.outbox.LetterView;
import nl.namens.register.outbox.Outbox;
import nl.namens.register.party.Parties;
import nl.namens.register.usage.UsageView;
import nl.namens.register.usage.Usages;

/** The logged-in party's letters and "who acted for me". */
@Path("/api/v1")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public final class MineApi {

  private final PortalCaller caller;
  private final Outbox outbox;
  private final Usages usages;
  private final Parties parties;

  MineApi(PortalCaller caller, Outbox outbox, Usages usages, Parties parties) {
    this.caller = caller;
    this.outbox = outbox;
    this.usages = usages;
    this.parties = parties;
  }

  /** My letters, newest first. */
  @GET
  @Path("/outbox")
  public List<LetterView> outbox() {
    return parties.find(caller.actor().party()).map(outbox::to).orElse(List.of());
  }

  /** Who acted for me: uses of mandates I gave, newest first. */
  @GET
  @Path("/usages/as-principal")
  public List<UsageView> asPrincipal() {
    return usages.asPrincipal(caller.actor().party());
  }

  /** My own uses of mandates I hold, newest first. */
  @GET
  @Path("/usages/as-representative")
  public List<UsageView> asRepresentative() {
    return usages.asRepresentative(caller.actor().party());
  }
}
