package org.returnport.returns.entity;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.returnport.tenancy.Tenancy;

/** A photo of a returned item, kept apart from the return so that lists never load images. */
@Entity
@Table(name = "RETURN_PHOTO")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = Tenancy.COLUMN, contextProperty = Tenancy.CONTEXT_PROPERTY)
@NamedQuery(
    name = ReturnPhoto.FIND_BY_RETURN,
    query = "SELECT p.id, p.lineNo FROM ReturnPhoto p WHERE p.returnId = :returnId ORDER BY p.id")
public class ReturnPhoto {

  public static final String FIND_BY_RETURN = "ReturnPhoto.findByReturn";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "RETURN_ID", nullable = false, updatable = false)
  private Long returnId;

  @Column(name = "LINE_NO", nullable = false, updatable = false)
  private int lineNo;

  @Column(name = "MEDIA_TYPE", nullable = false, updatable = false, length = 20)
  private String mediaType;

  @Lob
  @Basic(fetch = FetchType.LAZY)
  @Column(name = "CONTENT", nullable = false, updatable = false)
  private byte[] content;

  protected ReturnPhoto() {}

  public ReturnPhoto(Long returnId, int lineNo, ReturnPhotoFile file) {
    this.returnId = returnId;
    this.lineNo = lineNo;
    this.mediaType = file.type().mediaType();
    this.content = file.bytes();
  }

  public Long getReturnId() {
    return returnId;
  }

  public String getMediaType() {
    return mediaType;
  }

  public byte[] getContent() {
    return content;
  }
}
