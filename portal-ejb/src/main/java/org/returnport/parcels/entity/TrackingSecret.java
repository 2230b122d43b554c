package org.returnport.parcels.entity;

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

/**
 * The store's secret for signed tracking webhooks, kept sealed: only the servers, with their own
 * key, can open it (to check a signature, or to show it to the store's administrator).
 */
@Entity
@Table(name = "TRACKING_SECRET")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = Tenancy.COLUMN, contextProperty = Tenancy.CONTEXT_PROPERTY)
@NamedQuery(name = TrackingSecret.CURRENT, query = "SELECT s FROM TrackingSecret s")
public class TrackingSecret {

  public static final String CURRENT = "TrackingSecret.current";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "SEALED", nullable = false, length = 200)
  private String sealed;

  @Column(name = "ROTATED_AT", nullable = false)
  private Instant rotatedAt;

  @Version
  @Column(name = "VERSION")
  private long version;

  protected TrackingSecret() {}

  public TrackingSecret(String sealed, Instant now) {
    this.sealed = sealed;
    this.rotatedAt = now;
  }

  public void rotate(String newSealed, Instant now) {
    this.sealed = newSealed;
    this.rotatedAt = now;
  }

  public Long getId() {
    return id;
  }

  public String getSealed() {
    return sealed;
  }

  public Instant getRotatedAt() {
    return rotatedAt;
  }

  /** The sealed text is the secret's only form here; it never goes into a log line. */
  @Override
  public String toString() {
    return "TrackingSecret[rotatedAt=" + rotatedAt + "]";
  }
}
