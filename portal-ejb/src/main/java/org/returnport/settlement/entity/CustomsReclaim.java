package org.returnport.settlement.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.returnport.money.Money;
import org.returnport.tenancy.Tenancy;

/**
 * What a customs broker needs to reclaim the import duties of a cross-border return: the order's
 * import declaration, what went back (HS codes, origin, values, quantities), when it left the
 * shopper's country, and how far the claim got, which staff set by hand.
 */
@Entity
@Table(name = "CUSTOMS_RECLAIM")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = Tenancy.COLUMN, contextProperty = Tenancy.CONTEXT_PROPERTY)
@NamedQuery(
    name = CustomsReclaim.FIND_BY_RETURN,
    query = "SELECT c FROM CustomsReclaim c WHERE c.returnId = :returnId")
@NamedQuery(
    name = CustomsReclaim.FIND_BY_RMA,
    query = "SELECT c FROM CustomsReclaim c WHERE c.rma = :rma")
@NamedQuery(
    name = CustomsReclaim.CREATED_BETWEEN,
    query =
        "SELECT c FROM CustomsReclaim c WHERE c.createdAt >= :from AND c.createdAt < :to"
            + " ORDER BY c.createdAt, c.id")
public class CustomsReclaim {

  public static final String FIND_BY_RETURN = "CustomsReclaim.findByReturn";
  public static final String FIND_BY_RMA = "CustomsReclaim.findByRma";
  public static final String CREATED_BETWEEN = "CustomsReclaim.createdBetween";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "RETURN_ID", nullable = false, updatable = false)
  private Long returnId;

  @Column(name = "RMA", nullable = false, updatable = false, length = 12)
  private String rma;

  @Column(name = "ORDER_NUMBER", nullable = false, updatable = false, length = 64)
  private String orderNumber;

  /** Where the items were imported (the shopper's country). */
  @Column(name = "IMPORT_COUNTRY", nullable = false, updatable = false, length = 2)
  private String importCountry;

  /** Where they go back to (the hub's country). */
  @Column(name = "EXPORT_TO", updatable = false, length = 2)
  private String exportTo;

  @Column(name = "ENTRY_NUMBER", updatable = false, length = 64)
  private String entryNumber;

  @Column(name = "DECLARED_AT", updatable = false)
  private Instant declaredAt;

  @Column(name = "EXPORTED_AT")
  private Instant exportedAt;

  @Column(name = "CURRENCY", nullable = false, updatable = false, length = 3)
  private String currency;

  @Column(name = "DUTIES_PAID", nullable = false, updatable = false, precision = 19, scale = 4)
  private BigDecimal dutiesPaid;

  @Column(name = "DUTIES_RETURNED", nullable = false, updatable = false, precision = 19, scale = 4)
  private BigDecimal dutiesReturned;

  @Column(name = "DUTIES_REFUNDED", nullable = false, updatable = false, precision = 19, scale = 4)
  private BigDecimal dutiesRefunded;

  @Enumerated(EnumType.STRING)
  @Column(name = "STATUS", nullable = false, length = 20)
  private ReclaimStatus status;

  @Column(name = "STATUS_BY", length = 254)
  private String statusBy;

  @Column(name = "STATUS_AT")
  private Instant statusAt;

  @Column(name = "CREATED_AT", nullable = false, updatable = false)
  private Instant createdAt;

  @OneToMany(mappedBy = "reclaim", cascade = CascadeType.ALL)
  @OrderBy("lineNo")
  private List<ReclaimLine> lines = new ArrayList<>();

  @Version
  @Column(name = "VERSION")
  private long version;

  protected CustomsReclaim() {}

  public CustomsReclaim(
      long returnId,
      String rma,
      String orderNumber,
      String importCountry,
      String exportTo,
      String entryNumber,
      Instant declaredAt,
      Instant exportedAt,
      Money dutiesPaid,
      Money dutiesReturned,
      Money dutiesRefunded,
      Instant now) {
    this.returnId = returnId;
    this.rma = rma;
    this.orderNumber = orderNumber;
    this.importCountry = importCountry;
    this.exportTo = exportTo;
    this.entryNumber = entryNumber;
    this.declaredAt = declaredAt;
    this.exportedAt = exportedAt;
    this.currency = dutiesPaid.currency();
    this.dutiesPaid = dutiesPaid.amount();
    this.dutiesReturned = dutiesReturned.amount();
    this.dutiesRefunded = dutiesRefunded.amount();
    this.status = ReclaimStatus.NOT_STARTED;
    this.createdAt = now;
  }

  public void addLine(
      int lineNo,
      String sku,
      String description,
      String hsCode,
      String origin,
      int quantity,
      Money value) {
    lines.add(new ReclaimLine(this, lineNo, sku, description, hsCode, origin, quantity, value));
  }

  /** The parcel left the shopper's country: its first carrier scan, kept once. */
  public void exported(Instant at) {
    if (exportedAt == null || at.isBefore(exportedAt)) {
      this.exportedAt = at;
    }
  }

  public void status(ReclaimStatus next, String by, Instant now) {
    this.status = next;
    this.statusBy = by;
    this.statusAt = now;
  }

  public Long getId() {
    return id;
  }

  public Long getReturnId() {
    return returnId;
  }

  public String getRma() {
    return rma;
  }

  public String getOrderNumber() {
    return orderNumber;
  }

  public String getImportCountry() {
    return importCountry;
  }

  public String getExportTo() {
    return exportTo;
  }

  public String getEntryNumber() {
    return entryNumber;
  }

  public Instant getDeclaredAt() {
    return declaredAt;
  }

  public Instant getExportedAt() {
    return exportedAt;
  }

  public Money getDutiesPaid() {
    return new Money(dutiesPaid, currency);
  }

  public Money getDutiesReturned() {
    return new Money(dutiesReturned, currency);
  }

  public Money getDutiesRefunded() {
    return new Money(dutiesRefunded, currency);
  }

  public ReclaimStatus getStatus() {
    return status;
  }

  public String getStatusBy() {
    return statusBy;
  }

  public Instant getStatusAt() {
    return statusAt;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public List<ReclaimLine> getLines() {
    return List.copyOf(lines);
  }

  public long getVersion() {
    return version;
  }
}
