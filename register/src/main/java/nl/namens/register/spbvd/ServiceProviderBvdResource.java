package nl.namens.register.spbvd;

import com.nimbusds.jwt.JWTClaimsSet;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.namens.identifiers.SubjectType;
import nl.namens.register.Roles;
import nl.namens.register.party.PartyReference;
import nl.namens.register.problem.ProblemCode;
import nl.namens.register.problem.ProblemException;
import nl.namens.register.statement.AuthorizationAnswer;
import nl.namens.register.statement.Representation;
import nl.namens.register.statement.Statements;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The BVD for service providers: "may actor X act for principal Y for my service S now?", answered yes or no
 * with a signed authorization statement. The caller is a service provider's own client in the broker realm
 * (client credentials, {@code private_key_jwt}) with realm role {@code namens-sp-bvd}; its token names the
 * services it offers ({@code namens_services}) and whether it may ask about BSNs ({@code namens_bsn_allowed}),
 * both set by the broker's administrators on that client. A question about another service, or about a BSN
 * without that permission, is refused (403) and answers nothing. Identifiers travel in the body only.
 */
@Path("/sp/v1")
@Produces(MediaType.APPLICATION_JSON)
public final class ServiceProviderBvdResource {

  static final String SERVICES_CLAIM = "namens_services";
  static final String BSN_CLAIM = "namens_bsn_allowed";

  private final Statements statements;
  private final StatementKeys keys;
  private final JsonWebToken token;
  private final Clock clock;
  private final String issuer;
  private final Duration lifetime;

  ServiceProviderBvdResource(
      Statements statements,
      StatementKeys keys,
      JsonWebToken token,
      Clock clock,
      @ConfigProperty(name = "namens.statement.issuer", defaultValue = "http://localhost:8281")
          String issuer,
      @ConfigProperty(name = "namens.statement.lifetime", defaultValue = "PT5M") Duration lifetime) {
    this.statements = statements;
    this.keys = keys;
    this.token = token;
    this.clock = clock;
    this.issuer = issuer;
    this.lifetime = lifetime;
  }

  /** The statement's verification keys (public; every key of the rotation). */
  @GET
  @Path("/jwks")
  @PermitAll
  @Produces({"application/jwk-set+json", MediaType.APPLICATION_JSON})
  public Map<String, Object> jwks() {
    return keys.publicJwks();
  }

  @POST
  @Path("/authorizations")
  @RolesAllowed(Roles.SP_BVD)
  @Consumes(MediaType.APPLICATION_JSON)
  public ServiceProviderAnswer authorizations(@NotNull @Valid ServiceProviderQuestion question) {
    if (!ownServices().contains(question.service().toString())) {
      throw ProblemException.of(ProblemCode.SERVICE_NOT_OFFERED);
    }
    if ((isBsn(question.actor()) || isBsn(question.principal())) && !bsnAllowed()) {
      throw ProblemException.of(ProblemCode.BSN_NOT_ALLOWED);
    }
    AuthorizationAnswer answer =
        statements.authorization(
            question.actor(), null, question.principal(), question.service(), Optional.empty());
    return new ServiceProviderAnswer(answer.authorized(), keys.sign(claims(question, answer)));
  }

  /** The token's {@code namens_services}, lower case (a JSON array: its strings print quoted). */
  private Set<String> ownServices() {
    Set<String> services = new HashSet<>();
    if (token.getClaim(SERVICES_CLAIM) instanceof Iterable<?> values) {
      values.forEach(v -> services.add(unquote(String.valueOf(v)).toLowerCase(Locale.ROOT)));
    }
    return services;
  }

  private static String unquote(String value) {
    return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")
        ? value.substring(1, value.length() - 1)
        : value;
  }

  private boolean bsnAllowed() {
    Object claim = token.getClaim(BSN_CLAIM);
    return claim != null && Boolean.parseBoolean(unquote(claim.toString()));
  }

  private static boolean isBsn(PartyReference party) {
    return SubjectType.parse(party.type()).orElse(null) == SubjectType.BSN;
  }

  private JWTClaimsSet claims(ServiceProviderQuestion question, AuthorizationAnswer answer) {
    Instant now = clock.instant();
    JWTClaimsSet.Builder claims =
        new JWTClaimsSet.Builder()
            .issuer(issuer)
            .audience(token.getClaim("azp") == null ? token.getName() : token.getClaim("azp").toString())
            .issueTime(Date.from(now))
            .notBeforeTime(Date.from(now))
            .expirationTime(Date.from(now.plus(lifetime)))
            .jwtID(UUID.randomUUID().toString())
            .claim("authorized", answer.authorized())
            .claim("actor", party(question.actor()))
            .claim("principal", party(question.principal()))
            .claim("service", question.service().toString());
    Representation representation = answer.representation();
    if (answer.authorized() && representation != null) {
      Map<String, Object> basis = new LinkedHashMap<>();
      basis.put("id", representation.mandateId().toString());
      basis.put("source", representation.source() == null ? "register" : representation.source());
      if (representation.legalBasis() != null && representation.legalBasis().law() != null) {
        basis.put("law", representation.legalBasis().law());
      }
      claims
          .claim("kind", representation.kind())
          .claim("representation_type", representation.representationType())
          .claim("basis", basis)
          .claim("valid_from", String.valueOf(representation.validFrom()))
          .claim("valid_until", String.valueOf(representation.validUntil()));
    }
    return claims.build();
  }

  private static Map<String, Object> party(PartyReference party) {
    return Map.of("type", party.type(), "id", party.id());
  }
}
