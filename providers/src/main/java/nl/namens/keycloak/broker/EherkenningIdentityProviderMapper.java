package nl.namens.keycloak.broker;

import com.google.auto.service.AutoService;
import org.keycloak.broker.provider.IdentityProviderMapper;
import org.keycloak.dom.saml.v2.assertion.AssertionType;

/**
 * {@code namens-eherkenning-mapper}: for the broker's {@code eherkenning} SAML identity provider.
 * Requires the eToegang attributes LegalSubjectID (KvK number), ActingSubjectID (pseudonym) and
 * LevelOfAssurance; the user becomes {@code eh-<kvk>-<hash>} with attributes {@code
 * namens.subject-type=KVK}, {@code namens.kvk}, {@code namens.acting-subject-id}; every login sets
 * the user session note {@code namens.loa}.
 */
@AutoService(IdentityProviderMapper.class)
public final class EherkenningIdentityProviderMapper extends AbstractNamensIdpMapper {

  public static final String PROVIDER_ID = "namens-eherkenning-mapper";

  @Override
  public String getId() {
    return PROVIDER_ID;
  }

  @Override
  public String getDisplayType() {
    return "Namens eHerkenning (KvK + pseudonym + LoA)";
  }

  @Override
  public String getHelpText() {
    return "Accepts an eHerkenning login only with the attributes urn:etoegang:core:LegalSubjectID"
               + " (KvK number), urn:etoegang:core:ActingSubjectID and"
               + " urn:etoegang:core:LevelOfAssurance; stores namens.subject-type=KVK, namens.kvk,"
               + " namens.acting-subject-id, username eh-<kvk>-<hash>, and the user session note"
               + " namens.loa. Refused logins create no user.";
  }

  @Override
  BrokeredSubject subject(AssertionType assertion, MapperConfig config) {
    return EherkenningSubject.from(assertion, config.minimumLoa());
  }
}
