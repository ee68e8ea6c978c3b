package nl.namens.keycloak.catalogue;

import com.google.auto.service.AutoService;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import nl.namens.identifiers.LevelOfAssurance;
import nl.namens.identifiers.ServiceCategory;
import nl.namens.keycloak.register.RegisterClient;
import nl.namens.keycloak.register.ServiceUse;
import nl.namens.keycloak.representation.ClientServices;
import nl.namens.keycloak.representation.NamensNames;
import org.jboss.logging.Logger;
import org.keycloak.Config;
import org.keycloak.component.ComponentModel;
import org.keycloak.component.ComponentValidationException;
import org.keycloak.models.ClientScopeModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.RealmModel;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.provider.ProviderConfigurationBuilder;
import org.keycloak.services.ErrorResponse;
import org.keycloak.services.ui.extend.UiPageProvider;
import org.keycloak.services.ui.extend.UiPageProviderFactory;

/**
 * The service catalogue (dienstencatalogus) as a page of the Keycloak admin console (issue 12): each service a realm
 * component of this page, under the realm. This is the one source of truth: the clients' "Namens services" tab
 * ({@code ClientServicesTab}) offers only services listed here, and the register takes the catalogue from the broker
 * ({@code GET /admin/realms/{realm}/namens/catalogue}). realm-config carries the demo catalogue as these components.
 *
 * <p>Refused with a clear message, changing nothing: a service UUID that is no UUID, taken by another entry, or changed
 * on an existing entry; an empty or over-long name or provider; a category or level of assurance outside the shared
 * vocabularies; a removal while a client still offers the service, while the register holds live mandates naming it,
 * or while the register cannot say (fail closed). A service that is no longer offered is <em>retired</em>, not removed.
 *
 * <p>Saving a new service creates its client scope {@code urn:uuid:<service>} (the scope a client requests to name the
 * service); removing an unused one removes that scope.
 */
@AutoService(UiPageProviderFactory.class)
public final class ServiceCataloguePage implements UiPageProvider, UiPageProviderFactory<ComponentModel> {

  private static final Logger LOG = Logger.getLogger(ServiceCataloguePage.class);

  public static final String PROVIDER_ID = "namens-dienstencatalogus";
  public static final String PROVIDER_TYPE = UiPageProvider.class.getName();

  public static final String SERVICE_ID = "serviceId";
  public static final String NAME = "name";
  public static final String PROVIDER = "provider";
  public static final String CATEGORY = "category";
  public static final String MINIMUM_LOA = "minimumLoa";
  public static final String SETTLES_ESTATE = "settlesEstate";
  public static final String SELF_SERVICE = "allowsSelfServiceUnderRepresentation";
  public static final String RETIRED = "retired";

  static final int MAX_TEXT = 200;
  static final String SCOPE_PREFIX = "urn:uuid:";

  private static final List<ProviderConfigProperty> PROPERTIES =
      ProviderConfigurationBuilder.create()
          .property()
          .name(NAME)
          .label("Naam / Name")
          .helpText("The service's name as people see it on the acting-for page and in the portal (at most 200).")
          .type(ProviderConfigProperty.STRING_TYPE)
          .required(true)
          .add()
          .property()
          .name(SERVICE_ID)
          .label("Dienst-UUID / Service UUID")
          .helpText("The service's UUID (ServiceUUID in SAML, scope urn:uuid:<uuid> in OIDC). It never changes.")
          .type(ProviderConfigProperty.STRING_TYPE)
          .required(true)
          .add()
          .property()
          .name(CATEGORY)
          .label("Categorie / Category")
          .helpText(
              "What the service is about. Legal representation holds per category: a bewindvoerder for financial,"
                  + " a mentor for care, curatele for all.")
          .type(ProviderConfigProperty.LIST_TYPE)
          .options(ServiceCategory.codes())
          .defaultValue(ServiceCategory.GENERAL.code())
          .required(true)
          .add()
          .property()
          .name(PROVIDER)
          .label("Aanbieder / Provider")
          .helpText("The organisation that offers the service (at most 200).")
          .type(ProviderConfigProperty.STRING_TYPE)
          .required(true)
          .add()
          .property()
          .name(MINIMUM_LOA)
          .label("Minimaal betrouwbaarheidsniveau / Minimum level of assurance")
          .helpText("The lowest eIDAS level a login must reach to act for someone at this service.")
          .type(ProviderConfigProperty.LIST_TYPE)
          .options(Stream.of(LevelOfAssurance.values()).map(LevelOfAssurance::code).toList())
          .defaultValue(LevelOfAssurance.SUBSTANTIEEL.code())
          .required(true)
          .add()
          .property()
          .name(SETTLES_ESTATE)
          .label("Nabestaanden / Survivors")
          .helpText("Survivors may act for a deceased person here (settling the estate).")
          .type(ProviderConfigProperty.BOOLEAN_TYPE)
          .defaultValue("false")
          .add()
          .property()
          .name(SELF_SERVICE)
          .label("Zelf doen onder vertegenwoordiging / Self-service under representation")
          .helpText("A person under curatele or bewind may still use this service for themselves.")
          .type(ProviderConfigProperty.BOOLEAN_TYPE)
          .defaultValue("false")
          .add()
          .property()
          .name(RETIRED)
          .label("Beëindigd / Retired")
          .helpText("No new mandates and no representation for this service; existing mandates keep their history.")
          .type(ProviderConfigProperty.BOOLEAN_TYPE)
          .defaultValue("false")
          .add()
          .build();

  @Override
  public String getId() {
    return PROVIDER_ID;
  }

  @Override
  public String getHelpText() {
    return "Namens: the service catalogue (dienstencatalogus) — services people can be represented for";
  }

  @Override
  public List<ProviderConfigProperty> getConfigProperties() {
    return PROPERTIES;
  }

  @Override
  public Map<String, Object> getTypeMetadata() {
    return Map.of("displayFields", List.of(NAME, SERVICE_ID, CATEGORY));
  }

  /** The realm's catalogue: every stored component of this page. */
  public static Stream<ComponentModel> components(RealmModel realm) {
    return realm.getComponentsStream(realm.getId(), PROVIDER_TYPE).filter(c -> PROVIDER_ID.equals(c.getProviderId()));
  }

  /** The realm's catalogue as entries. */
  public static Stream<CatalogueEntry> entries(RealmModel realm) {
    return components(realm).map(CatalogueEntry::of);
  }

  /** The entry for a service UUID, if the realm's catalogue lists it. */
  public static Optional<CatalogueEntry> find(RealmModel realm, String serviceId) {
    return entries(realm).filter(e -> e.serviceId().equals(serviceId)).findFirst();
  }

  static String serviceId(ComponentModel model) {
    String raw = model.get(SERVICE_ID);
    return raw == null ? null : raw.trim().toLowerCase(Locale.ROOT);
  }

  @Override
  public void validateConfiguration(KeycloakSession session, RealmModel realm, ComponentModel model)
      throws ComponentValidationException {
    if (!realm.getId().equals(model.getParentId())) {
      throw new ComponentValidationException("A catalogue entry belongs to the realm itself");
    }
    String id = serviceId(model);
    if (id == null || id.isEmpty()) {
      throw new ComponentValidationException("Service UUID is required");
    }
    if (!isUuid(id)) {
      throw new ComponentValidationException("Service UUID is not a UUID (8-4-4-4-12 hexadecimal digits): " + shown(id));
    }
    model.getConfig().putSingle(SERVICE_ID, id); // stored in one spelling: lower case, no spaces
    if (model.getId() != null) {
      ComponentModel stored = realm.getComponent(model.getId());
      if (stored != null && !id.equals(serviceId(stored))) {
        throw new ComponentValidationException(
            "A service's UUID never changes (it is " + serviceId(stored) + "): retire this service and add a new one");
      }
    }
    Optional<ComponentModel> other =
        components(realm).filter(c -> !c.getId().equals(model.getId())).filter(c -> id.equals(serviceId(c))).findFirst();
    if (other.isPresent()) {
      throw new ComponentValidationException(
          "Service UUID " + id + " is already in the catalogue (" + CatalogueEntry.of(other.get()).name() + ")");
    }
    text(model, NAME, "Name");
    text(model, PROVIDER, "Provider");
    String category = model.get(CATEGORY);
    if (ServiceCategory.fromCode(category).isEmpty()) {
      throw new ComponentValidationException(
          "Unknown category " + shown(category) + ": one of " + String.join(", ", ServiceCategory.codes()));
    }
    String loa = model.get(MINIMUM_LOA);
    if (LevelOfAssurance.fromCode(loa).isEmpty()) {
      throw new ComponentValidationException(
          "Minimum level of assurance " + shown(loa) + " is not one of basis, midden, substantieel, hoog");
    }
    for (String flag : List.of(SETTLES_ESTATE, SELF_SERVICE, RETIRED)) {
      String value = model.get(flag);
      if (value != null && !value.equals("true") && !value.equals("false")) {
        throw new ComponentValidationException(flag + " is true or false, not " + shown(value));
      }
    }
  }

  @Override
  public void onCreate(KeycloakSession session, RealmModel realm, ComponentModel model) {
    CatalogueEntry entry = CatalogueEntry.of(model);
    ClientScopeModel scope = ensureScope(realm, entry.serviceId());
    scope.setDescription("Service " + entry.name() + ": request representation for this service");
    LOG.infof("realm %s: service %s added to the catalogue", realm.getName(), entry.serviceId());
  }

  @Override
  public void onUpdate(KeycloakSession session, RealmModel realm, ComponentModel oldModel, ComponentModel newModel) {
    CatalogueEntry entry = CatalogueEntry.of(newModel);
    ClientScopeModel scope = ensureScope(realm, entry.serviceId());
    scope.setDescription("Service " + entry.name() + ": request representation for this service");
  }

  /**
   * Refuses removing a service that a client offers or that live mandates name (or when the register cannot say); an
   * unused one loses its client scope too. Only an administrator's removal of this entry is refused this way: when the
   * whole realm is deleted, its components go with it.
   */
  @Override
  public void preRemove(KeycloakSession session, RealmModel realm, ComponentModel model) {
    if (!isComponentRemoval(session)) {
      return;
    }
    String id = serviceId(model);
    List<String> offeredBy =
        realm
            .getClientsStream()
            .filter(c -> ClientServices.parse(c.getAttribute(NamensNames.CLIENT_SERVICES)).contains(id))
            .map(c -> c.getClientId())
            .sorted()
            .toList();
    if (!offeredBy.isEmpty()) {
      throw refused(
          "Service " + id + " is still offered by client(s) " + String.join(", ", offeredBy)
              + ": take it off their Namens services tab first, or mark the service retired");
    }
    RegisterClient register = session.getProvider(RegisterClient.class);
    ServiceUse use = register == null ? new ServiceUse.Unavailable("no register client") : register.serviceUse(realm, id);
    if (use instanceof ServiceUse.InUse inUse) {
      throw refused(
          "Service " + id + " is named by " + inUse.mandates() + " mandate(s) in the register that have not ended:"
              + " mark it retired instead (its mandates keep their history)");
    }
    if (use instanceof ServiceUse.Unavailable unavailable) {
      throw refused(
          "The register cannot say now whether mandates name service " + id + " (" + unavailable.reason()
              + "): nothing was removed, try again later");
    }
    scope(realm, id).ifPresent(scope -> realm.removeClientScope(scope.getId()));
    LOG.infof("realm %s: service %s removed from the catalogue", realm.getName(), id);
  }

  /**
   * A refused removal: 400 with the reason as {@code errorMessage} (what the console shows), and Keycloak rolls the
   * request's transaction back. (A {@link ComponentValidationException} here would be a 500: the admin API maps it to
   * 400 only on create and update.)
   */
  private static RuntimeException refused(String message) {
    return ErrorResponse.error(message, Response.Status.BAD_REQUEST);
  }

  private static boolean isComponentRemoval(KeycloakSession session) {
    if (session.getContext() == null || session.getContext().getHttpRequest() == null) {
      return false;
    }
    String method = session.getContext().getHttpRequest().getHttpMethod();
    String path = session.getContext().getUri() == null ? "" : session.getContext().getUri().getPath();
    return "DELETE".equals(method) && path.contains("/components/");
  }

  /** The service's client scope {@code urn:uuid:<service>}, created when the realm has none yet. */
  public static ClientScopeModel ensureScope(RealmModel realm, String serviceId) {
    return scope(realm, serviceId).orElseGet(() -> newScope(realm, serviceId));
  }

  private static ClientScopeModel newScope(RealmModel realm, String serviceId) {
    ClientScopeModel scope = realm.addClientScope(SCOPE_PREFIX + serviceId);
    scope.setProtocol("openid-connect");
    scope.setIncludeInTokenScope(true);
    scope.setDisplayOnConsentScreen(false);
    return scope;
  }

  /** The service's client scope {@code urn:uuid:<service>}, if the realm has one. */
  public static Optional<ClientScopeModel> scope(RealmModel realm, String serviceId) {
    return realm.getClientScopesStream().filter(s -> (SCOPE_PREFIX + serviceId).equals(s.getName())).findFirst();
  }

  private static void text(ComponentModel model, String key, String label) {
    String value = model.get(key);
    String trimmed = value == null ? "" : value.trim();
    if (trimmed.isEmpty()) {
      throw new ComponentValidationException(label + " is required");
    }
    if (trimmed.length() > MAX_TEXT) {
      throw new ComponentValidationException(label + " is longer than " + MAX_TEXT + " characters");
    }
    if (trimmed.chars().anyMatch(Character::isISOControl)) {
      throw new ComponentValidationException(label + " holds a control character");
    }
    model.getConfig().putSingle(key, trimmed);
  }

  static boolean isUuid(String value) {
    if (value.length() != 36) {
      return false;
    }
    try {
      return UUID.fromString(value).toString().equals(value);
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /** A value for a message: at most 40 characters, control characters shown as '?'. */
  private static String shown(String value) {
    return Shown.quoted(value, 40);
  }

  @Override
  public void init(Config.Scope config) {}

  @Override
  public void postInit(KeycloakSessionFactory factory) {}

  @Override
  public void close() {}
}
