package nl.namens.keycloak.broker;

import java.util.List;
import org.jboss.logging.Logger;
import org.keycloak.broker.provider.AbstractIdentityProviderMapper;
import org.keycloak.broker.provider.BrokeredIdentityContext;
import org.keycloak.broker.provider.IdentityBrokerException;
import org.keycloak.broker.saml.SAMLEndpoint;
import org.keycloak.broker.saml.SAMLIdentityProviderFactory;
import org.keycloak.dom.saml.v2.assertion.AssertionType;
import org.keycloak.models.IdentityProviderMapperModel;
import org.keycloak.models.IdentityProviderSyncMode;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.provider.ProviderConfigProperty;

/**
 * Shared plumbing of the DigiD and eHerkenning mappers: validate the assertion before any user is
 * looked up, replace the raw identifier in the brokered identity by the derived username, store the
 * user attributes and the {@code namens.loa} user session note.
 *
 * <p>The note is set on every path through Keycloak's broker: in {@link
 * #preprocessFederatedIdentity} (kept for returning users), again in {@link #importNewUser} (first
 * login: Keycloak clears the auth session's user session notes when it starts the
 * first-broker-login flow) and in {@link #updateBrokeredUser}.
 */
abstract class AbstractNamensIdpMapper extends AbstractIdentityProviderMapper {

  private static final Logger LOG = Logger.getLogger(AbstractNamensIdpMapper.class);

  static final String CATEGORY = "Namens";

  /**
   * Reads and validates the assertion; throws a refusal ({@link Refusals#refuse}) when
   * unacceptable.
   */
  abstract BrokeredSubject subject(AssertionType assertion, MapperConfig config);

  @Override
  public String[] getCompatibleProviders() {
    return new String[] {
      SAMLIdentityProviderFactory.PROVIDER_ID, NamensSamlIdentityProviderFactory.PROVIDER_ID
    };
  }

  @Override
  public String getDisplayCategory() {
    return CATEGORY;
  }

  @Override
  public List<ProviderConfigProperty> getConfigProperties() {
    return MapperConfig.PROPERTIES;
  }

  /** The mapper writes the same values in every sync mode. */
  @Override
  public boolean supportsSyncMode(IdentityProviderSyncMode syncMode) {
    return true;
  }

  @Override
  public void preprocessFederatedIdentity(
      KeycloakSession session,
      RealmModel realm,
      IdentityProviderMapperModel mapperModel,
      BrokeredIdentityContext context) {
    BrokeredSubject subject;
    String username;
    try {
      subject = subject(context, mapperModel);
      username = subject.username();
    } catch (IdentityBrokerException refusal) {
      LOG.warnf(
          "Refused login through identity provider '%s' (%s): %s",
          alias(context), refusal.getMessageCode(), refusal.getMessage());
      throw Refusals.asErrorPage(session, context.getAuthenticationSession(), refusal);
    }
    context.setId(username);
    context.setUsername(username);
    context.setModelUsername(username);
    context.setBrokerUserId(alias(context) + "." + username);
    subject.sessionNotes().forEach(context::setSessionNote);
    LOG.debugf(
        "Accepted login through identity provider '%s' as %s with LoA %s",
        alias(context), username, subject.loa().code());
  }

  @Override
  public void importNewUser(
      KeycloakSession session,
      RealmModel realm,
      UserModel user,
      IdentityProviderMapperModel mapperModel,
      BrokeredIdentityContext context) {
    apply(user, subject(context, mapperModel), context);
  }

  @Override
  public void updateBrokeredUser(
      KeycloakSession session,
      RealmModel realm,
      UserModel user,
      IdentityProviderMapperModel mapperModel,
      BrokeredIdentityContext context) {
    apply(user, subject(context, mapperModel), context);
  }

  private void apply(UserModel user, BrokeredSubject subject, BrokeredIdentityContext context) {
    subject.userAttributes().forEach(user::setSingleAttribute);
    subject.sessionNotes().forEach(context::setSessionNote);
  }

  private BrokeredSubject subject(
      BrokeredIdentityContext context, IdentityProviderMapperModel mapperModel) {
    Object assertion = context.getContextData().get(SAMLEndpoint.SAML_ASSERTION);
    if (!(assertion instanceof AssertionType)) {
      throw Refusals.refuse(
          Refusals.ASSERTION_MISSING, "no SAML assertion in the brokered identity context");
    }
    return subject((AssertionType) assertion, MapperConfig.of(mapperModel));
  }

  private static String alias(BrokeredIdentityContext context) {
    return context.getIdpConfig() == null ? null : context.getIdpConfig().getAlias();
  }
}
