package nl.namens.keycloak.broker;

import javax.xml.datatype.XMLGregorianCalendar;
import org.keycloak.dom.saml.v2.assertion.AssertionType;
import org.keycloak.dom.saml.v2.assertion.AttributeStatementType;
import org.keycloak.dom.saml.v2.assertion.AttributeType;
import org.keycloak.dom.saml.v2.assertion.NameIDType;
import org.keycloak.dom.saml.v2.assertion.SubjectType;
import org.keycloak.saml.processing.core.saml.v2.util.StatementUtil;
import org.keycloak.saml.processing.core.saml.v2.util.XMLTimeUtil;

/** Builds SAML assertions the way Keycloak's SAML parser hands them to the mappers. */
final class TestAssertions {

  private final AssertionType assertion;
  private AttributeStatementType attributes;

  private TestAssertions() {
    XMLGregorianCalendar now = XMLTimeUtil.getIssueInstant();
    assertion = new AssertionType("ID_test", now);
    assertion.setSubject(new SubjectType());
  }

  static TestAssertions assertion() {
    return new TestAssertions();
  }

  TestAssertions nameId(String value) {
    NameIDType nameId = new NameIDType();
    nameId.setValue(value);
    SubjectType.STSubType subType = new SubjectType.STSubType();
    subType.addBaseID(nameId);
    assertion.getSubject().setSubType(subType);
    return this;
  }

  TestAssertions authnContextClassRef(String uri) {
    assertion.addStatement(StatementUtil.createAuthnStatement(XMLTimeUtil.getIssueInstant(), uri));
    return this;
  }

  TestAssertions attribute(String name, Object... values) {
    if (attributes == null) {
      attributes = new AttributeStatementType();
      assertion.addStatement(attributes);
    }
    AttributeType attribute = new AttributeType(name);
    for (Object value : values) {
      attribute.addAttributeValue(value);
    }
    attributes.addAttribute(new AttributeStatementType.ASTChoiceType(attribute));
    return this;
  }

  static NameIDType nameIdValue(String value, String nameQualifier) {
    NameIDType nameId = new NameIDType();
    nameId.setValue(value);
    nameId.setNameQualifier(nameQualifier);
    return nameId;
  }

  AssertionType build() {
    return assertion;
  }
}
