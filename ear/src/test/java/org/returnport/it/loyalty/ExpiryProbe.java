package org.returnport.it.loyalty;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import org.returnport.access.StaffRole;
import org.returnport.access.StoreRoles;
import org.returnport.loyalty.ledger.control.Ledger;
import org.returnport.loyalty.ledger.entity.LoyaltyAccount;
import org.returnport.loyalty.ledger.entity.Posting;
import org.returnport.tenancy.TenantScoped;

/**
 * For the expiry test, in the loyalty module, run as the store's job: a member's points as the
 * account and the ledger hold them, and a staff member taking points off (through the ledger, as
 * the console's adjustment does), so that some of what was earned is spent.
 */
@Stateless
@TenantScoped
@StoreRoles(StaffRole.MERCHANT_ADMIN)
public class ExpiryProbe {

  @PersistenceContext EntityManager em;

  @Inject Ledger ledger;

  public record Points(
      long balance,
      long pending,
      long recounted,
      long entries,
      long expired,
      Instant lastActivityAt,
      Instant warnedAt) {}

  /** The member's points; all zero before their account opens. */
  public Points points(long memberId) {
    LoyaltyAccount account = ledger.account(memberId).orElse(null);
    if (account == null) {
      return new Points(0, 0, 0, 0, 0, null, null);
    }
    Number entries =
        em.createQuery("SELECT COUNT(e) FROM LedgerEntry e WHERE e.memberId = :m", Number.class)
            .setParameter("m", memberId)
            .getSingleResult();
    Number expired =
        em.createQuery(
                "SELECT COALESCE(SUM(e.points), 0) FROM LedgerEntry e WHERE e.memberId = :m AND"
                    + " e.kind = org.returnport.loyalty.ledger.entity.EntryKind.EXPIRE",
                Number.class)
            .setParameter("m", memberId)
            .getSingleResult();
    return new Points(
        account.getBalance(),
        account.getPending(),
        ledger.recount(memberId).balance(),
        entries.longValue(),
        -expired.longValue(),
        account.getLastActivityAt(),
        account.getExpiryWarnedAt());
  }

  public long entriesWithKey(String key) {
    return em.createQuery(
            "SELECT COUNT(e) FROM LedgerEntry e WHERE e.sourceKey = :key", Number.class)
        .setParameter("key", key)
        .getSingleResult()
        .longValue();
  }

  public void takeOff(long memberId, long points, String key) {
    ledger.post(
        memberId,
        Posting.adjustment(key, -points, "expiry-it", "spent in the test", 0, Instant.now()));
  }
}
