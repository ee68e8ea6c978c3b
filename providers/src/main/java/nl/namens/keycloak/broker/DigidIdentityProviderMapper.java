package nl.namens.keycloak.broker;

import com.google.auto.service.AutoService;
import org.keycloak.broker.provider.IdentityProviderMapper;
import org.keycloak.dom.saml.v2.assertion.AssertionType;

/**
 * {@code namens-digid-mapper}: for the broker's {@code digid} SAML identity provider. Accepts only
 * a NameID {@code s00000000:<BSN>} with a valid BSN and a known LoA in the AuthnContextClassRef;
 * the user becomes {@code digid-<hash>} with attributes {@code namens.subject-type=BSN} and {@code
 * namens.bsn}; every login sets the user session note {@code namens.loa}.
 */
@AutoService(IdentityProviderMapper.class)
public final class DigidIdentityProviderMapper extends AbstractNamensIdpMapper {

  public static final String PROVIDER_ID = "namens-digid-mapper";

  @Override
  public String getId() {
    return PROVIDER_ID;
  }

  @Override
  public String getDisplayType() {
    return "Namens DigiD (BSN + LoA)";
  }

  @Override
  public String getHelpText() {
    return "Accepts a DigiD login only with NameID s00000000:<BSN> (11-proef) and a known level of"
               + " assurance in the AuthnContextClassRef; stores namens.subject-type=BSN and"
               + " namens.bsn, username digid-<hash>, and the user session note namens.loa. Refused"
               + " logins create no user.";
  }

  @Override
  BrokeredSubject subject(AssertionType assertion, MapperConfig config) {
    return DigidSubject.from(assertion, config.minimumLoa());
  }
}
