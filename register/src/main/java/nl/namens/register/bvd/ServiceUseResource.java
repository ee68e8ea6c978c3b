package nl.namens.register.bvd;

import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import nl.namens.register.Roles;

/**
 * For the broker's service catalogue: how many mandates that have not ended name a service (voluntary mandates
 * proposed, pending, requested or active and not past their end date; survivor mandates not ended). The catalogue
 * refuses to remove a service while this is not 0. Legal representation holds per category and names no service.
 */
@Path("/bvd/v1/service-use")
@RolesAllowed(Roles.BVD)
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public final class ServiceUseResource {

  /** {@code {"service": uuid}}. */
  public record ServiceUseRequest(@NotNull UUID service) {}

  /** {@code {"service", "mandates"}}. */
  public record ServiceUseAnswer(UUID service, int mandates) {}

  private final EntityManager em;
  private final Clock clock;

  ServiceUseResource(EntityManager em, Clock clock) {
    this.em = em;
    this.clock = clock;
  }

  @POST
  @Transactional
  public ServiceUseAnswer use(@NotNull @Valid ServiceUseRequest request) {
    LocalDate today = LocalDate.now(clock);
    Number voluntary =
        (Number)
            em.createNativeQuery(
                    "select count(distinct m.id) from mandate_services ms join mandates m on m.id = ms.mandate_id"
                        + " where ms.service_id = ?1 and m.status in ('proposed', 'pending', 'requested', 'active')"
                        + " and m.valid_until >= ?2")
                .setParameter(1, request.service())
                .setParameter(2, today)
                .getSingleResult();
    Number survivor =
        (Number)
            em.createNativeQuery(
                    "select count(distinct l.id) from survivor_mandate_services s"
                        + " join legal_representations l on l.id = s.legal_representation_id"
                        + " where s.service_id = ?1 and l.status <> 'ended'")
                .setParameter(1, request.service())
                .getSingleResult();
    return new ServiceUseAnswer(request.service(), voluntary.intValue() + survivor.intValue());
  }
}
