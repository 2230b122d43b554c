package org.returnport.returns.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.returnport.catalog.entity.ProductData;
import org.returnport.errors.RejectedException;
import org.returnport.money.Money;
import org.returnport.tenancy.Tenancy;

/** One order line in a return: how many, why, in what condition, and what it is worth. */
@Entity
@Table(name = "RETURN_LINE")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = Tenancy.COLUMN, contextProperty = Tenancy.CONTEXT_PROPERTY)
public class ReturnLine {

  public static final int COMMENT_MAX = 1000;
  public static final int REASON_MAX = 32;
  public static final int CONDITION_MAX = 32;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "RETURN_ID", nullable = false, updatable = false)
  private ReturnCase returnCase;

  @Column(name = "LINE_NO", nullable = false, updatable = false)
  private int lineNo;

  @Column(name = "SKU", nullable = false, updatable = false, length = ProductData.SKU_MAX)
  private String sku;

  @Column(name = "NAME", nullable = false, updatable = false, length = ProductData.NAME_MAX)
  private String name;

  @Column(name = "QUANTITY", nullable = false, updatable = false)
  private int quantity;

  @Column(name = "REASON", nullable = false, updatable = false, length = REASON_MAX)
  private String reason;

  @Column(name = "ITEM_CONDITION", nullable = false, updatable = false, length = CONDITION_MAX)
  private String condition;

  @Column(name = "SHOPPER_COMMENT", updatable = false, length = COMMENT_MAX)
  private String comment;

  @Column(name = "ITEM_VALUE", nullable = false, updatable = false, precision = 19, scale = 4)
  private BigDecimal value;

  @Column(name = "RESTOCKING_FEE", nullable = false, updatable = false, precision = 19, scale = 4)
  private BigDecimal restockingFee;

  /** For an exchange, the SKU the shopper gets instead. */
  @Column(name = "EXCHANGE_SKU", length = ProductData.SKU_MAX)
  private String exchangeSku;

  protected ReturnLine() {}

  ReturnLine(
      ReturnCase returnCase,
      int lineNo,
      String sku,
      String name,
      int quantity,
      String reason,
      String condition,
      String comment,
      Money value,
      Money restockingFee,
      String exchangeSku) {
    this.returnCase = returnCase;
    this.lineNo = lineNo;
    this.sku = sku;
    this.name = name;
    this.quantity = quantity;
    this.reason = reason;
    this.condition = condition;
    this.comment = comment;
    this.value = value.amount();
    this.restockingFee = restockingFee.amount();
    this.exchangeSku = exchangeSku;
  }

  /** The shopper takes another variant instead (see {@link ReturnCase#changeReplacement}). */
  void replaceWith(String sku) {
    if (exchangeSku == null || sku == null || sku.isBlank() || sku.equals(this.sku)) {
      throw new RejectedException("line" + lineNo, "returnport.return.exchangeChoice", sku);
    }
    this.exchangeSku = sku;
  }

  /** The line is settled in money after all (see {@link ReturnCase#insteadOfExchange}). */
  void noReplacement() {
    this.exchangeSku = null;
  }

  public int getLineNo() {
    return lineNo;
  }

  public String getSku() {
    return sku;
  }

  public String getName() {
    return name;
  }

  public int getQuantity() {
    return quantity;
  }

  public String getReason() {
    return reason;
  }

  public String getCondition() {
    return condition;
  }

  public String getComment() {
    return comment;
  }

  public BigDecimal getValue() {
    return value;
  }

  public BigDecimal getRestockingFee() {
    return restockingFee;
  }

  public String getExchangeSku() {
    return exchangeSku;
  }
}
