package org.returnport.policy.control;

import java.time.Instant;
import org.returnport.money.Money;

/**
 * What the policy needs to know about one order line: the product it is (its category and whether
 * the catalog marks it final sale), what was paid for the whole line, how many were bought and how
 * many are already in other returns, and when the order arrived (or left, if arrival is unknown).
 */
public record LineFacts(
    int lineNo,
    String sku,
    String category,
    boolean finalSale,
    Money paid,
    int ordered,
    int alreadyReturned,
    Instant arrivedAt) {

  public int returnable() {
    return ordered - alreadyReturned;
  }
}
