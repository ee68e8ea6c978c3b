package nl.namens.keycloak.broker;

import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.keycloak.dom.saml.v2.assertion.AssertionType;
import org.keycloak.dom.saml.v2.assertion.AttributeStatementType;
import org.keycloak.dom.saml.v2.assertion.AttributeType;
import org.keycloak.dom.saml.v2.assertion.AuthnContextClassRefType;
import org.keycloak.dom.saml.v2.assertion.AuthnContextType;
import org.keycloak.dom.saml.v2.assertion.AuthnStatementType;
import org.keycloak.dom.saml.v2.assertion.BaseIDAbstractType;
import org.keycloak.dom.saml.v2.assertion.NameIDType;
import org.keycloak.dom.saml.v2.assertion.SubjectType;

/** Null-safe reading of the parts of a (validated, decrypted) SAML assertion the mappers need. */
final class SamlAssertions {

  private SamlAssertions() {}

  /** The Subject's NameID value, or null. */
  static String nameIdValue(AssertionType assertion) {
    SubjectType subject = assertion.getSubject();
    if (subject == null || subject.getSubType() == null) {
      return null;
    }
    BaseIDAbstractType baseId = subject.getSubType().getBaseID();
    return baseId instanceof NameIDType ? ((NameIDType) baseId).getValue() : null;
  }

  /** The AuthnContextClassRef of the first AuthnStatement, or null. */
  static String authnContextClassRef(AssertionType assertion) {
    return assertion.getStatements().stream()
        .filter(AuthnStatementType.class::isInstance)
        .map(AuthnStatementType.class::cast)
        .findFirst()
        .map(AuthnStatementType::getAuthnContext)
        .map(AuthnContextType::getSequence)
        .map(AuthnContextType.AuthnContextTypeSequence::getClassRef)
        .map(AuthnContextClassRefType::getValue)
        .map(URI::toString)
        .orElse(null);
  }

  /**
   * All values of the attributes with this Name, as {@link AttributeValue}s: a plain string value,
   * or a NameID element (eToegang sends e.g. LegalSubjectID as a NameID with a NameQualifier).
   */
  static List<AttributeValue> attributeValues(AssertionType assertion, String name) {
    return attributeValuesMatching(assertion, Pattern.compile(Pattern.quote(name)));
  }

  /** The values of every attribute whose name matches {@code name} (e.g. any eToegang version of one attribute). */
  static List<AttributeValue> attributeValuesMatching(AssertionType assertion, Pattern name) {
    return assertion.getAttributeStatements().stream()
        .map(AttributeStatementType::getAttributes)
        .flatMap(List::stream)
        .map(AttributeStatementType.ASTChoiceType::getAttribute)
        .filter(Objects::nonNull)
        .filter(attribute -> attribute.getName() != null && name.matcher(attribute.getName()).matches())
        .map(AttributeType::getAttributeValue)
        .flatMap(List::stream)
        .filter(Objects::nonNull)
        .map(SamlAssertions::toAttributeValue)
        .toList();
  }

  private static AttributeValue toAttributeValue(Object value) {
    if (value instanceof NameIDType) {
      NameIDType nameId = (NameIDType) value;
      return new AttributeValue(nameId.getValue(), nameId.getNameQualifier());
    }
    return new AttributeValue(value.toString(), null);
  }

  /** One attribute value; {@code nameQualifier} only when it was a NameID. */
  record AttributeValue(String value, String nameQualifier) {
    @Override
    public String toString() {
      return "AttributeValue[nameQualifier=" + nameQualifier + "]";
    }
  }
}
