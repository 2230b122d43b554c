package org.returnport.settlement.entity;

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
import org.returnport.money.Money;
import org.returnport.tenancy.Tenancy;

/** One returned line as customs sees it: tariff code, origin, quantity and value. */
@Entity
@Table(name = "CUSTOMS_RECLAIM_LINE")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = Tenancy.COLUMN, contextProperty = Tenancy.CONTEXT_PROPERTY)
public class ReclaimLine {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "RECLAIM_ID", nullable = false, updatable = false)
  private CustomsReclaim reclaim;

  @Column(name = "LINE_NO", nullable = false, updatable = false)
  private int lineNo;

  @Column(name = "SKU", nullable = false, updatable = false, length = ProductData.SKU_MAX)
  private String sku;

  @Column(name = "DESCRIPTION", nullable = false, updatable = false, length = ProductData.NAME_MAX)
  private String description;

  @Column(name = "HS_CODE", updatable = false, length = 16)
  private String hsCode;

  @Column(name = "ORIGIN_COUNTRY", updatable = false, length = 2)
  private String originCountry;

  @Column(name = "QUANTITY", nullable = false, updatable = false)
  private int quantity;

  @Column(name = "ITEM_VALUE", nullable = false, updatable = false, precision = 19, scale = 4)
  private BigDecimal value;

  protected ReclaimLine() {}

  ReclaimLine(
      CustomsReclaim reclaim,
      int lineNo,
      String sku,
      String description,
      String hsCode,
      String originCountry,
      int quantity,
      Money value) {
    this.reclaim = reclaim;
    this.lineNo = lineNo;
    this.sku = sku;
    this.description = description;
    this.hsCode = hsCode;
    this.originCountry = originCountry;
    this.quantity = quantity;
    this.value = value.amount();
  }

  public int getLineNo() {
    return lineNo;
  }

  public String getSku() {
    return sku;
  }

  public String getDescription() {
    return description;
  }

  public String getHsCode() {
    return hsCode;
  }

  public String getOriginCountry() {
    return originCountry;
  }

  public int getQuantity() {
    return quantity;
  }

  public BigDecimal getValue() {
    return value;
  }
}
