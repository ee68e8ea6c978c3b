package nl.namens.keycloak.simulator;

import com.google.auto.service.AutoService;
import java.net.URI;
import java.util.List;
import java.util.Map;
import nl.namens.identifiers.LevelOfAssurance;
import nl.namens.keycloak.protocol.saml.AuthnContexts;
import org.jboss.logging.Logger;
import org.keycloak.dom.saml.v2.protocol.ResponseType;
import org.keycloak.models.ClientSessionContext;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.ProtocolMapperModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.UserSessionModel;
import org.keycloak.protocol.ProtocolMapper;
import org.keycloak.protocol.saml.mappers.AbstractSAMLProtocolMapper;
import org.keycloak.protocol.saml.mappers.SAMLLoginResponseMapper;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.provider.ProviderConfigurationBuilder;

/**
 * {@code namens-sim-loa-mapper}: SAML protocol mapper of the DigiD simulator's client. Writes the
 * test person's level of assurance as the assertion's AuthnContextClassRef (the eIDAS/Logius URI),
 * taken from the user session note {@code sim.loa}, else the user attribute {@code loa}, else the
 * configured default ({@code basis}). When the broker asked for a higher level ({@link
 * RequestedLoaPreprocessor}), the person reaches it up to their {@value #MAX_ATTRIBUTE}, as DigiD
 * would with the app. Login response mappers run before Keycloak signs the
 * response.
 */
@AutoService(ProtocolMapper.class)
public final class SimLoaProtocolMapper extends AbstractSAMLProtocolMapper
    implements SAMLLoginResponseMapper {

  public static final String PROVIDER_ID = "namens-sim-loa-mapper";

  static final String CONFIG_NOTE = "loa.note";
  static final String CONFIG_ATTRIBUTE = "loa.attribute";
  static final String CONFIG_DEFAULT = "loa.default";
  static final String CONFIG_SCHEME = "loa.scheme";

  /** The DigiD simulator's scheme (default): the eIDAS/Logius URI as AuthnContextClassRef. */
  static final String SCHEME_EIDAS = "eidas";

  /**
   * The eHerkenning simulator's scheme: the eToegang assurance-class URN as AuthnContextClassRef and as the
   * attribute {@value #ETOEGANG_LOA_ATTRIBUTE}.
   */
  static final String SCHEME_ETOEGANG = "etoegang";

  static final String ETOEGANG_LOA_ATTRIBUTE = "urn:etoegang:core:LevelOfAssurance";
  static final String DEFAULT_NOTE = "sim.loa";
  static final String DEFAULT_ATTRIBUTE = "loa";

  /**
   * User attribute: the highest LoA the test person can reach when the broker asks for more (the
   * DigiD app with an identity check); without it the usual LoA is also the highest.
   */
  static final String MAX_ATTRIBUTE = "loa-max";

  private static final Logger LOG = Logger.getLogger(SimLoaProtocolMapper.class);

  private static final List<ProviderConfigProperty> CONFIG_PROPERTIES =
      ProviderConfigurationBuilder.create()
          .property()
          .name(CONFIG_NOTE)
          .label("User session note")
          .helpText(
              "User session note holding the LoA to assert (code or URI); it wins over the"
                  + " attribute.")
          .type(ProviderConfigProperty.STRING_TYPE)
          .defaultValue(DEFAULT_NOTE)
          .add()
          .property()
          .name(CONFIG_ATTRIBUTE)
          .label("User attribute")
          .helpText(
              "User attribute holding the test person's LoA code (basis, midden, substantieel,"
                  + " hoog).")
          .type(ProviderConfigProperty.STRING_TYPE)
          .defaultValue(DEFAULT_ATTRIBUTE)
          .add()
          .property()
          .name(CONFIG_DEFAULT)
          .label("Default LoA")
          .helpText("LoA asserted when neither the note nor the attribute holds a known level.")
          .type(ProviderConfigProperty.LIST_TYPE)
          .options(
              LevelOfAssurance.BASIS.code(),
              LevelOfAssurance.MIDDEN.code(),
              LevelOfAssurance.SUBSTANTIEEL.code(),
              LevelOfAssurance.HOOG.code())
          .defaultValue(LevelOfAssurance.BASIS.code())
          .add()
          .property()
          .name(CONFIG_SCHEME)
          .label("Scheme")
          .helpText(
              "eidas (DigiD): the eIDAS/Logius URI as AuthnContextClassRef; etoegang (eHerkenning): the"
                  + " assurance-class URN as AuthnContextClassRef and as attribute"
                  + " urn:etoegang:core:LevelOfAssurance.")
          .type(ProviderConfigProperty.LIST_TYPE)
          .options(SCHEME_EIDAS, SCHEME_ETOEGANG)
          .defaultValue(SCHEME_EIDAS)
          .add()
          .build();

  @Override
  public String getId() {
    return PROVIDER_ID;
  }

  @Override
  public String getDisplayType() {
    return "Namens simulator: LoA as AuthnContextClassRef";
  }

  @Override
  public String getDisplayCategory() {
    return "Namens simulator";
  }

  @Override
  public String getHelpText() {
    return "DigiD simulator: sets the assertion's AuthnContextClassRef to the LoA URI from the user"
               + " session note sim.loa, else the user attribute loa, else the default (basis).";
  }

  @Override
  public List<ProviderConfigProperty> getConfigProperties() {
    return CONFIG_PROPERTIES;
  }

  @Override
  public ResponseType transformLoginResponse(
      ResponseType response,
      ProtocolMapperModel mappingModel,
      KeycloakSession session,
      UserSessionModel userSession,
      ClientSessionContext clientSessionCtx) {
    Map<String, String> config =
        mappingModel.getConfig() == null ? Map.of() : mappingModel.getConfig();
    String note = userSession.getNote(config.getOrDefault(CONFIG_NOTE, DEFAULT_NOTE));
    UserModel user = userSession.getUser();
    String attribute =
        user == null
            ? null
            : user.getFirstAttribute(config.getOrDefault(CONFIG_ATTRIBUTE, DEFAULT_ATTRIBUTE));
    LevelOfAssurance fallback =
        SimulatedLoa.parse(config.get(CONFIG_DEFAULT)).orElse(LevelOfAssurance.BASIS);
    LevelOfAssurance usual = SimulatedLoa.resolve(note, attribute, fallback);
    String maximum = user == null ? null : user.getFirstAttribute(MAX_ATTRIBUTE);
    String requested =
        clientSessionCtx == null || clientSessionCtx.getClientSession() == null
            ? null
            : clientSessionCtx.getClientSession().getNote(RequestedLoaPreprocessor.NOTE);
    LevelOfAssurance loa = SimulatedLoa.asked(usual, requested, maximum);
    boolean etoegang = SCHEME_ETOEGANG.equals(config.get(CONFIG_SCHEME));
    int changed =
        AuthnContexts.setClassRef(response, URI.create(etoegang ? loa.eherkenningUri() : loa.uri()));
    if (etoegang) {
      AuthnContexts.setAttribute(response, ETOEGANG_LOA_ATTRIBUTE, loa.eherkenningUri());
    }
    LOG.infof(
        "Simulator asserts LoA %s (usual %s, asked %s, highest %s) in %d assertion(s)",
        loa.code(), usual.code(), requested, maximum, changed);
    return response;
  }
}
