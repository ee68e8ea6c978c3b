package nl.namens.register.mandate;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Arrays;

/**
 * Whether an eHerkenning employee may act for their company in the portal: the company must have
 * authorised them for the portal service ("Mijn machtigingen") in eHerkenning, which the broker
 * passes on as the token claim {@value #CLAIM} (the eToegang {@code ServiceID}s of the login,
 * space-separated). Without it the employee may only look.
 */
@ApplicationScoped
public class PortalServiceAuthorisation {

  /** Token claim with the employee's eToegang service authorisations, space-separated. */
  public static final String CLAIM = "namens_etoegang_service_ids";

  /** {@code namens.etoegang.*}. */
  @ConfigMapping(prefix = "namens.etoegang")
  public interface Config {

    /** The eToegang ServiceID of the portal; the default is the demo's. */
    @WithDefault("urn:etoegang:DV:00000099000000000001:services:9001")
    String portalServiceId();
  }

  private final String portalServiceId;

  PortalServiceAuthorisation(Config config) {
    this.portalServiceId = config.portalServiceId().trim();
  }

  /** Whether the claim value (may be null) names the portal's service. */
  public boolean allows(String claim) {
    return claim != null && Arrays.asList(claim.trim().split("\\s+")).contains(portalServiceId);
  }
}
