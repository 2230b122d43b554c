package org.returnport.intake.entity;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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
import org.returnport.returns.entity.ReturnPhotoFile;
import org.returnport.tenancy.Tenancy;

/**
 * A photo the hub took as evidence: of graded items, of a discrepancy or of an unexpected parcel.
 * Checked and stripped of its location like a shopper's photo, and kept apart so that lists never
 * load images.
 */
@Entity
@Table(name = "INTAKE_PHOTO")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = Tenancy.COLUMN, contextProperty = Tenancy.CONTEXT_PROPERTY)
@NamedQuery(
    name = IntakePhoto.REFS,
    query =
        "SELECT p.id, p.subject, p.subjectId FROM IntakePhoto p"
            + " WHERE p.subject = :subject AND p.subjectId IN :subjectIds ORDER BY p.id")
public class IntakePhoto {

  public static final String REFS = "IntakePhoto.refs";

  /** Photos one grading, discrepancy or unexpected parcel may carry. */
  public static final int MAX_PER_SUBJECT = 5;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Enumerated(EnumType.STRING)
  @Column(name = "SUBJECT", nullable = false, updatable = false, length = 12)
  private PhotoSubject subject;

  @Column(name = "SUBJECT_ID", nullable = false, updatable = false)
  private Long subjectId;

  @Column(name = "MEDIA_TYPE", nullable = false, updatable = false, length = 20)
  private String mediaType;

  @Lob
  @Basic(fetch = FetchType.LAZY)
  @Column(name = "CONTENT", nullable = false, updatable = false)
  private byte[] content;

  protected IntakePhoto() {}

  public IntakePhoto(PhotoSubject subject, long subjectId, ReturnPhotoFile file) {
    this.subject = subject;
    this.subjectId = subjectId;
    this.mediaType = file.type().mediaType();
    this.content = file.bytes();
  }

  public Long getId() {
    return id;
  }

  public PhotoSubject getSubject() {
    return subject;
  }

  public Long getSubjectId() {
    return subjectId;
  }

  public String getMediaType() {
    return mediaType;
  }

  public byte[] getContent() {
    return content;
  }
}
