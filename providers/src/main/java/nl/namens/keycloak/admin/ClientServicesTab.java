package nl.namens.keycloak.admin;

import com.google.auto.service.AutoService;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import nl.namens.keycloak.catalogue.CatalogueEntry;
import nl.namens.keycloak.catalogue.ServiceCataloguePage;
import nl.namens.keycloak.catalogue.Shown;
import nl.namens.keycloak.representation.ClientServices;
import nl.namens.keycloak.representation.NamensNames;
import org.keycloak.Config;
import org.keycloak.component.ComponentModel;
import org.keycloak.component.ComponentValidationException;
import org.keycloak.models.ClientModel;
import org.keycloak.models.ClientScopeModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.RealmModel;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.provider.ProviderConfigurationBuilder;
import org.keycloak.services.ui.extend.UiTabProvider;
import org.keycloak.services.ui.extend.UiTabProviderFactory;

/**
 * A "Namens services" tab on each client in the Keycloak admin console (issue 12): which services of the catalogue
 * ({@link ServiceCataloguePage}) the client offers and whether it may receive BSNs. On save this factory writes the
 * client's {@value NamensNames#CLIENT_SERVICES} and {@value NamensNames#CLIENT_BSN_ALLOWED} attributes and gives it the
 * services' scopes as optional scopes: the attributes the broker reads stay the one place it looks.
 *
 * <p>How the console stores a tab (Keycloak 26.5, {@code PageHandler.tsx}): one component per realm and tab provider,
 * parent the realm, the route's parameters merged into its config (here {@value #CLIENT_PARAM}: the client's internal
 * id), and the form pre-filled with whatever that one component last held, which may be another client's. So the form
 * names its client: {@value #CONFIRM_CLIENT} must be the Client ID of the client being changed, and a form still
 * showing another client's services is refused instead of copied onto this one. The admin API may also store a tab
 * with the client as parent. Refused, changing nothing: no such client, a Client ID that is not this client's, a
 * service not in the catalogue or retired, a BSN permission that is not a boolean.
 */
@AutoService(UiTabProviderFactory.class)
public final class ClientServicesTab implements UiTabProvider, UiTabProviderFactory<ComponentModel> {

  public static final String PROVIDER_ID = "namens-services";
  public static final String SERVICES = "services";
  public static final String BSN_ALLOWED = "bsnAllowed";
  public static final String CONFIRM_CLIENT = "client";

  /** The console's route parameter that it merges into the saved config: the client's internal id. */
  public static final String CLIENT_PARAM = "clientId";

  private static final List<ProviderConfigProperty> PROPERTIES =
      ProviderConfigurationBuilder.create()
          .property()
          .name(SERVICES)
          .label("Diensten / Services")
          .helpText(
              "UUIDs of the catalogue's services this client offers (each has a client scope urn:uuid:<uuid>)."
                  + " A client with services gets the acting-for step and the represents claim.")
          .type(ProviderConfigProperty.MULTIVALUED_STRING_TYPE)
          .add()
          .property()
          .name(BSN_ALLOWED)
          .label("Mag BSN ontvangen / May receive BSNs")
          .helpText("Only for a service with a legal basis to process BSNs; it must register an encryption key.")
          .type(ProviderConfigProperty.BOOLEAN_TYPE)
          .defaultValue("false")
          .add()
          .property()
          .name(CONFIRM_CLIENT)
          .label("Client ID (ter bevestiging / to confirm)")
          .helpText(
              "Type the Client ID of the client you are changing. The form may still show the services last saved for"
                  + " another client: check them, then confirm with this client's Client ID.")
          .type(ProviderConfigProperty.STRING_TYPE)
          .required(true)
          .add()
          .build();

  @Override
  public String getId() {
    return PROVIDER_ID;
  }

  @Override
  public String getHelpText() {
    return "Namens: the services this client offers and whether it may receive BSNs";
  }

  @Override
  public List<ProviderConfigProperty> getConfigProperties() {
    return PROPERTIES;
  }

  @Override
  public String getPath() {
    return "/:realm/clients/:" + CLIENT_PARAM + "/:tab";
  }

  @Override
  public Map<String, String> getParams() {
    return Map.of("tab", PROVIDER_ID);
  }

  @Override
  public void validateConfiguration(KeycloakSession session, RealmModel realm, ComponentModel model)
      throws ComponentValidationException {
    ClientModel client = client(realm, model);
    String confirmed = model.get(CONFIRM_CLIENT) == null ? "" : model.get(CONFIRM_CLIENT).trim();
    if (!client.getClientId().equals(confirmed)) {
      throw new ComponentValidationException(
          confirmed.isEmpty()
              ? "Type this client's Client ID (" + client.getClientId() + ") to confirm its services"
              : "This form holds the services of client " + shown(confirmed) + ", not of " + client.getClientId()
                  + ": check the services, then type " + client.getClientId() + " to save them for this client");
    }
    List<String> raw = model.getConfig().getOrDefault(SERVICES, List.of());
    List<String> services = services(model);
    if (services.size() != raw.stream().filter(s -> s != null && !s.isBlank()).count()) {
      throw new ComponentValidationException("A service is a UUID of the catalogue, once per client: " + raw);
    }
    for (String service : services) {
      Optional<CatalogueEntry> entry = ServiceCataloguePage.find(realm, service);
      if (entry.isEmpty()) {
        throw new ComponentValidationException(
            "Unknown service " + service + ": add it to the service catalogue (Namens-dienstencatalogus) first");
      }
      if (entry.get().retired()) {
        throw new ComponentValidationException(
            "Service " + service + " (" + entry.get().name() + ") is retired: no client offers it any more");
      }
    }
    String bsn = model.get(BSN_ALLOWED);
    if (bsn != null && !bsn.equals("true") && !bsn.equals("false")) {
      throw new ComponentValidationException("May receive BSNs is true or false, not " + shown(bsn));
    }
  }

  @Override
  public void onCreate(KeycloakSession session, RealmModel realm, ComponentModel model) {
    apply(realm, model, List.of());
  }

  @Override
  public void onUpdate(
      KeycloakSession session, RealmModel realm, ComponentModel oldModel, ComponentModel newModel) {
    // the console keeps one tab component per realm: the old form may have been another client's
    boolean sameClient = Objects.equals(clientIdOf(oldModel), clientIdOf(newModel));
    apply(realm, newModel, sameClient ? services(oldModel) : List.of());
  }

  @Override
  public void preRemove(KeycloakSession session, RealmModel realm, ComponentModel model) {
    String clientId = clientIdOf(model);
    ClientModel client = clientId == null ? null : realm.getClientById(clientId);
    if (client != null) { // the tab is the source: without it the client offers no service
      for (String service : services(model)) {
        ServiceCataloguePage.scope(realm, service).ifPresent(client::removeClientScope);
      }
      client.removeAttribute(NamensNames.CLIENT_SERVICES);
      client.setAttribute(NamensNames.CLIENT_BSN_ALLOWED, "false");
    }
  }

  private static void apply(RealmModel realm, ComponentModel model, List<String> before) {
    ClientModel client = client(realm, model);
    List<String> services = services(model);
    for (String service : before) {
      if (!services.contains(service)) {
        ServiceCataloguePage.scope(realm, service).ifPresent(client::removeClientScope);
      }
    }
    for (String service : services) {
      ClientScopeModel scope = ServiceCataloguePage.ensureScope(realm, service);
      if (!client.getClientScopes(false).containsKey(scope.getName())) {
        client.addClientScope(scope, false);
      }
    }
    if (services.isEmpty()) {
      client.removeAttribute(NamensNames.CLIENT_SERVICES);
    } else {
      client.setAttribute(NamensNames.CLIENT_SERVICES, String.join(" ", services));
    }
    client.setAttribute(NamensNames.CLIENT_BSN_ALLOWED, Boolean.toString("true".equals(model.get(BSN_ALLOWED))));
  }

  private static ClientModel client(RealmModel realm, ComponentModel model) {
    String id = clientIdOf(model);
    ClientModel client = id == null ? null : realm.getClientById(id);
    if (client == null) {
      throw new ComponentValidationException("The Namens services tab belongs to a client of this realm");
    }
    return client;
  }

  /** The client's internal id: the console's route parameter, else (admin API) the component's parent. */
  private static String clientIdOf(ComponentModel model) {
    String param = model.get(CLIENT_PARAM);
    return param != null && !param.isBlank() ? param.trim() : model.getParentId();
  }

  /** A value for a message: at most 60 characters, control characters shown as '?'. */
  private static String shown(String value) {
    return Shown.quoted(value, 60);
  }

  private static List<String> services(ComponentModel model) {
    List<String> raw = model.getConfig().getOrDefault(SERVICES, List.of());
    return new ArrayList<>(ClientServices.parse(String.join(" ", raw)));
  }

  @Override
  public void init(Config.Scope config) {}

  @Override
  public void postInit(KeycloakSessionFactory factory) {}

  @Override
  public void close() {}
}
