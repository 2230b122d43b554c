package org.returnport.payments.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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

/** The gateway a store pays back (and charges) the payments of one payment method through. */
@Entity
@Table(name = "PAYMENT_GATEWAY_CHOICE")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = Tenancy.COLUMN, contextProperty = Tenancy.CONTEXT_PROPERTY)
@NamedQuery(
    name = GatewayChoice.FIND_BY_METHOD,
    query = "SELECT c FROM GatewayChoice c WHERE c.paymentMethod = :paymentMethod")
@NamedQuery(
    name = GatewayChoice.ALL,
    query = "SELECT c FROM GatewayChoice c ORDER BY c.paymentMethod")
public class GatewayChoice {

  public static final String FIND_BY_METHOD = "GatewayChoice.findByMethod";
  public static final String ALL = "GatewayChoice.all";

  /** As long as an order's payment method may be. */
  public static final int METHOD_MAX = 40;

  public static final int GATEWAY_MAX = 20;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "PAYMENT_METHOD", nullable = false, length = METHOD_MAX)
  private String paymentMethod;

  @Column(name = "GATEWAY", nullable = false, length = GATEWAY_MAX)
  private String gateway;

  @Column(name = "CHOSEN_AT", nullable = false)
  private Instant chosenAt;

  @Version
  @Column(name = "VERSION")
  private long version;

  protected GatewayChoice() {}

  public GatewayChoice(String paymentMethod, String gateway, Instant now) {
    this.paymentMethod = paymentMethod;
    this.gateway = gateway;
    this.chosenAt = now;
  }

  public void choose(String newGateway, Instant now) {
    this.gateway = newGateway;
    this.chosenAt = now;
  }

  public Long getId() {
    return id;
  }

  public String getPaymentMethod() {
    return paymentMethod;
  }

  public String getGateway() {
    return gateway;
  }

  public Instant getChosenAt() {
    return chosenAt;
  }
}
