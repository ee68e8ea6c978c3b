package nl.namens.keycloak.protocol.saml;

import com.google.auto.service.AutoService;
import java.net.URI;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.namens.identifiers.LevelOfAssurance;
import nl.namens.keycloak.keys.NamensKeys;
import nl.namens.keycloak.register.Party;
import nl.namens.keycloak.representation.ActingFor;
import nl.namens.keycloak.representation.Choice;
import nl.namens.keycloak.representation.ClientServices;
import nl.namens.keycloak.representation.NamensNames;
import nl.namens.keycloak.representation.Pseudonymizer;
import nl.namens.keycloak.representation.RepresentationVerifier;
import nl.namens.keycloak.representation.RequestChoice;
import nl.namens.keycloak.representation.SubjectId;
import nl.namens.keycloak.representation.Verdict;
import org.jboss.logging.Logger;
import org.keycloak.dom.saml.v2.assertion.AttributeStatementType;
import org.keycloak.dom.saml.v2.assertion.AttributeType;
import org.keycloak.dom.saml.v2.protocol.ResponseType;
import org.keycloak.dom.saml.v2.protocol.StatusCodeType;
import org.keycloak.dom.saml.v2.protocol.StatusType;
import org.keycloak.models.AuthenticatedClientSessionModel;
import org.keycloak.models.ClientModel;
import org.keycloak.models.ClientSessionContext;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.ProtocolMapperModel;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserSessionModel;
import org.keycloak.common.VerificationException;
import org.keycloak.protocol.ProtocolMapper;
import org.keycloak.protocol.saml.SamlClient;
import org.keycloak.protocol.saml.SamlProtocolUtils;
import org.keycloak.protocol.saml.mappers.AbstractSAMLProtocolMapper;
import org.keycloak.protocol.saml.mappers.AttributeStatementHelper;
import org.keycloak.protocol.saml.mappers.SAMLAttributeStatementMapper;
import org.keycloak.protocol.saml.mappers.SAMLLoginResponseMapper;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.saml.common.constants.JBossSAMLURIConstants;

/**
 * {@code namens-saml-representation-mapper}: every assertion names the service and who acts
 * ({@code ServiceUUID}, {@code ActingSubjectID}); for a login in which the user acts for a principal it
 * re-checks the mandate with the register and adds who is represented and on what basis (NameFormat URI).
 * Identifiers travel as {@code EncryptedID} to the client's encryption certificate ({@link EncryptedIds}).
 * When the representation cannot be put into the assertion — the register says no or cannot answer, no
 * choice was made in this login, no pseudonym key, no encryption certificate — the service provider gets no
 * assertion at all but a (signed) Response with status {@code Responder} / {@code RequestDenied}: never an
 * assertion that silently lost the representation.
 */
@AutoService(ProtocolMapper.class)
public final class SamlRepresentationMapper extends AbstractSAMLProtocolMapper
    implements SAMLAttributeStatementMapper, SAMLLoginResponseMapper {

  public static final String PROVIDER_ID = "namens-saml-representation-mapper";

  /** The status message of a refused login (no identifiers, no reason the SP could misuse). */
  static final String DENIED_MESSAGE = "The chosen representation cannot be confirmed";

  private static final String DENIED_ATTRIBUTE = "namens.saml.representation-denied|";

  /** The client session note Keycloak sets ({@code "true"}) when this login answers by the artifact binding. */
  private static final String ARTIFACT_BINDING_ON = "true";

  private static final Logger LOG = Logger.getLogger(SamlRepresentationMapper.class);

  @Override
  public String getId() {
    return PROVIDER_ID;
  }

  @Override
  public String getDisplayType() {
    return "Namens: representation attributes";
  }

  @Override
  public String getDisplayCategory() {
    return AttributeStatementHelper.ATTRIBUTE_STATEMENT_CATEGORY;
  }

  @Override
  public String getHelpText() {
    return "Adds urn:nl-eid-gdi:1.0:ServiceUUID and ActingSubjectID to every assertion, and"
        + " LegalSubjectID, urn:namens:1.0:IntermediateSubjectID (chain mandates) and the"
        + " representation type (urn:nl-eid-gdi:1.1:RepresentationType for the standard's values,"
        + " else urn:namens:1.0:RepresentationType) when the user acts for a principal, after"
        + " re-checking the mandate with the register; answers status Responder/RequestDenied"
        + " instead of an assertion when it cannot. Every identifier is an EncryptedID (NameQualifier"
        + " = identifier type) to the client's encryption certificate; no certificate, no assertion."
        + " BSNs only for clients with namens.bsn-allowed=true.";
  }

  @Override
  public List<ProviderConfigProperty> getConfigProperties() {
    return List.of();
  }

  @Override
  public void transformAttributeStatement(
      AttributeStatementType attributeStatement,
      ProtocolMapperModel mappingModel,
      KeycloakSession session,
      UserSessionModel userSession,
      AuthenticatedClientSessionModel clientSession) {
    ClientModel client = clientSession.getClient();
    if (!ClientServices.offersServices(client)) {
      return;
    }
    if (ARTIFACT_BINDING_ON.equals(clientSession.getNote(JBossSAMLURIConstants.SAML_HTTP_ARTIFACT_BINDING.get()))) {
      // Keycloak's artifact store re-parses the response and turns an EncryptedID value into text: an assertion
      // that would have lost its identifiers is not sent (docs/conformance.md, SS-7)
      deny(session, client, "the artifact binding cannot carry EncryptedID values; use HTTP-POST");
      return;
    }
    Optional<Choice> choice = RequestChoice.of(session, client);
    if (choice.isEmpty()) {
      deny(session, client, "no acting-for choice was made in this login");
      return;
    }
    RealmModel realm = userSession.getRealm();
    if (choice.get().actingFor() instanceof ActingFor.Self self) {
      if (self.service() == null) {
        // ST-SAML: every assertion names its service; none was chosen (an AttributeConsumingServiceIndex
        // that names none of the client's services): no assertion rather than one without a service
        deny(session, client, "this login serves none of the client's services");
        return;
      }
      boolean bsnAllowed = Boolean.parseBoolean(client.getAttribute(NamensNames.CLIENT_BSN_ALLOWED));
      Optional<SubjectId> me =
          SubjectId.ofEndUser(
              userSession.getUser()::getFirstAttribute,
              bsnAllowed,
              session.getProvider(NamensKeys.class).pseudonymizer().orElse(null),
              Pseudonymizer.scopeOf(client));
      if (me.isEmpty()) {
        deny(session, client, "no acting subject for a login as oneself in realm " + realm.getName());
        return;
      }
      // an eHerkenning employee acts for the company they logged in for (eToegang's LegalSubjectID)
      Optional<SubjectId> company = SubjectId.loginCompany(userSession.getUser()::getFirstAttribute);
      add(
          attributeStatement,
          withBranch(
              SamlRepresentationAttributes.ofSelf(self.service(), me.get(), company.orElse(null)), userSession),
          session,
          client);
      return;
    }
    Verdict verdict =
        RepresentationVerifier.verify(
            session, realm, userSession.getUser(), choice.get().actingFor());
    if (!(verdict instanceof Verdict.Authorized authorized)) {
      deny(session, client, "representation not confirmed: " + verdict.getClass().getSimpleName());
      return;
    }
    boolean bsnAllowed = Boolean.parseBoolean(client.getAttribute(NamensNames.CLIENT_BSN_ALLOWED));
    // who acts: a DigiD user's BSN or pseudonym, an eHerkenning employee's pseudonym (their company follows below)
    Optional<SubjectId> acting =
        SubjectId.ofEndUser(
            userSession.getUser()::getFirstAttribute,
            bsnAllowed,
            session.getProvider(NamensKeys.class).pseudonymizer().orElse(null),
            Pseudonymizer.scopeOf(client));
    Optional<SubjectId> legal =
        subjectId(authorized.choice().principal(), bsnAllowed, session, client);
    // the intermediary: a chain mandate's, else the company an eHerkenning employee logged in for
    Optional<Party> intermediary =
        authorized
            .representation()
            .chainIntermediary()
            .or(() -> Optional.of(authorized.actor()).filter(actor -> !actor.type().isPersonal()));
    Optional<SubjectId> intermediate =
        intermediary.flatMap(party -> subjectId(party, bsnAllowed, session, client));
    if (acting.isEmpty()
        || legal.isEmpty()
        || intermediary.isPresent() != intermediate.isPresent()) {
      deny(session, client, "no pseudonym key in realm " + realm.getName());
      return;
    }
    Map<String, Object> attributes =
        SamlRepresentationAttributes.of(
            authorized.choice().service(),
            acting.get(),
            legal.get(),
            intermediate.orElse(null),
            authorized.representation());
    add(attributeStatement, withBranch(attributes, userSession), session, client);
  }

  /**
   * eToegang's branch restriction of an eHerkenning login, passed on as eToegang names it (ST-SAML: eTD attributes
   * are copied unaltered): the employee may act for that branch only.
   */
  private static Map<String, Object> withBranch(Map<String, Object> attributes, UserSessionModel userSession) {
    String branch = userSession.getNote(NamensNames.USER_SESSION_BRANCH);
    if (branch != null && !branch.isBlank()) {
      attributes.put(SamlRepresentationAttributes.BRANCH_RESTRICTION, branch);
    }
    return attributes;
  }

  /**
   * Adds {@code attributes} to the statement, every identifier as an {@code EncryptedID} to the client's encryption
   * certificate (ST-SAML); a client without one gets no assertion (fail closed, never an identifier in clear).
   */
  private static void add(
      AttributeStatementType attributeStatement,
      Map<String, Object> attributes,
      KeycloakSession session,
      ClientModel client) {
    PublicKey encryptionKey;
    try {
      encryptionKey = SamlProtocolUtils.getEncryptionKey(session, client);
    } catch (VerificationException e) {
      deny(session, client, "no usable encryption certificate (" + e.getMessage() + ")");
      return;
    }
    SamlClient samlClient = new SamlClient(client);
    attributes.forEach(
        (name, value) -> {
          AttributeType attribute = new AttributeType(name);
          attribute.setNameFormat(JBossSAMLURIConstants.ATTRIBUTE_FORMAT_URI.get());
          attribute.addAttributeValue(
              value instanceof SubjectId id
                  ? EncryptedIds.encrypt(id, encryptionKey, client.getClientId(), samlClient)
                  : value);
          attributeStatement.addAttribute(new AttributeStatementType.ASTChoiceType(attribute));
        });
  }

  /** A login whose representation could not be put into the assertion gets no assertion. */
  @Override
  public ResponseType transformLoginResponse(
      ResponseType response,
      ProtocolMapperModel mappingModel,
      KeycloakSession session,
      UserSessionModel userSession,
      ClientSessionContext clientSessionCtx) {
    ClientModel client = clientSessionCtx.getClientSession().getClient();
    if (session.getAttribute(DENIED_ATTRIBUTE + client.getId()) == null) {
      // the level reached (as the OIDC acr), not Keycloak's "unspecified"
      LevelOfAssurance.fromCode(userSession == null ? null : userSession.getNote(NamensNames.USER_SESSION_LOA))
          .ifPresent(reached -> AuthnContexts.setClassRef(response, URI.create(reached.uri())));
      return response;
    }
    for (ResponseType.RTChoiceType assertion : new ArrayList<>(response.getAssertions())) {
      response.removeAssertion(assertion);
    }
    response.setStatus(deniedStatus());
    return response;
  }

  /**
   * Whether a SAML client's assertions run this mapper (its own mappers or those of its default
   * client scopes). A SAML client with services without it could only send assertions without the
   * representation; the acting-for step refuses its logins.
   */
  public static boolean carriedBy(ClientModel client) {
    return client.getProtocolMappersStream().anyMatch(m -> PROVIDER_ID.equals(m.getProtocolMapper()))
        || client.getClientScopes(true).values().stream()
            .anyMatch(
                scope ->
                    scope
                        .getProtocolMappersStream()
                        .anyMatch(m -> PROVIDER_ID.equals(m.getProtocolMapper())));
  }

  /** {@code Responder} with the second-level code {@code RequestDenied} (SAML Core 3.2.2.2). */
  static StatusType deniedStatus() {
    StatusCodeType denied = new StatusCodeType();
    denied.setValue(URI.create(JBossSAMLURIConstants.STATUS_REQUEST_DENIED.get()));
    StatusCodeType responder = new StatusCodeType();
    responder.setValue(URI.create(JBossSAMLURIConstants.STATUS_RESPONDER.get()));
    responder.setStatusCode(denied);
    StatusType status = new StatusType();
    status.setStatusCode(responder);
    status.setStatusMessage(DENIED_MESSAGE);
    return status;
  }

  private static void deny(KeycloakSession session, ClientModel client, String why) {
    LOG.infof("no assertion for SAML client %s: %s", client.getClientId(), why);
    session.setAttribute(DENIED_ATTRIBUTE + client.getId(), Boolean.TRUE);
  }

  /** The identifier of {@code party} for this client; empty (fail closed) without a needed pseudonym key. */
  private static Optional<SubjectId> subjectId(
      Party party, boolean bsnAllowed, KeycloakSession session, ClientModel client) {
    return SubjectId.forClientIfKeyed(
        party,
        bsnAllowed,
        session.getProvider(NamensKeys.class).pseudonymizer().orElse(null),
        Pseudonymizer.scopeOf(client));
  }
}
