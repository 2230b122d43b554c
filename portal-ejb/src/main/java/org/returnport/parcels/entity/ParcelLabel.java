package org.returnport.parcels.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.returnport.tenancy.Tenancy;

/** The label document the carrier issued for a parcel, as it sent it. */
@Entity
@Table(name = "PARCEL_LABEL")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = Tenancy.COLUMN, contextProperty = Tenancy.CONTEXT_PROPERTY)
public class ParcelLabel {

  /** MEDIUMBLOB holds up to 16 MB; carriers' labels are a few dozen KB. */
  public static final int MAX_BYTES = 4 * 1024 * 1024;

  @Id
  @Column(name = "PARCEL_ID")
  private Long parcelId;

  @Column(name = "MEDIA_TYPE", nullable = false, updatable = false, length = 60)
  private String mediaType;

  @Lob
  @Column(name = "DOCUMENT", nullable = false, updatable = false)
  private byte[] document;

  protected ParcelLabel() {}

  public ParcelLabel(long parcelId, String mediaType, byte[] document) {
    if (document == null || document.length == 0 || document.length > MAX_BYTES) {
      throw new IllegalArgumentException("a label document of 1 byte to 4 MB");
    }
    this.parcelId = parcelId;
    this.mediaType = mediaType;
    this.document = document.clone();
  }

  public Long getParcelId() {
    return parcelId;
  }

  public String getMediaType() {
    return mediaType;
  }

  public byte[] getDocument() {
    return document.clone();
  }
}
