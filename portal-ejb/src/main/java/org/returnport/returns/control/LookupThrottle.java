package org.returnport.returns.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.List;
import org.returnport.errors.TooManyRequestsException;
import org.returnport.limits.boundary.RateCounters;
import org.returnport.limits.control.Limits;
import org.returnport.limits.entity.RateLimit;
import org.returnport.limits.entity.RateLimit.Decision;
import org.returnport.tenancy.CurrentTenant;
import org.returnport.values.EmailAddress;
import org.returnport.values.OrderNumber;

/**
 * Slows down anyone guessing order numbers or e-mail addresses: every try of a number with an
 * address counts for the number and for the address in the store, before anything is checked, in
 * one atomic step, so that parallel tries are all counted and only the first few of them are
 * checked at all. A try that turns out right is taken back; a wrong one stays counted for a while.
 * Past the limit, every step that checks a number with an address is refused. Numbers and addresses
 * count by what they look like ({@link OrderNumber#key()}, {@link EmailAddress#key()}), so typing
 * them differently does not count as someone new. Counted in the database, whatever server answers.
 */
@Dependent
public class LookupThrottle {

  @Inject RateCounters counters;

  @Inject Limits limits;

  @Inject CurrentTenant currentTenant;

  /** Counts a try; refuses it when the number or the address has had too many. */
  public void attempt(OrderNumber number, EmailAddress email) {
    RateLimit limit = limits.lookupFailures();
    Decision refused = null;
    for (String key : keys(number, email)) {
      Decision decision = counters.hit(limit, key);
      if (!decision.allowed()
          && (refused == null || decision.retryAfter().compareTo(refused.retryAfter()) > 0)) {
        refused = decision;
      }
    }
    if (refused != null) {
      throw new TooManyRequestsException("shop.returns.throttled", refused.retryAfter());
    }
  }

  /** Takes back the count of a try that found the order: only failed tries stay counted. */
  public void succeeded(OrderNumber number, EmailAddress email) {
    RateLimit limit = limits.lookupFailures();
    for (String key : keys(number, email)) {
      counters.undo(limit, key);
    }
  }

  private List<String> keys(OrderNumber number, EmailAddress email) {
    String store = currentTenant.get().orElseThrow().slug();
    return List.of(store + "\norder\n" + number.key(), store + "\nemail\n" + email.key());
  }
}
