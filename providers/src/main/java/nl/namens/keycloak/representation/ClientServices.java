package nl.namens.keycloak.representation;

import java.util.ArrayList;
import java.util.List;
import org.keycloak.models.ClientModel;

/** The services a client offers: its {@value NamensNames#CLIENT_SERVICES} attribute. */
public final class ClientServices {

  private ClientServices() {}

  /** The UUIDs of a {@code namens.services} attribute, lower case, in order, without duplicates. */
  public static List<String> parse(String attribute) {
    List<String> services = new ArrayList<>();
    if (attribute == null) {
      return services;
    }
    for (String token : attribute.trim().split("[\\s,]+")) {
      ActingFor.uuid(token).filter(u -> !services.contains(u)).ifPresent(services::add);
    }
    return services;
  }

  /**
   * Whether the client offers at least one service: only such a client can receive
   * representation, and every grant it uses must check the choice or be refused.
   */
  public static boolean offersServices(ClientModel client) {
    return client != null && !parse(client.getAttribute(NamensNames.CLIENT_SERVICES)).isEmpty();
  }
}
