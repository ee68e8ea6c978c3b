package nl.namens.register.api;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import nl.namens.register.legal.LegalRelationView;
import nl.namens.register.legal.LegalRepresentations;

/**
 * The logged-in person's legal representation, read-only: who represents me by law, and whom I represent.
 * Relations in force today only; the other party by display name (no BSN). A company gets empty lists.
 */
@Path("/api/v1/legal")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public final class LegalApi {

  private final PortalCaller caller;
  private final LegalRepresentations legal;
  private final Clock clock;

  LegalApi(PortalCaller caller, LegalRepresentations legal, Clock clock) {
    this.caller = caller;
    this.legal = legal;
    this.clock = clock;
  }

  /** Who represents me by law (I am the represented person). */
  @GET
  @Path("/represented-by")
  public List<LegalRelationView> representedBy() {
    return legal.representedBy(caller.actor().party(), today());
  }

  /** Whom I represent by law (I am the representative), with the scope. */
  @GET
  @Path("/representing")
  public List<LegalRelationView> representing() {
    return legal.representing(caller.actor().party(), today());
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }
}
