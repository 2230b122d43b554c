package org.returnport.apikey.entity;

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
 * A key a store integration presents to the API. Only its SHA-256 is kept (the key itself is shown
 * once, when it is made) and its first characters, so that people can tell keys apart.
 */
@Entity
@Table(name = "API_KEY")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = Tenancy.COLUMN, contextProperty = Tenancy.CONTEXT_PROPERTY)
@NamedQuery(name = ApiKey.FIND_ALL, query = "SELECT k FROM ApiKey k ORDER BY k.createdAt DESC")
public class ApiKey {

  public static final String FIND_ALL = "ApiKey.findAll";
  public static final int LABEL_MAX = 80;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "LABEL", nullable = false, length = LABEL_MAX)
  private String label;

  @Column(name = "PREFIX", nullable = false, updatable = false, length = 8)
  private String prefix;

  @Column(name = "KEY_HASH", nullable = false, updatable = false, length = 64)
  private String keyHash;

  @Column(name = "CREATED_AT", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "REVOKED_AT")
  private Instant revokedAt;

  @Version
  @Column(name = "VERSION")
  private long version;

  protected ApiKey() {}

  public ApiKey(String label, ApiKeySecret secret, Instant now) {
    this.label = label;
    this.prefix = secret.prefix();
    this.keyHash = secret.hash();
    this.createdAt = now;
  }

  /** Revoking is final: a revoked key never works again. */
  public void revoke(Instant now) {
    if (revokedAt == null) {
      revokedAt = now;
    }
  }

  public boolean isActive() {
    return revokedAt == null;
  }

  public Long getId() {
    return id;
  }

  public String getLabel() {
    return label;
  }

  public String getPrefix() {
    return prefix;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getRevokedAt() {
    return revokedAt;
  }
}
