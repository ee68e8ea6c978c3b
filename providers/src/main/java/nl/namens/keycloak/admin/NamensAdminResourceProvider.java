package nl.namens.keycloak.admin;

import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.services.resources.admin.AdminEventBuilder;
import org.keycloak.services.resources.admin.ext.AdminRealmResourceProvider;
import org.keycloak.services.resources.admin.fgap.AdminPermissionEvaluator;

/** Provides {@link NamensAdminResource} under {@code /admin/realms/{realm}/namens}. */
final class NamensAdminResourceProvider implements AdminRealmResourceProvider {

  @Override
  public Object getResource(
      KeycloakSession session,
      RealmModel realm,
      AdminPermissionEvaluator auth,
      AdminEventBuilder adminEvent) {
    return new NamensAdminResource(session, realm, auth, adminEvent);
  }

  @Override
  public void close() {}
}
