package org.returnport.loyalty.earning.boundary;

import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import org.returnport.access.StaffRole;
import org.returnport.access.StoreRoles;
import org.returnport.loyalty.earning.control.Holds;
import org.returnport.loyalty.earning.control.Holds.Due;
import org.returnport.tenancy.TenantScoped;

/**
 * Confirms the current store's awards whose hold has passed: their points move from pending to the
 * spendable balance. Each award is confirmed in a transaction of its own under its member's account
 * lock, so a review withdrawn at that moment either claws back the pending points or the confirmed
 * ones, never both and never neither; a failure leaves the others done.
 */
@Stateless
@TenantScoped
@StoreRoles(StaffRole.MERCHANT_ADMIN)
public class HoldRelease {

  static final int BATCH = 100;

  @Resource SessionContext context;

  @Inject Holds holds;

  /** Confirms every award due at {@code now}; answers how many it confirmed. */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public int releaseDue(Instant now) {
    HoldRelease self = context.getBusinessObject(HoldRelease.class);
    int confirmed = 0;
    long after = 0;
    List<Due> due;
    do {
      due = self.dueAfter(now, after);
      for (Due award : due) {
        if (self.confirm(award, now)) {
          confirmed++;
        }
        after = award.entryId();
      }
    } while (due.size() == BATCH);
    return confirmed;
  }

  /** One batch of awards due, after the entry {@code afterId}. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public List<Due> dueAfter(Instant now, long afterId) {
    return holds.due(now, afterId, BATCH);
  }

  /** Confirms one award, in a transaction of its own. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public boolean confirm(Due award, Instant now) {
    return holds.confirm(award, now);
  }
}
