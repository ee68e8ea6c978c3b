package nl.namens.keycloak.admin;

import com.google.auto.service.AutoService;
import org.keycloak.Config;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.services.resources.admin.ext.AdminRealmResourceProvider;
import org.keycloak.services.resources.admin.ext.AdminRealmResourceProviderFactory;

/**
 * Admin REST extension {@value #PROVIDER_ID}: {@code /admin/realms/{realm}/namens/**}. The id is
 * the path segment, so it carries no {@code namens-} prefix.
 */
@AutoService(AdminRealmResourceProviderFactory.class)
public final class NamensAdminResourceProviderFactory implements AdminRealmResourceProviderFactory {

  public static final String PROVIDER_ID = "namens";

  @Override
  public AdminRealmResourceProvider create(KeycloakSession session) {
    return new NamensAdminResourceProvider();
  }

  @Override
  public void init(Config.Scope config) {}

  @Override
  public void postInit(KeycloakSessionFactory factory) {}

  @Override
  public void close() {}

  @Override
  public String getId() {
    return PROVIDER_ID;
  }
}
