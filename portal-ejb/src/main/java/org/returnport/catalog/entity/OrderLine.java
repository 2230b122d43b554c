package org.returnport.catalog.entity;

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
import org.returnport.money.Money;
import org.returnport.tenancy.Tenancy;

/** One line of an order: what was bought and what was paid for it. Part of its order. */
@Entity
@Table(name = "ORDER_LINE")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = Tenancy.COLUMN, contextProperty = Tenancy.CONTEXT_PROPERTY)
public class OrderLine {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "ORDER_ID", nullable = false, updatable = false)
  private CustomerOrder order;

  @Column(name = "LINE_NO", nullable = false)
  private int lineNo;

  @Column(name = "SKU", nullable = false, length = ProductData.SKU_MAX)
  private String sku;

  @Column(name = "NAME", nullable = false, length = ProductData.NAME_MAX)
  private String name;

  @Column(name = "QUANTITY", nullable = false)
  private int quantity;

  @Column(name = "UNIT_PRICE", nullable = false, precision = 19, scale = 4)
  private BigDecimal unitPrice;

  @Column(name = "TAX", nullable = false, precision = 19, scale = 4)
  private BigDecimal tax;

  @Column(name = "DISCOUNT", nullable = false, precision = 19, scale = 4)
  private BigDecimal discount;

  protected OrderLine() {}

  OrderLine(CustomerOrder order, int lineNo, OrderData.Line line) {
    this.order = order;
    this.lineNo = lineNo;
    replaceWith(line);
  }

  void replaceWith(OrderData.Line line) {
    this.sku = line.sku();
    this.name = line.name();
    this.quantity = line.quantity();
    this.unitPrice = line.unitPrice();
    this.tax = line.tax();
    this.discount = line.discount();
  }

  OrderData.Line data() {
    return new OrderData.Line(sku, name, quantity, unitPrice, tax, discount);
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

  /** What the shopper paid for this line: price times quantity, plus tax, less discount. */
  public Money paid(String currency) {
    return data().paid(currency);
  }
}
