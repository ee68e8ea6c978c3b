package nl.namens.register.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import nl.namens.register.Roles;
import nl.namens.register.legal.LegalRepresentations;
import nl.namens.register.legal.SurvivorMandateView;
import nl.namens.register.mandate.MandateDetails;
import nl.namens.register.mandate.MandateQueries;

/**
 * The helpdesk's proposals awaiting a second agent (four eyes): {@code GET /api/v1/helpdesk/proposals} answers
 * {@code {"mandates": [...], "survivorMandates": [...]}}, oldest first; each is approved or declined at {@code
 * POST /api/v1/helpdesk/mandates/{id}/approve|decline} or {@code .../survivor-mandates/{id}/approve|decline}.
 */
@Path("/api/v1/helpdesk/proposals")
@RolesAllowed(Roles.HELPDESK)
@Produces(MediaType.APPLICATION_JSON)
public final class HelpdeskProposalsApi {

  /** The open proposals. */
  public record Proposals(List<MandateDetails> mandates, List<SurvivorMandateView> survivorMandates) {}

  private final MandateQueries mandates;
  private final LegalRepresentations legal;
  private final PortalCaller agent;

  HelpdeskProposalsApi(MandateQueries mandates, LegalRepresentations legal, PortalCaller agent) {
    this.mandates = mandates;
    this.legal = legal;
    this.agent = agent;
  }

  @GET
  public Proposals list() {
    agent.agent();
    return new Proposals(mandates.proposals(), legal.survivorProposals());
  }
}
