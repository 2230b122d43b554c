package org.returnport.exchanges.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.returnport.money.Money;
import org.returnport.tenancy.Tenancy;

/**
 * A replacement sent to the shopper. Written once per payout key and SKU (a unique key), so a
 * payout announced twice never ships twice.
 */
@Entity
@Table(name = "REPLACEMENT_SHIPMENT")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = Tenancy.COLUMN, contextProperty = Tenancy.CONTEXT_PROPERTY)
@NamedQuery(
    name = ReplacementShipment.FIND_BY_RETURN,
    query = "SELECT s FROM ReplacementShipment s WHERE s.returnId = :returnId ORDER BY s.id")
public class ReplacementShipment {

  public static final String FIND_BY_RETURN = "ReplacementShipment.findByReturn";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "PAYOUT_KEY", nullable = false, updatable = false, length = 64)
  private String payoutKey;

  @Column(name = "RETURN_ID", nullable = false, updatable = false)
  private long returnId;

  @Column(name = "RMA", nullable = false, updatable = false, length = 12)
  private String rma;

  @Column(name = "SKU", nullable = false, updatable = false, length = 64)
  private String sku;

  @Column(name = "QUANTITY", nullable = false, updatable = false)
  private int quantity;

  @Column(name = "VALUE_AMOUNT", nullable = false, updatable = false, precision = 19, scale = 4)
  private BigDecimal value;

  @Column(name = "CURRENCY", nullable = false, updatable = false, length = 3)
  private String currency;

  @Column(name = "SHIPPED_AT", nullable = false, updatable = false)
  private Instant shippedAt;

  protected ReplacementShipment() {}

  public ReplacementShipment(
      String payoutKey,
      long returnId,
      String rma,
      String sku,
      int quantity,
      Money value,
      Instant now) {
    this.payoutKey = payoutKey;
    this.returnId = returnId;
    this.rma = rma;
    this.sku = sku;
    this.quantity = quantity;
    this.value = value.amount();
    this.currency = value.currency();
    this.shippedAt = now;
  }

  public String getPayoutKey() {
    return payoutKey;
  }

  public String getSku() {
    return sku;
  }

  public int getQuantity() {
    return quantity;
  }

  public Money getValue() {
    return new Money(value, currency);
  }

  public Instant getShippedAt() {
    return shippedAt;
  }
}
