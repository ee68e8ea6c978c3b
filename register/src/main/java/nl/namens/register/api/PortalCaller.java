package nl.namens.register.api;

import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;
import nl.namens.identifiers.LevelOfAssurance;
import nl.namens.identifiers.SubjectType;
import nl.namens.register.agent.Agent;
import nl.namens.register.agent.FourEyes;
import nl.namens.register.mandate.Actor;
import nl.namens.register.mandate.PortalServiceAuthorisation;
import nl.namens.register.party.PartyReference;
import nl.namens.register.problem.ProblemCode;
import nl.namens.register.problem.ProblemException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The logged-in party of a {@code /api/v1} request, from the broker's access token: issued to client {@code
 * namens.api.client-id} ({@code azp}, default {@code namens-portal}), subject from the claims {@code
 * namens_subject_type} (BSN or KVK), {@code namens_subject_id} and, for an eHerkenning employee, {@code
 * namens_acting_subject_id}.
 */
@RequestScoped
public class PortalCaller {

  public static final String SUBJECT_TYPE = "namens_subject_type";
  public static final String SUBJECT_ID = "namens_subject_id";
  public static final String ACTING_SUBJECT_ID = "namens_acting_subject_id";

  private final JsonWebToken token;
  private final String clientId;
  private final PortalServiceAuthorisation authorisation;

  PortalCaller(
      JsonWebToken token,
      @ConfigProperty(name = "namens.api.client-id", defaultValue = "namens-portal") String clientId,
      PortalServiceAuthorisation authorisation) {
    this.token = token;
    this.clientId = clientId;
    this.authorisation = authorisation;
  }

  /** The party acting online; 403 if the token is not the portal's or names no valid BSN/KvK subject. */
  public Actor actor() {
    requirePortalClient();
    PartyReference party = self().orElseThrow(() -> ProblemException.of(ProblemCode.TOKEN_WITHOUT_SUBJECT));
    Optional<String> employee = claim(ACTING_SUBJECT_ID).filter(s -> !s.isBlank());
    if (employee.isPresent()) {
      if (!SubjectType.KVK.name().equals(party.type()) || employee.get().length() > 128) {
        throw ProblemException.of(ProblemCode.TOKEN_ACTING_SUBJECT_INVALID);
      }
      return Actor.employee(
              party, employee.get(), authorisation.allows(claim(PortalServiceAuthorisation.CLAIM).orElse(null)))
          .atLevel(level());
    }
    return Actor.online(party).atLevel(level());
  }

  /**
   * The helpdesk agent: id (token {@code preferred_username}, else {@code sub}), own party (the subject
   * claims, if valid) and the login's level ({@code acr}, an eIDAS/Logius LoA URI). 403 {@code
   * agent-loa-too-low} when the {@code acr} is missing, unknown or below substantieel: every helpdesk act
   * passes here.
   */
  public Agent agent() {
    requirePortalClient();
    String agent = claim("preferred_username").orElse(token.getSubject());
    if (agent == null || agent.isBlank() || agent.length() > 100) {
      throw ProblemException.of(ProblemCode.TOKEN_WITHOUT_AGENT);
    }
    Agent found =
        new Agent(agent, self().orElse(null), level());
    FourEyes.requireAssurance(found);
    return found;
  }

  /** The helpdesk agent's id, after the checks of {@link #agent()}. */
  public String agentId() {
    return agent().id();
  }

  /** The logged-in person's own party, if the token names a valid BSN or KvK subject. */
  private Optional<PartyReference> self() {
    return PartyReference.ofLogin(claim(SUBJECT_TYPE).orElse(null), claim(SUBJECT_ID).orElse(null));
  }

  private void requirePortalClient() {
    if (!clientId.equals(claim("azp").orElse(null))) {
      throw ProblemException.of(ProblemCode.TOKEN_NOT_FOR_PORTAL);
    }
  }

  private Optional<String> claim(String name) {
    Object value = token.getClaim(name);
    if (value == null) {
      return Optional.empty();
    }
    String s = value instanceof jakarta.json.JsonString js ? js.getString() : value.toString();
    return Optional.of(s);
  }

  /** The login's level of assurance ({@code acr}, an LoA URI); null when the token says none. */
  private LevelOfAssurance level() {
    return claim("acr").flatMap(LevelOfAssurance::fromUri).orElse(null);
  }
}
