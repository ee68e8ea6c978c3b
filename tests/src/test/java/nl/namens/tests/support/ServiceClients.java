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
    ClientKeys.register(demo); // the demo's jwks.url is the demo service provider's; the tests hold their own key
    return ClientConfigBuilder.update(demo);
  }

  public static final class Belastingaangifte implements ClientConfig {
    @Override
    public ClientConfigBuilder configure(ClientConfigBuilder client) {
      return copyOf("demo-belastingaangifte");
    }
  }

  /**
   * Belastingaangifte with no {@code minimum.acr.value}: a client configured below its service's minimum (a
   * misconfiguration). The register's level for each relation still holds on the acting-for page.
   */
  public static final class BelastingaangifteWithoutMinimum implements ClientConfig {
    @Override
    public ClientConfigBuilder configure(ClientConfigBuilder client) {
      ClientRepresentation rep = copyOf("demo-belastingaangifte").build();
      rep.setClientId("it-belastingaangifte-no-minimum");
      rep.getAttributes().remove("minimum.acr.value");
      return ClientConfigBuilder.update(rep);
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

  /**
   * Afvalpas again under another client id, in pseudonym sector {@code gemeente-test}: its pseudonyms differ from
   * those at {@link Afvalpas} (a client of its own) and are shared by every client of the sector.
   */
  public static final class AfvalpasInSector implements ClientConfig {
    @Override
    public ClientConfigBuilder configure(ClientConfigBuilder client) {
      ClientRepresentation rep = copyOf("demo-afvalpas").build();
      rep.setClientId("it-afvalpas-sector");
      rep.getAttributes().put("namens.pseudonym-sector", "gemeente-test");
      return ClientConfigBuilder.update(rep);
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

  /**
   * A service provider registered without services, as an administrator first creates one: its services and BSN
   * permission are then given on the client's "Namens services" tab of the admin console ({@code ClientServicesTabIT}).
   */
  public static final class FromTheAdminConsole implements ClientConfig {
    @Override
    public ClientConfigBuilder configure(ClientConfigBuilder client) {
      ClientRepresentation rep = copyOf("demo-afvalpas").build();
      rep.setClientId("it-admin-console");
      rep.getAttributes().remove("namens.services");
      rep.setOptionalClientScopes(java.util.List.of());
      return ClientConfigBuilder.update(rep);
    }
  }

  /**
   * A service provider for Belastingaangifte registered as a careless administrator might: every grant Keycloak
   * offers switched on (implicit and hybrid, password, client credentials, device, CIBA, token exchange). The
   * broker's policy must refuse each of them for a client with services.
   */
  public static final class Careless implements ClientConfig {
    @Override
    public ClientConfigBuilder configure(ClientConfigBuilder client) {
      ClientRepresentation rep = copyOf("demo-belastingaangifte").build();
      rep.setClientId("it-careless");
      rep.setImplicitFlowEnabled(true);
      rep.setDirectAccessGrantsEnabled(true);
      rep.setServiceAccountsEnabled(true);
      rep.getAttributes().put("oauth2.device.authorization.grant.enabled", "true");
      rep.getAttributes().put("oidc.ciba.grant.enabled", "true");
      rep.getAttributes().put("standard.token.exchange.enabled", "true");
      return ClientConfigBuilder.update(rep);
    }
  }

  /**
   * Belastingaangifte registered with a client secret, as an administrator might still do: the broker's policy
   * refuses a service provider that authenticates with a shared secret (OIDC NL GOV: {@code private_key_jwt}).
   */
  public static final class WithSecret implements ClientConfig {
    public static final String SECRET = "a-secret-of-its-own";

    @Override
    public ClientConfigBuilder configure(ClientConfigBuilder client) {
      ClientRepresentation rep = copyOf("demo-belastingaangifte").build();
      rep.setClientId("it-with-secret");
      rep.setClientAuthenticatorType("client-secret");
      rep.setSecret(SECRET);
      return ClientConfigBuilder.update(rep);
    }
  }

  /**
   * Belastingaangifte for an independent relying party (Nimbus OAuth 2.0 SDK, {@code OidcLibraryClientIT}) as a
   * real service provider registers one: its keys at its own {@code jwks_uri} ({@link RelyingPartyServer}), the ID
   * token and userinfo encrypted to its encryption key (RSA-OAEP-256, A256GCM), userinfo signed.
   */
  public static final class IndependentRelyingParty implements ClientConfig {
    public static final String CLIENT_ID = "it-independent-rp";

    @Override
    public ClientConfigBuilder configure(ClientConfigBuilder client) {
      ClientRepresentation rep = copyOf("demo-belastingaangifte").build();
      rep.setClientId(CLIENT_ID);
      rep.setRedirectUris(java.util.List.of(RelyingPartyServer.get().callback()));
      java.util.Map<String, String> attributes = rep.getAttributes();
      attributes.put("use.jwks.string", "false");
      attributes.remove("jwks.string");
      attributes.put("use.jwks.url", "true");
      attributes.put("jwks.url", RelyingPartyServer.get().jwksUrl());
      attributes.put("id.token.encrypted.response.alg", "RSA-OAEP-256");
      attributes.put("id.token.encrypted.response.enc", "A256GCM");
      attributes.put("user.info.response.signature.alg", "PS256");
      attributes.put("user.info.encrypted.response.alg", "RSA-OAEP-256");
      attributes.put("user.info.encrypted.response.enc", "A256GCM");
      return ClientConfigBuilder.update(rep);
    }
  }

  /**
   * The Belastingaangifte service provider's BVD client ({@code demo-belastingaangifte-bvd}: client credentials,
   * {@code namens_services} and {@code namens_bsn_allowed} in its tokens) with the tests' key. Its service account
   * needs realm role {@code namens-sp-bvd} (not part of a client representation: the test grants it).
   */
  public static final class BelastingaangifteBvd implements ClientConfig {
    @Override
    public ClientConfigBuilder configure(ClientConfigBuilder client) {
      ClientRepresentation rep = copyOf("demo-belastingaangifte-bvd").build();
      rep.setClientId("it-belastingaangifte-bvd");
      rep.setRedirectUris(java.util.List.of());
      return ClientConfigBuilder.update(rep);
    }
  }

  /** A client without services that may exchange tokens: it must not get around a service by an exchange. */
  public static final class ExchangingNoService implements ClientConfig {
    @Override
    public ClientConfigBuilder configure(ClientConfigBuilder client) {
      ClientRepresentation rep = new NoService().configure(client).build();
      rep.setClientId("it-exchanging");
      rep.getAttributes().put("standard.token.exchange.enabled", "true");
      return ClientConfigBuilder.update(rep);
    }
  }

  /**
   * Belastingaangifte without the {@code namens-representation} client scope: its tokens cannot carry
   * {@code represents}. A representation chosen there must be refused, never issued without it.
   */
  public static final class WithoutRepresentationScope implements ClientConfig {
    @Override
    public ClientConfigBuilder configure(ClientConfigBuilder client) {
      ClientRepresentation rep = copyOf("demo-belastingaangifte").build();
      rep.setClientId("it-no-representation-scope");
      rep.setDefaultClientScopes(
          rep.getDefaultClientScopes().stream().filter(s -> !"namens-representation".equals(s)).toList());
      return ClientConfigBuilder.update(rep);
    }
  }
}
