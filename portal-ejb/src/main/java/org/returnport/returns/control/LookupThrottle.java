package org.returnport.returns.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.List;
import org.returnport.limits.boundary.RateCounters;
import org.returnport.limits.control.Limits;
import org.returnport.limits.entity.RateLimit;
import org.returnport.limits.entity.RateLimit.Decision;
import org.returnport.platform.entity.EmailAddress;
import org.returnport.platform.entity.OrderNumber;
import org.returnport.platform.entity.TooManyRequestsException;
import org.returnport.tenant.control.CurrentTenant;

/**
 * Slows down anyone guessing order numbers or e-mail addresses: after a few failed tries for the
 * same order number, or for the same address, in the store within a while, every step that checks
 * them is refused until the while has passed. Numbers and addresses count by what they look like
 * ({@link OrderNumber#key()}, {@link EmailAddress#key()}), so typing them differently does not
 * count as someone new. Counted in the database, atomically, whatever server answers.
 */
@Dependent
public class LookupThrottle {

  @Inject RateCounters counters;

  @Inject Limits limits;

  @Inject CurrentTenant currentTenant;

  /** Refuses when the number or the address has had too many failed tries. */
  public void check(OrderNumber number, EmailAddress email) {
    RateLimit limit = limits.lookupFailures();
    for (String key : keys(number, email)) {
      Decision decision = counters.peek(limit, key);
      if (!decision.allowed()) {
        throw new TooManyRequestsException("shop.returns.throttled", decision.retryAfter());
      }
    }
  }

  public void recordFailure(OrderNumber number, EmailAddress email) {
    RateLimit limit = limits.lookupFailures();
    for (String key : keys(number, email)) {
      counters.hit(limit, key);
    }
  }

  private List<String> keys(OrderNumber number, EmailAddress email) {
    String store = currentTenant.get().orElseThrow().slug();
    return List.of(store + "\norder\n" + number.key(), store + "\nemail\n" + email.key());
  }
}
