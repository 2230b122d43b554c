package org.returnport.catalog.entity;

import org.returnport.errors.RejectedException;

/**
 * How many units of a SKU there are: {@code onHand} is what the store counted (null when it does
 * not track the SKU, which then never runs out) and {@code reserved} what approved exchanges have
 * set aside. What can still be promised is {@link #available()}, never below zero, even when a
 * recount found fewer units than are reserved.
 */
public record StockLevel(Integer onHand, int reserved) {

  public static final int MAX = 10_000_000;

  public StockLevel {
    if (onHand != null && (onHand < 0 || onHand > MAX)) {
      throw new RejectedException("stock", "returnport.stock.range", MAX);
    }
    if (reserved < 0) {
      throw new IllegalArgumentException("reserved " + reserved);
    }
  }

  public boolean tracked() {
    return onHand != null;
  }

  /** Units that may still be promised; null when the SKU is not tracked. */
  public Integer available() {
    return onHand == null ? null : Math.max(0, onHand - reserved);
  }

  public boolean canReserve(int quantity) {
    return quantity > 0 && (onHand == null || available() >= quantity);
  }

  /** The level after setting {@code quantity} aside; refused when fewer are available. */
  public StockLevel reserve(int quantity) {
    if (!canReserve(quantity)) {
      throw new RejectedException("quantity", "returnport.stock.notAvailable", quantity);
    }
    return new StockLevel(onHand, reserved + quantity);
  }

  /** The level after giving a reservation back; never below nothing reserved. */
  public StockLevel release(int quantity) {
    return new StockLevel(onHand, Math.max(0, reserved - quantity));
  }

  /**
   * The level after a reserved quantity left the warehouse: the reservation ends and the units are
   * gone from the shelf.
   */
  public StockLevel ship(int quantity) {
    return new StockLevel(
        onHand == null ? null : Math.max(0, onHand - quantity), Math.max(0, reserved - quantity));
  }

  /** The level after a count: reservations stay, whatever was counted. */
  public StockLevel counted(Integer newOnHand) {
    return new StockLevel(newOnHand, reserved);
  }
}
