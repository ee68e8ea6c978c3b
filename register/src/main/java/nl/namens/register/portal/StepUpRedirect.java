package nl.namens.register.portal;

import io.quarkus.arc.Unremovable;
import io.quarkus.oidc.OidcRedirectFilter;
import io.quarkus.oidc.Redirect;
import io.quarkus.oidc.TenantFeature;
import jakarta.enterprise.context.ApplicationScoped;
import nl.namens.identifiers.LevelOfAssurance;

/**
 * The portal's login redirect to the broker for a step-up ({@link StepUpPages}): asks the level with {@code
 * acr_values} (its eIDAS/Logius URI, as the realm's {@code acr.loa.map} knows it). Every other login of the
 * portal asks nothing: the broker applies the portal client's minimum ({@code minimum.acr.value}).
 */
@ApplicationScoped
@Unremovable
@TenantFeature("portal")
@Redirect(Redirect.Location.OIDC_AUTHORIZATION)
public class StepUpRedirect implements OidcRedirectFilter {

  @Override
  public void filter(OidcRedirectContext context) {
    if (!StepUpPages.PATH.equals(context.routingContext().normalizedPath())) {
      return;
    }
    LevelOfAssurance.fromCode(context.routingContext().request().getParam("level"))
        .ifPresent(level -> context.additionalQueryParams().add("acr_values", level.uri()));
  }
}
