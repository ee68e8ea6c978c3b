package nl.namens.register.mandate;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.namens.register.mail.MailConfig;
import nl.namens.register.outbox.Outbox;
import nl.namens.register.service.Service;

/**
 * Notices that go out once per mandate, by e-mail only: its first use (to the principal) and, {@code
 * namens.mail.expiry-notice-days} (30) before its last day, that it ends (to both parties). "Once" is the
 * primary key of {@code mandate_notices}, so it holds with two register instances.
 */
@ApplicationScoped
public class MandateNotices {

  private final MandateRepository mandates;
  private final Letters letters;
  private final MailConfig config;
  private final Clock clock;

  MandateNotices(MandateRepository mandates, Letters letters, MailConfig config, Clock clock) {
    this.mandates = mandates;
    this.letters = letters;
    this.config = config;
    this.clock = clock;
  }

  /** A use of the mandate at {@code service} was recorded in this transaction: the first tells the principal. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void used(Mandate m, Service service) {
    Instant now = clock.instant();
    if (once(m.id(), Outbox.FIRST_USE, now)) {
      letters.firstUse(m, service, now);
    }
  }

  /** Tells the parties of active mandates ending within the notice period; returns how many mandates. */
  public int noticeExpiring(int max) {
    LocalDate today = LocalDate.now(clock);
    LocalDate until = today.plusDays(config.expiryNoticeDays());
    List<UUID> due = QuarkusTransaction.requiringNew().call(() -> expiringWithoutNotice(today, until, max));
    int told = 0;
    for (UUID id : due) {
      boolean done =
          QuarkusTransaction.requiringNew()
              .call(
                  () ->
                      mandates
                          .findByIdOptional(id)
                          .filter(m -> m.status() == MandateStatus.ACTIVE)
                          .map(
                              m -> {
                                if (!once(m.id(), Outbox.EXPIRING, clock.instant())) {
                                  return false;
                                }
                                letters.expiring(m);
                                return true;
                              })
                          .orElse(false));
      if (done) {
        told++;
      }
    }
    return told;
  }

  @SuppressWarnings("unchecked")
  private List<UUID> expiringWithoutNotice(LocalDate from, LocalDate until, int max) {
    return mandates
        .getEntityManager()
        .createNativeQuery(
            "select m.id from mandates m where m.status = 'active' and m.valid_until between :from and :until"
                + " and not exists (select 1 from mandate_notices n where n.mandate_id = m.id and n.kind = :kind)"
                + " order by m.valid_until, m.id limit :max",
            UUID.class)
        .setParameter("from", from)
        .setParameter("until", until)
        .setParameter("kind", Outbox.EXPIRING)
        .setParameter("max", max)
        .getResultList();
  }

  /** Records the notice; false if it was recorded before (by this or another instance). */
  private boolean once(UUID mandateId, String kind, Instant at) {
    return mandates
            .getEntityManager()
            .createNativeQuery(
                "insert into mandate_notices (mandate_id, kind, at) values (:id, :kind, :at)"
                    + " on conflict do nothing")
            .setParameter("id", mandateId)
            .setParameter("kind", kind)
            .setParameter("at", at)
            .executeUpdate()
        == 1;
  }
}
