package org.returnport.policy.entity;

import java.time.Instant;
import java.util.List;
import org.returnport.money.Money;
import org.returnport.policy.entity.PolicyRules.Hub;

/**
 * What a return will cost and bring, worked out before it is submitted: the items' value less the
 * fees is the refund (never below zero, never above what was paid for those items); a store-credit
 * bonus comes on top of it. Without a hub the shopper keeps the items. An exchange refunds nothing:
 * each item names the variant sent instead.
 */
public record Quote(
    Resolution resolution,
    List<Item> items,
    Money itemsValue,
    Money shippingFee,
    Money restockingFee,
    Money refund,
    Money bonus,
    boolean keepItems,
    Hub hub,
    boolean crossesBorder,
    Instant shipBy,
    List<String> reviewReasons) {

  public Quote {
    items = List.copyOf(items);
    reviewReasons = List.copyOf(reviewReasons);
  }

  public boolean autoApproved() {
    return reviewReasons.isEmpty();
  }

  public Money fees() {
    return shippingFee.plus(restockingFee);
  }

  /** What the shopper gets in all: the refund and any bonus. */
  public Money total() {
    return refund.plus(bonus);
  }

  /** One returned line: how many, what they were paid at and what is kept back for restocking. */
  public record Item(
      int lineNo,
      String sku,
      int quantity,
      String reason,
      String condition,
      Money value,
      Money restocking,
      String exchangeSku) {}
}
