package org.returnport.tenant.entity;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** The logo of a tenant, part of its public branding; keyed by the tenant it belongs to. */
@Entity
@Table(name = "TENANT_LOGO")
public class TenantLogo {

  @Id
  @Column(name = "TENANT_ID")
  private Long tenantId;

  @Column(name = "CONTENT_TYPE", nullable = false, length = 32)
  private String contentType;

  @Lob
  @Basic(fetch = FetchType.LAZY)
  @Column(name = "CONTENT", nullable = false)
  private byte[] content;

  @Column(name = "SHA256", nullable = false, length = 64)
  private String sha256;

  @Column(name = "UPDATED_AT", nullable = false)
  private Instant updatedAt;

  @Version
  @Column(name = "VERSION")
  private long version;

  protected TenantLogo() {}

  public TenantLogo(Long tenantId, LogoImage image, Instant now) {
    this.tenantId = tenantId;
    replace(image, now);
  }

  public void replace(LogoImage image, Instant now) {
    this.contentType = image.type().mediaType();
    this.content = image.bytes();
    this.sha256 = image.sha256();
    this.updatedAt = now;
  }

  public String getContentType() {
    return contentType;
  }

  public byte[] getContent() {
    return content;
  }

  /** A strong validator for caching: it changes exactly when the bytes change. */
  public String getSha256() {
    return sha256;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }
}
