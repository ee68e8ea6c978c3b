package nl.namens.tests.support;

import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.testframework.realm.ClientConfig;
import org.keycloak.testframework.realm.ClientConfigBuilder;

/**
 * Test clients that are copies of the demo service providers of the broker realm (same service attributes,
 * scopes and mappers), registered under an {@code it-} client id with the test framework's redirect URI.
 */
public final class ServiceClients {

  private ServiceClients() {}

  static ClientConfigBuilder copyOf(String demoClientId) {
    ClientRepresentation demo =
        RealmJson.load("namens").getClients().stream()
            .filter(c -> demoClientId.equals(c.getClientId()))
            .findFirst()
            .orElseThrow(() -> new IllegalStateException("no client " + demoClientId));
    demo.setId(null);
    demo.setClientId(demoClientId.replaceFirst("^demo-", "it-"));
    demo.setRedirectUris(null);
    demo.setDirectAccessGrantsEnabled(false);
    return ClientConfigBuilder.update(demo);
  }

  public static final class Belastingaangifte implements ClientConfig {
    @Override
    public ClientConfigBuilder configure(ClientConfigBuilder client) {
      return copyOf("demo-belastingaangifte");
    }
  }

  public static final class Zorgdossier implements ClientConfig {
    @Override
    public ClientConfigBuilder configure(ClientConfigBuilder client) {
      return copyOf("demo-zorgdossier");
    }
  }

  public static final class Afvalpas implements ClientConfig {
    @Override
    public ClientConfigBuilder configure(ClientConfigBuilder client) {
      return copyOf("demo-afvalpas");
    }
  }

  /** The estate service ({@code settlesEstate}): the only place survivor mandates are offered. */
  public static final class Nalatenschap implements ClientConfig {
    @Override
    public ClientConfigBuilder configure(ClientConfigBuilder client) {
      return copyOf("demo-nalatenschap");
    }
  }

  /** A service provider with no service configured: never gets representation. */
  public static final class NoService implements ClientConfig {
    @Override
    public ClientConfigBuilder configure(ClientConfigBuilder client) {
      ClientConfigBuilder b = copyOf("demo-afvalpas");
      ClientRepresentation rep = b.build();
      rep.setClientId("it-no-service");
      rep.getAttributes().remove("namens.services");
      rep.setOptionalClientScopes(java.util.List.of());
      return ClientConfigBuilder.update(rep);
    }
  }
}
