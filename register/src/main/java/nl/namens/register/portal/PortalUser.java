package nl.namens.register.portal;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;
import nl.namens.identifiers.LevelOfAssurance;
import nl.namens.register.agent.Agent;
import nl.namens.register.agent.FourEyes;
import nl.namens.register.Roles;
import nl.namens.register.mandate.Actor;
import nl.namens.register.mandate.PortalServiceAuthorisation;
import nl.namens.register.party.Parties;
import nl.namens.register.party.Party;
import nl.namens.register.party.PartyReference;
import nl.namens.register.problem.ProblemException;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The person logged in to the portal, from the ID token of the broker login (tenant {@code portal}): the
 * party from the claims {@code namens_subject_type} (BSN or KVK) and {@code namens_subject_id}, for an
 * eHerkenning employee the pseudonym {@code namens_acting_subject_id}; the helpdesk role from the realm roles.
 */
@RequestScoped
public class PortalUser {

  static final String SUBJECT_TYPE = "namens_subject_type";
  static final String SUBJECT_ID = "namens_subject_id";
  static final String ACTING_SUBJECT_ID = "namens_acting_subject_id";

  private final SecurityIdentity identity;
  private final Parties parties;
  private final PortalServiceAuthorisation authorisation;

  PortalUser(SecurityIdentity identity, Parties parties, PortalServiceAuthorisation authorisation) {
    this.identity = identity;
    this.parties = parties;
    this.authorisation = authorisation;
  }

  /** The logged-in party, if the login names a valid BSN or KvK subject. */
  public Optional<PartyReference> party() {
    return PartyReference.ofLogin(claim(SUBJECT_TYPE).orElse(null), claim(SUBJECT_ID).orElse(null));
  }

  /** The logged-in party acting online; a readable error page if the login names none. */
  public Actor actor() {
    PartyReference party = party().orElseThrow(() -> PortalError.forbidden("error_no_identity"));
    Optional<String> employee = employee();
    if (employee.isPresent()) {
      if (!"KVK".equals(party.type()) || employee.get().length() > 128) {
        throw PortalError.forbidden("error_no_identity");
      }
      return Actor.employee(
              party, employee.get(), authorisation.allows(claim(PortalServiceAuthorisation.CLAIM).orElse(null)))
          .atLevel(level());
    }
    return Actor.online(party).atLevel(level());
  }

  public Optional<String> employee() {
    return claim(ACTING_SUBJECT_ID).filter(s -> !s.isBlank());
  }

  public boolean isCompany() {
    return party().map(p -> "KVK".equals(p.type())).orElse(false);
  }

  public boolean isHelpdesk() {
    return identity.hasRole(Roles.HELPDESK);
  }

  /**
   * The helpdesk agent: id ({@code preferred_username}, else the subject), own party (if the login names
   * one) and the login's level ({@code acr}). A readable forbidden page for anyone without the role, and for
   * an agent whose login is below substantieel or says no level (fail closed): no helpdesk page is served
   * then.
   */
  public Agent agent() {
    if (!isHelpdesk()) {
      throw PortalError.forbidden("error_helpdesk_only");
    }
    String agent = claim("preferred_username").orElseGet(() -> token().map(JsonWebToken::getSubject).orElse(null));
    if (agent == null || agent.isBlank() || agent.length() > 100) {
      throw PortalError.forbidden("error_helpdesk_only");
    }
    Agent acting = new Agent(agent, party().orElse(null), level());
    try {
      FourEyes.requireAssurance(acting);
    } catch (ProblemException e) {
      throw PortalError.refused(e); // agent-loa-too-low: its page offers the way up to substantieel
    }
    return acting;
  }

  /** The name to greet: the register's display name of the party, else the login's name, else the identifier. */
  public String displayName() {
    Optional<PartyReference> party = party();
    if (party.isPresent()) {
      Optional<String> known = parties.find(party.get()).map(Party::displayName).filter(n -> n != null && !n.isBlank());
      if (known.isPresent()) {
        return known.get();
      }
    }
    return claim("name")
        .or(() -> claim("preferred_username"))
        .or(() -> party.map(p -> p.type() + " " + p.id()))
        .orElse("");
  }

  private Optional<JsonWebToken> token() {
    return identity.getPrincipal() instanceof JsonWebToken jwt ? Optional.of(jwt) : Optional.empty();
  }

  private Optional<String> claim(String name) {
    return token()
        .map(t -> t.getClaim(name))
        .map(v -> v instanceof jakarta.json.JsonString js ? js.getString() : v.toString());
  }

  /** Whether the login reached {@code needed} (a login that says no level reaches none). */
  boolean reaches(LevelOfAssurance needed) {
    LevelOfAssurance reached = level();
    return reached != null && reached.satisfies(needed);
  }

  /** The login's level of assurance ({@code acr}, an LoA URI); null when the token says none. */
  private LevelOfAssurance level() {
    return claim("acr").flatMap(LevelOfAssurance::fromUri).orElse(null);
  }
}
