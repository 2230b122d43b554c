package org.returnport.catalog.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.returnport.money.Money;
import org.returnport.tenancy.Tenancy;

/** A sellable item of the store (one SKU, i.e. one variant), with what customs needs to know. */
@Entity
@Table(name = "PRODUCT")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = Tenancy.COLUMN, contextProperty = Tenancy.CONTEXT_PROPERTY)
@NamedQuery(name = Product.FIND_BY_SKU, query = "SELECT p FROM Product p WHERE p.sku = :sku")
@NamedQuery(
    name = Product.FIND_BY_SKUS,
    query = "SELECT p FROM Product p WHERE p.sku IN :skus ORDER BY p.sku")
@NamedQuery(name = Product.FIND_ALL, query = "SELECT p FROM Product p ORDER BY p.sku")
@NamedQuery(
    name = Product.FIND_VARIANTS,
    query = "SELECT p FROM Product p WHERE p.variantOf IN :groups ORDER BY p.sku")
public class Product {

  public static final String FIND_BY_SKU = "Product.findBySku";
  public static final String FIND_BY_SKUS = "Product.findBySkus";
  public static final String FIND_ALL = "Product.findAll";
  public static final String FIND_VARIANTS = "Product.findVariants";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "SKU", nullable = false, updatable = false, length = ProductData.SKU_MAX)
  private String sku;

  @Column(name = "NAME_EN", nullable = false, length = ProductData.NAME_MAX)
  private String nameEn;

  @Column(name = "NAME_ZH", length = ProductData.NAME_MAX)
  private String nameZh;

  @Column(name = "CATEGORY", nullable = false, length = ProductData.CATEGORY_MAX)
  private String category;

  @Column(name = "PRICE", nullable = false, precision = 19, scale = 4)
  private BigDecimal price;

  @Column(name = "CURRENCY", nullable = false, length = 3)
  private String currency;

  @Column(name = "WEIGHT_GRAMS", nullable = false)
  private int weightGrams;

  @Column(name = "HS_CODE", length = 10)
  private String hsCode;

  @Column(name = "ORIGIN_COUNTRY", length = 2)
  private String originCountry;

  @Column(name = "SUPPLIER", length = ProductData.SUPPLIER_MAX)
  private String supplier;

  @Column(name = "FINAL_SALE", nullable = false)
  private boolean finalSale;

  @Column(name = "IMAGE_URL", length = ProductData.IMAGE_URL_MAX)
  private String imageUrl;

  @Column(name = "VARIANT_OF", length = ProductData.SKU_MAX)
  private String variantOf;

  @Column(name = "STOCK")
  private Integer stock;

  @Column(name = "RESERVED", nullable = false)
  private int reserved;

  @Version
  @Column(name = "VERSION")
  private long version;

  protected Product() {}

  public Product(ProductData data) {
    this.sku = data.sku();
    apply(data);
  }

  /** Takes the store's current description of this SKU. */
  public void apply(ProductData data) {
    if (!sku.equals(data.sku())) {
      throw new IllegalArgumentException("SKU " + sku + " cannot become " + data.sku());
    }
    this.nameEn = data.nameEn();
    this.nameZh = data.nameZh();
    this.category = data.category();
    this.price = data.price().amount();
    this.currency = data.price().currency();
    this.weightGrams = data.weightGrams();
    this.hsCode = data.hsCode();
    this.originCountry = data.originCountry();
    this.supplier = data.supplier();
    this.finalSale = data.finalSale();
    this.imageUrl = data.imageUrl();
    this.variantOf = data.variantOf();
  }

  public ProductData data() {
    return new ProductData(
        sku,
        nameEn,
        nameZh,
        category,
        new Money(price, currency),
        weightGrams,
        hsCode,
        originCountry,
        supplier,
        finalSale,
        imageUrl,
        variantOf);
  }

  public StockLevel stock() {
    return new StockLevel(stock, reserved);
  }

  /** Takes a new stock level; callers hold the row lock (see {@code Catalog}). */
  public void stock(StockLevel level) {
    this.stock = level.onHand();
    this.reserved = level.reserved();
  }

  public String nameIn(String language) {
    return language != null && language.startsWith("zh") && nameZh != null ? nameZh : nameEn;
  }

  public String getVariantOf() {
    return variantOf;
  }

  public Money getPrice() {
    return new Money(price, currency);
  }

  public Long getId() {
    return id;
  }

  public String getSku() {
    return sku;
  }
}
