package nl.namens.keycloak.admin;

import com.google.auto.service.AutoService;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
 * the client offers and whether it may receive BSNs. The admin console stores the tab's form as a component whose
 * parent is the client; this factory refuses a form that names no client, an unknown service (no {@code
 * urn:uuid:<service>} client scope in the realm) or a BSN permission that is not a boolean, and on save writes the
 * client's {@value NamensNames#CLIENT_SERVICES} and {@value NamensNames#CLIENT_BSN_ALLOWED} attributes and gives it
 * the services' scopes as optional scopes: the attributes the broker reads stay the one place it looks.
 */
@AutoService(UiTabProviderFactory.class)
public final class ClientServicesTab implements UiTabProvider, UiTabProviderFactory<ComponentModel> {

  public static final String PROVIDER_ID = "namens-services";
  public static final String SERVICES = "services";
  public static final String BSN_ALLOWED = "bsnAllowed";

  private static final String SCOPE_PREFIX = "urn:uuid:";

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
    return "/:realm/clients/:id/:tab";
  }

  @Override
  public Map<String, String> getParams() {
    return Map.of("tab", PROVIDER_ID);
  }

  @Override
  public void validateConfiguration(KeycloakSession session, RealmModel realm, ComponentModel model)
      throws ComponentValidationException {
    client(realm, model);
    List<String> raw = model.getConfig().getOrDefault(SERVICES, List.of());
    List<String> services = services(model);
    if (services.size() != raw.stream().filter(s -> s != null && !s.isBlank()).count()) {
      throw new ComponentValidationException("A service is a UUID of the catalogue, once per client: " + raw);
    }
    for (String service : services) {
      if (scope(realm, service).isEmpty()) {
        throw new ComponentValidationException(
            "Unknown service " + service + ": the catalogue has no client scope " + SCOPE_PREFIX + service);
      }
    }
    String bsn = model.get(BSN_ALLOWED);
    if (bsn != null && !bsn.equals("true") && !bsn.equals("false")) {
      throw new ComponentValidationException("May receive BSNs is true or false, not " + bsn);
    }
  }

  @Override
  public void onCreate(KeycloakSession session, RealmModel realm, ComponentModel model) {
    apply(realm, model, List.of());
  }

  @Override
  public void onUpdate(
      KeycloakSession session, RealmModel realm, ComponentModel oldModel, ComponentModel newModel) {
    apply(realm, newModel, services(oldModel));
  }

  @Override
  public void preRemove(KeycloakSession session, RealmModel realm, ComponentModel model) {
    ClientModel client = realm.getClientById(model.getParentId());
    if (client != null) { // the tab is the source: without it the client offers no service
      for (String service : services(model)) {
        scope(realm, service).ifPresent(client::removeClientScope);
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
        scope(realm, service).ifPresent(client::removeClientScope);
      }
    }
    for (String service : services) {
      ClientScopeModel scope = scope(realm, service).orElseThrow();
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
    ClientModel client = model.getParentId() == null ? null : realm.getClientById(model.getParentId());
    if (client == null) {
      throw new ComponentValidationException("The Namens services tab belongs to a client of this realm");
    }
    return client;
  }

  private static List<String> services(ComponentModel model) {
    List<String> raw = model.getConfig().getOrDefault(SERVICES, List.of());
    return new ArrayList<>(ClientServices.parse(String.join(" ", raw)));
  }

  private static Optional<ClientScopeModel> scope(RealmModel realm, String service) {
    return realm.getClientScopesStream().filter(s -> (SCOPE_PREFIX + service).equals(s.getName())).findFirst();
  }

  @Override
  public void init(Config.Scope config) {}

  @Override
  public void postInit(KeycloakSessionFactory factory) {}

  @Override
  public void close() {}
}
