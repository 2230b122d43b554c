package org.returnport.exchanges.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.returnport.tenancy.Tenancy;

/**
 * Units of a replacement set aside for one return. It ends once: shipped (the units leave the
 * shelf) or released (they can be promised again).
 */
@Entity
@Table(name = "STOCK_RESERVATION")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = Tenancy.COLUMN, contextProperty = Tenancy.CONTEXT_PROPERTY)
@NamedQuery(
    name = StockReservation.FIND_BY_RETURN,
    query = "SELECT r FROM StockReservation r WHERE r.returnId = :returnId ORDER BY r.sku")
public class StockReservation {

  public static final String FIND_BY_RETURN = "StockReservation.findByReturn";

  /** Where a reservation stands. */
  public enum State {
    HELD,
    SHIPPED,
    RELEASED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "RETURN_ID", nullable = false, updatable = false)
  private long returnId;

  @Column(name = "RMA", nullable = false, updatable = false, length = 12)
  private String rma;

  @Column(name = "SKU", nullable = false, updatable = false, length = 64)
  private String sku;

  @Column(name = "QUANTITY", nullable = false, updatable = false)
  private int quantity;

  @Enumerated(EnumType.STRING)
  @Column(name = "STATE", nullable = false, length = 10)
  private State state;

  @Column(name = "CREATED_AT", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "ENDED_AT")
  private Instant endedAt;

  @Version
  @Column(name = "VERSION")
  private long version;

  protected StockReservation() {}

  public StockReservation(long returnId, String rma, String sku, int quantity, Instant now) {
    if (quantity < 1) {
      throw new IllegalArgumentException("quantity " + quantity);
    }
    this.returnId = returnId;
    this.rma = rma;
    this.sku = sku;
    this.quantity = quantity;
    this.state = State.HELD;
    this.createdAt = now;
  }

  /** Ends the reservation; answers false when it had already ended (nothing more to do). */
  public boolean end(State how, Instant now) {
    if (state != State.HELD || how == State.HELD) {
      return false;
    }
    this.state = how;
    this.endedAt = now;
    return true;
  }

  public boolean isHeld() {
    return state == State.HELD;
  }

  public long getReturnId() {
    return returnId;
  }

  public String getRma() {
    return rma;
  }

  public String getSku() {
    return sku;
  }

  public int getQuantity() {
    return quantity;
  }

  public State getState() {
    return state;
  }
}
