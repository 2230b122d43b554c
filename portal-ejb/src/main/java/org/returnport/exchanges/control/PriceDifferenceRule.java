package org.returnport.exchanges.control;

import java.util.List;
import org.returnport.money.Money;

/**
 * What an exchange costs beyond what was sent back: the replacements at the store's current price
 * less the value the shopper paid for the returned items. Positive: the shopper pays the rest
 * before the replacement ships. Negative: the store refunds the rest once the exchange is settled.
 * A replacement priced in another currency than the order counts at the returned item's value (no
 * difference is asked across currencies: nothing would say which rate is fair).
 */
public final class PriceDifferenceRule {

  private PriceDifferenceRule() {}

  /** One exchanged line: what was paid for the returned units and the replacement's unit price. */
  public record Swap(String sku, int quantity, Money returnedValue, Money replacementUnitPrice) {

    /** What the replacement is worth, in the order's currency. */
    public Money replacementValue() {
      if (replacementUnitPrice == null
          || !replacementUnitPrice.currency().equals(returnedValue.currency())) {
        return returnedValue;
      }
      return replacementUnitPrice.times(quantity);
    }
  }

  /** The replacements' value in the order's currency. */
  public static Money replacementValue(String currency, List<Swap> swaps) {
    Money total = Money.zero(currency);
    for (Swap swap : swaps) {
      total = total.plus(swap.replacementValue());
    }
    return total;
  }

  /** Replacements less returned items: above zero the shopper owes it, below zero is owed it. */
  public static Money difference(String currency, List<Swap> swaps) {
    Money returned = Money.zero(currency);
    for (Swap swap : swaps) {
      returned = returned.plus(swap.returnedValue());
    }
    return replacementValue(currency, swaps).minus(returned);
  }
}
