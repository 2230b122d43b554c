package org.returnport.catalog.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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
import org.returnport.tenancy.Tenancy;
import org.returnport.values.EmailAddress;

/** An order a shopper placed with the store, as the store last described it. */
@Entity
@Table(name = "CUSTOMER_ORDER")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = Tenancy.COLUMN, contextProperty = Tenancy.CONTEXT_PROPERTY)
@NamedQuery(
    name = CustomerOrder.FIND_BY_NUMBER,
    query = "SELECT o FROM CustomerOrder o WHERE o.number = :number")
public class CustomerOrder {

  public static final String FIND_BY_NUMBER = "CustomerOrder.findByNumber";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "ORDER_NUMBER", nullable = false, updatable = false, length = OrderData.NUMBER_MAX)
  private String number;

  @Column(name = "EMAIL", nullable = false, length = EmailAddress.MAX)
  private String email;

  @Column(name = "SHOPPER_NAME", nullable = false, length = OrderData.SHOPPER_NAME_MAX)
  private String shopperName;

  @Column(name = "SHIP_COUNTRY", nullable = false, length = 2)
  private String shipCountry;

  @Column(name = "SHIP_ADDRESS", nullable = false, length = OrderData.SHIP_ADDRESS_MAX)
  private String shipAddress;

  @Column(name = "CURRENCY", nullable = false, length = 3)
  private String currency;

  @Column(name = "DUTIES_PAID", nullable = false, precision = 19, scale = 4)
  private BigDecimal dutiesPaid;

  @Column(name = "PAYMENT_METHOD", nullable = false, length = OrderData.PAYMENT_METHOD_MAX)
  private String paymentMethod;

  @Column(name = "PAYMENT_REFERENCE", length = OrderData.PAYMENT_REFERENCE_MAX)
  private String paymentReference;

  @Column(name = "CUSTOMS_ENTRY", length = OrderData.Customs.ENTRY_MAX)
  private String customsEntry;

  @Column(name = "CUSTOMS_DECLARED_AT")
  private Instant customsDeclaredAt;

  @Column(name = "PLACED_AT", nullable = false)
  private Instant placedAt;

  @Column(name = "SHIPPED_AT")
  private Instant shippedAt;

  @Column(name = "DELIVERED_AT")
  private Instant deliveredAt;

  @Column(name = "FINGERPRINT", nullable = false, length = 64)
  private String fingerprint;

  @OneToMany(mappedBy = "order", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("lineNo")
  private List<OrderLine> lines = new ArrayList<>();

  @Version
  @Column(name = "VERSION")
  private long version;

  protected CustomerOrder() {}

  public CustomerOrder(OrderData data) {
    this.number = data.number();
    apply(data);
  }

  /** Takes the store's latest description; answers false when nothing changed. */
  public boolean apply(OrderData data) {
    if (!number.equals(data.number())) {
      throw new IllegalArgumentException("order " + number + " cannot become " + data.number());
    }
    String newFingerprint = data.fingerprint();
    if (newFingerprint.equals(fingerprint)) {
      return false;
    }
    this.email = data.email();
    this.shopperName = data.shopperName();
    this.shipCountry = data.shipCountry();
    this.shipAddress = data.shipAddress();
    this.currency = data.currency();
    this.dutiesPaid = data.dutiesPaid();
    this.paymentMethod = data.paymentMethod();
    this.paymentReference = data.paymentReference();
    this.customsEntry = data.customs() == null ? null : data.customs().entryNumber();
    this.customsDeclaredAt = data.customs() == null ? null : data.customs().declaredAt();
    this.placedAt = data.placedAt();
    this.shippedAt = data.shippedAt();
    this.deliveredAt = data.deliveredAt();
    this.fingerprint = newFingerprint;
    // Lines are changed in place: replacing them would insert the new line 1 before the old one
    // is deleted, against the unique line number.
    List<OrderData.Line> wanted = data.lines();
    for (int i = 0; i < wanted.size(); i++) {
      if (i < lines.size()) {
        lines.get(i).replaceWith(wanted.get(i));
      } else {
        lines.add(new OrderLine(this, i + 1, wanted.get(i)));
      }
    }
    while (lines.size() > wanted.size()) {
      lines.remove(lines.size() - 1);
    }
    return true;
  }

  public OrderData data() {
    return new OrderData(
        number,
        email,
        shopperName,
        shipCountry,
        shipAddress,
        currency,
        dutiesPaid,
        paymentMethod,
        placedAt,
        shippedAt,
        deliveredAt,
        lines.stream().map(OrderLine::data).toList(),
        paymentReference,
        customsEntry == null ? null : new OrderData.Customs(customsEntry, customsDeclaredAt));
  }

  public Long getId() {
    return id;
  }

  public String getNumber() {
    return number;
  }

  public List<OrderLine> getLines() {
    return List.copyOf(lines);
  }
}
