package nl.namens.keycloak.protocol.saml;

import com.google.auto.service.AutoService;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.namens.keycloak.register.Party;
import nl.namens.keycloak.representation.NamensNames;
import nl.namens.keycloak.representation.PseudonymKeys;
import nl.namens.keycloak.representation.Pseudonymizer;
import nl.namens.keycloak.representation.RepresentationVerifier;
import nl.namens.keycloak.representation.SubjectId;
import nl.namens.keycloak.representation.Verdict;
import org.jboss.logging.Logger;
import org.keycloak.dom.saml.v2.assertion.AttributeStatementType;
import org.keycloak.dom.saml.v2.assertion.AttributeType;
import org.keycloak.models.AuthenticatedClientSessionModel;
import org.keycloak.models.ClientModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.ProtocolMapperModel;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserSessionModel;
import org.keycloak.protocol.ProtocolMapper;
import org.keycloak.protocol.saml.mappers.AbstractSAMLProtocolMapper;
import org.keycloak.protocol.saml.mappers.AttributeStatementHelper;
import org.keycloak.protocol.saml.mappers.SAMLAttributeStatementMapper;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.saml.common.constants.JBossSAMLURIConstants;

/**
 * {@code namens-saml-representation-mapper}: for a login in which the user acts for a principal,
 * re-checks the mandate with the register and adds the ST-SAML representation attributes
 * (NameFormat URI). Nothing when the user acts for themself, the register says no or cannot answer.
 */
@AutoService(ProtocolMapper.class)
public final class SamlRepresentationMapper extends AbstractSAMLProtocolMapper
    implements SAMLAttributeStatementMapper {

  public static final String PROVIDER_ID = "namens-saml-representation-mapper";

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
    return "Adds urn:nl-eid-gdi:1.0:ServiceUUID, ActingSubjectID, LegalSubjectID (and"
        + " IntermediateSubjectID for chain mandates) and"
        + " urn:nl-eid-gdi:1.1:RepresentationType when the user acts for a principal, after"
        + " re-checking the mandate with the register. BSNs only for clients with"
        + " namens.bsn-allowed=true.";
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
    RealmModel realm = userSession.getRealm();
    Verdict verdict = RepresentationVerifier.verify(session, realm, clientSession);
    if (!(verdict instanceof Verdict.Authorized authorized)) {
      return;
    }
    ClientModel client = clientSession.getClient();
    boolean bsnAllowed = Boolean.parseBoolean(client.getAttribute(NamensNames.CLIENT_BSN_ALLOWED));
    Optional<SubjectId> acting = subjectId(authorized.actor(), bsnAllowed, session, realm, client);
    Optional<SubjectId> legal =
        subjectId(authorized.choice().principal(), bsnAllowed, session, realm, client);
    Optional<Party> intermediary = authorized.representation().chainIntermediary();
    Optional<SubjectId> intermediate =
        intermediary.flatMap(party -> subjectId(party, bsnAllowed, session, realm, client));
    if (acting.isEmpty()
        || legal.isEmpty()
        || intermediary.isPresent() != intermediate.isPresent()) {
      LOG.warnf(
          "no pseudonym key in realm %s: representation attributes left out", realm.getName());
      return;
    }
    Map<String, String> attributes =
        SamlRepresentationAttributes.of(
            authorized.choice().service(),
            acting.get(),
            legal.get(),
            intermediate.orElse(null),
            authorized.representation());
    attributes.forEach(
        (name, value) -> {
          AttributeType attribute = new AttributeType(name);
          attribute.setNameFormat(JBossSAMLURIConstants.ATTRIBUTE_FORMAT_URI.get());
          attribute.addAttributeValue(value);
          attributeStatement.addAttribute(new AttributeStatementType.ASTChoiceType(attribute));
        });
  }

  private static Optional<SubjectId> subjectId(
      Party party,
      boolean bsnAllowed,
      KeycloakSession session,
      RealmModel realm,
      ClientModel client) {
    if (party.type().isPersonal() && !bsnAllowed) {
      Optional<Pseudonymizer> pseudonymizer = PseudonymKeys.forRealm(session, realm);
      return pseudonymizer.map(p -> SubjectId.forClient(party, false, p, client.getClientId()));
    }
    return Optional.of(SubjectId.forClient(party, bsnAllowed, null, client.getClientId()));
  }
}
