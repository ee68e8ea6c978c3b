package nl.namens.keycloak.simulator;

import java.net.URI;
import org.keycloak.dom.saml.v2.assertion.AssertionType;
import org.keycloak.dom.saml.v2.assertion.AuthnContextClassRefType;
import org.keycloak.dom.saml.v2.assertion.AuthnContextType;
import org.keycloak.dom.saml.v2.assertion.AuthnStatementType;
import org.keycloak.dom.saml.v2.protocol.ResponseType;
import org.keycloak.saml.processing.core.saml.v2.util.XMLTimeUtil;

/**
 * Sets the AuthnContextClassRef of the AuthnStatement of every (unencrypted) assertion in a SAML
 * response.
 */
final class AuthnContexts {

  private AuthnContexts() {}

  /**
   * @return the number of assertions changed
   */
  static int setClassRef(ResponseType response, URI classRef) {
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

  static void setClassRef(AssertionType assertion, URI classRef) {
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
}
