package nl.namens.keycloak.simulator;

import com.google.auto.service.AutoService;
import java.util.List;
import org.keycloak.dom.saml.v2.assertion.AttributeStatementType;
import org.keycloak.dom.saml.v2.assertion.AttributeType;
import org.keycloak.dom.saml.v2.assertion.NameIDType;
import org.keycloak.models.AuthenticatedClientSessionModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.ProtocolMapperModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.UserSessionModel;
import org.keycloak.protocol.ProtocolMapper;
import org.keycloak.protocol.saml.mappers.AbstractSAMLProtocolMapper;
import org.keycloak.protocol.saml.mappers.AttributeStatementHelper;
import org.keycloak.protocol.saml.mappers.SAMLAttributeStatementMapper;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.saml.common.constants.JBossSAMLURIConstants;

/**
 * {@code namens-sim-legal-subject-mapper}: the eHerkenning simulator's {@code urn:etoegang:core:LegalSubjectID}
 * as eToegang sends it: a {@code NameID} whose {@code NameQualifier} says what identifies the company —
 * {@value #KVK_QUALIFIER} for the test person's attribute {@value #KVK_ATTRIBUTE}, else {@value #RSIN_QUALIFIER}
 * for {@value #RSIN_ATTRIBUTE}. The value is passed as it is (the simulator also serves refusal tests).
 */
@AutoService(ProtocolMapper.class)
public final class SimLegalSubjectMapper extends AbstractSAMLProtocolMapper implements SAMLAttributeStatementMapper {

  public static final String PROVIDER_ID = "namens-sim-legal-subject-mapper";

  static final String ATTRIBUTE = "urn:etoegang:core:LegalSubjectID";
  static final String KVK_ATTRIBUTE = "kvk";
  static final String RSIN_ATTRIBUTE = "rsin";
  static final String KVK_QUALIFIER = "urn:etoegang:1.9:EntityConcernedID:KvKnr";
  static final String RSIN_QUALIFIER = "urn:etoegang:1.9:EntityConcernedID:RSIN";

  @Override
  public String getId() {
    return PROVIDER_ID;
  }

  @Override
  public String getDisplayType() {
    return "Namens simulator: eToegang LegalSubjectID";
  }

  @Override
  public String getDisplayCategory() {
    return AttributeStatementHelper.ATTRIBUTE_STATEMENT_CATEGORY;
  }

  @Override
  public String getHelpText() {
    return "eHerkenning simulator: urn:etoegang:core:LegalSubjectID as a NameID with NameQualifier"
        + " urn:etoegang:1.9:EntityConcernedID:KvKnr (user attribute kvk) or :RSIN (user attribute rsin).";
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
    NameIDType nameId = legalSubject(userSession.getUser());
    if (nameId == null) {
      return; // a test person without a company: the broker refuses the login
    }
    AttributeType attribute = new AttributeType(ATTRIBUTE);
    attribute.setNameFormat(JBossSAMLURIConstants.ATTRIBUTE_FORMAT_URI.get());
    attribute.addAttributeValue(nameId);
    attributeStatement.addAttribute(new AttributeStatementType.ASTChoiceType(attribute));
  }

  /** The company of {@code user} as a NameID: its KvK number, else its RSIN; null when it has neither. */
  static NameIDType legalSubject(UserModel user) {
    String kvk = user == null ? null : user.getFirstAttribute(KVK_ATTRIBUTE);
    String rsin = user == null ? null : user.getFirstAttribute(RSIN_ATTRIBUTE);
    if (kvk == null && rsin == null) {
      return null;
    }
    NameIDType nameId = new NameIDType();
    nameId.setValue(kvk != null ? kvk : rsin);
    nameId.setNameQualifier(kvk != null ? KVK_QUALIFIER : RSIN_QUALIFIER);
    return nameId;
  }
}
