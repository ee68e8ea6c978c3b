package nl.namens.keycloak.protocol.saml;

import java.net.URI;
import java.util.List;
import org.keycloak.dom.saml.v2.assertion.AssertionType;
import org.keycloak.dom.saml.v2.assertion.AttributeStatementType;
import org.keycloak.dom.saml.v2.assertion.AttributeType;
import org.keycloak.dom.saml.v2.assertion.AuthnContextClassRefType;
import org.keycloak.dom.saml.v2.assertion.AuthnContextType;
import org.keycloak.dom.saml.v2.assertion.AuthnStatementType;
import org.keycloak.dom.saml.v2.protocol.ResponseType;
import org.keycloak.saml.common.constants.JBossSAMLURIConstants;
import org.keycloak.saml.processing.core.saml.v2.util.XMLTimeUtil;

/**
 * Sets the AuthnContextClassRef of the AuthnStatement, and an attribute, of every (unencrypted)
 * assertion in a SAML response: the broker's assertions to service providers (the level reached) and
 * the simulators' (module {@code simulators}, on the same class path).
 */
public final class AuthnContexts {

  private AuthnContexts() {}

  /**
   * @return the number of assertions changed
   */
  public static int setClassRef(ResponseType response, URI classRef) {
    int changed = 0;
    for (ResponseType.RTChoiceType choice : response.getAssertions()) {
      AssertionType assertion = choice.getAssertion();
      if (assertion != null) {
        setClassRef(assertion, classRef);
        changed++;
      }
    }
    return changed;
  }

  public static void setClassRef(AssertionType assertion, URI classRef) {
    AuthnStatementType statement =
        assertion.getStatements().stream()
            .filter(AuthnStatementType.class::isInstance)
            .map(AuthnStatementType.class::cast)
            .findFirst()
            .orElse(null);
    if (statement == null) {
      statement = new AuthnStatementType(XMLTimeUtil.getIssueInstant());
      assertion.addStatement(statement);
    }
    AuthnContextType authnContext = statement.getAuthnContext();
    if (authnContext == null) {
      authnContext = new AuthnContextType();
      statement.setAuthnContext(authnContext);
    }
    AuthnContextType.AuthnContextTypeSequence sequence = authnContext.getSequence();
    if (sequence == null) {
      sequence = new AuthnContextType.AuthnContextTypeSequence();
      authnContext.setSequence(sequence);
    }
    sequence.setClassRef(new AuthnContextClassRefType(classRef));
  }

  /**
   * Sets the attribute {@code name} (name format URI) to the one {@code value} in every assertion,
   * replacing what an attribute mapper may have put there.
   */
  public static void setAttribute(ResponseType response, String name, String value) {
    for (ResponseType.RTChoiceType choice : response.getAssertions()) {
      AssertionType assertion = choice.getAssertion();
      if (assertion == null) {
        continue;
      }
      AttributeStatementType statement =
          assertion.getStatements().stream()
              .filter(AttributeStatementType.class::isInstance)
              .map(AttributeStatementType.class::cast)
              .findFirst()
              .orElse(null);
      if (statement == null) {
        statement = new AttributeStatementType();
        assertion.addStatement(statement);
      }
      List<AttributeStatementType.ASTChoiceType> old =
          statement.getAttributes().stream()
              .filter(a -> a.getAttribute() != null && name.equals(a.getAttribute().getName()))
              .toList();
      old.forEach(statement::removeAttribute);
      AttributeType attribute = new AttributeType(name);
      attribute.setNameFormat(JBossSAMLURIConstants.ATTRIBUTE_FORMAT_URI.get());
      attribute.addAttributeValue(value);
      statement.addAttribute(new AttributeStatementType.ASTChoiceType(attribute));
    }
  }
}
